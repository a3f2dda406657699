// Seeded pseudo-random numbers for the fuzz. Every mutant and every random
// program gets its own generator, derived from the run's seed, a stream name
// and its index, so that one of them can be replayed without the others.

/** Mixes a 32-bit value into a well-spread 32-bit value (the finalizer of MurmurHash3). */
function mix32(value) {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Derives the 32-bit seed of item `index` of a stream ('mutant', 'program') from the run's seed. */
export function deriveSeed(seed, stream, index) {
  let h = mix32(Number(seed) >>> 0);
  for (let i = 0; i < stream.length; i += 1) {
    h = mix32(h ^ stream.charCodeAt(i));
  }
  h = mix32(h ^ (index >>> 0));
  return mix32(h ^ Math.floor(index / 0x100000000));
}

/**
 * Creates a generator (mulberry32) with helpers. `next()` returns a float in
 * [0, 1), like Math.random.
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  }
  return {
    next,
    /** Returns an integer in [0, limit). */
    int(limit) {
      return Math.floor(next() * limit);
    },
    /** Returns a random element, or undefined for an empty array. */
    pick(items) {
      return items.length === 0 ? undefined : items[Math.floor(next() * items.length)];
    },
    chance(probability) {
      return next() < probability;
    },
    /** Returns a shuffled copy (Fisher–Yates). */
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}
