// An in-memory note store.
const notes = new Map([['1', { id: '1', ownerId: 'alice', text: 'buy milk' }]]);

export function findNote(id) {
  return notes.get(id);
}

export function deleteNote(id) {
  notes.delete(id);
}
