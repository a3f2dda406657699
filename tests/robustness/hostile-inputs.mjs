// Generators of hostile inputs for hostile.test.ts and its worker. Plain
// JavaScript, so that a worker thread can import it without the test runner.

/**
 * Returns an Express file with `count` route handlers of about ten lines each
 * (so `count * 10` lines), mixing the sites every rule reports with ones it
 * accepts.
 */
export function handlerFile(count) {
  const lines = ["import express from 'express';", 'const app = express();', ''];
  for (let i = 0; i < count; i += 1) {
    switch (i % 4) {
      case 0:
        lines.push(
          `app.get('/items/${i}', (req, res) => {`,
          '  if (!req.user) {',
          "    return res.status(401).json({ error: 'login required' });",
          '  }',
          "  if (!req.user.roles.includes('admin')) {",
          "    return res.status(403).json({ error: 'forbidden' });",
          '  }',
          `  res.json({ id: ${i} });`,
          '});',
          '',
        );
        break;
      case 1:
        lines.push(
          `app.post('/items/${i}', async (req, res) => {`,
          '  const token = req.headers.authorization;',
          '  if (!token) {',
          "    return res.status(403).send('no token');",
          '  }',
          `  const item = await load(${i});`,
          "  if (!item) return res.status(404).json({ message: 'not found' });",
          '  res.status(201).json(item);',
          '});',
          '',
        );
        break;
      case 2:
        lines.push(
          `app.delete('/items/${i}', (req, res) => {`,
          '  if (!req.user) {',
          "    res.set('WWW-Authenticate', 'Bearer realm=\"api\"');",
          "    return res.status(401).type('application/problem+json').json({ type: 'about:blank', title: 'Unauthorized', status: 401 });",
          '  }',
          '  if (!req.user.isAdmin) return res.status(401).end();',
          `  remove(${i});`,
          '  res.sendStatus(204);',
          '});',
          '',
        );
        break;
      default:
        lines.push(
          `function check${i}(req, res, next) {`,
          '  if (req.session?.userId === undefined) {',
          `    return res.status(401).send({ error: 'unauthorized', code: ${i} });`,
          '  }',
          '  next();',
          '}',
          `app.use('/area/${i}', check${i});`,
          '',
          '',
          '',
        );
    }
  }
  return lines.join('\n');
}

// Pieces of a minified bundle: module interop helpers, classes with private
// fields, switch statements, regular expressions, template literals, and
// Express handlers that send 401 and 403 responses.
const BUNDLE_PIECES = [
  (n) => `function r${n}(e){return e&&e.__esModule?e:{default:e}}`,
  (n) => `var o${n}=Object.defineProperty,i${n}=(e,t)=>{for(var n in t)o${n}(e,n,{get:t[n],enumerable:!0})}`,
  (n) => `a0.get("/u${n}",function(e,t){if(!e.user)return t.status(401).json({error:"unauthorized"});t.json(e.user)})`,
  (n) => `a0.post("/p${n}",async(e,t,n)=>{try{const r=await fetch(\`/api/\${e.params.id}\`);if(!r.ok)throw new Error(r.statusText);t.json(await r.json())}catch(s){n(s)}})`,
  (n) => `const c${n}=class{#e=0;constructor(e){this.t=e}get size(){return this.#e}add(e){return this.#e++,this.t.push(e),this}}`,
  (n) => `function s${n}(e){switch(typeof e){case"string":return e.length;case"number":return e|0;default:return/^[a-z]+$/i.test(String(e))?1:0}}`,
  (n) => `a0.use("/admin${n}",(e,t,n)=>{e.user&&e.user.roles.includes("admin")?n():t.status(403).send("forbidden")})`,
];

/** Returns a one-line minified bundle of at least `bytes` characters: one immediately called function around everything. */
export function minifiedBundle(bytes) {
  const parts = ['(()=>{"use strict";var x0=require("express"),a0=x0();'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i += 1) {
    const piece = `${BUNDLE_PIECES[i % BUNDLE_PIECES.length](i)};`;
    parts.push(piece);
    size += piece.length;
  }
  parts.push('})();');
  return parts.join('');
}

/** Returns a handler whose 401 sits inside `depth` nested `if` blocks. */
export function nestedIfs(depth) {
  const lines = ["import express from 'express';", 'const app = express();', "app.get('/deep', (req, res) => {"];
  for (let i = 0; i < depth; i += 1) {
    lines.push(`if (req.query.a${i}) {`);
  }
  lines.push("return res.status(401).json({ error: 'login required' });");
  for (let i = 0; i < depth; i += 1) {
    lines.push('}');
  }
  lines.push('});', '');
  return lines.join('\n');
}

/** Returns a handler that sends a 401 under one condition of `terms` terms joined by `||`. */
export function orChain(terms) {
  const condition = Array.from({ length: terms }, (_, i) => `!req.user${i}`).join(' || ');
  return [
    "import express from 'express';",
    'const app = express();',
    "app.get('/wide', (req, res) => {",
    `  if (${condition}) {`,
    "    return res.status(401).json({ error: 'login required' });",
    '  }',
    '  res.json({});',
    '});',
    '',
  ].join('\n');
}

/** Returns `length` characters of a header-like text without quotes or backslashes, safe inside any string literal. */
export function longText(length) {
  const unit = 'Bearer realm=api, scope=read:items write:items, ';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
