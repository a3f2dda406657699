// Generates Express route modules for the scaling benchmark in
// scripts/bench.mjs: many handlers with 401 and 403 checks, res.status().json()
// sends, header writes, switches and nested conditions, in JavaScript or in
// TypeScript. The output is deterministic, so every run lints the same text.

const RESOURCES = [
  'order', 'invoice', 'customer', 'project', 'report', 'ticket', 'payment', 'document',
  'team', 'member', 'webhook', 'token', 'comment', 'attachment', 'product', 'shipment',
  'subscription', 'coupon', 'address', 'device', 'session', 'note', 'task', 'event',
];

/**
 * Returns the text of one route module of at least `lines` lines, and its
 * exact line count. `language` is 'js' or 'ts'.
 */
export function generateRouteModule({ language, lines }) {
  const typed = language === 'ts';
  const output = header(typed);
  for (let index = 0; output.length < lines; index += 1) {
    const template = TEMPLATES[index % TEMPLATES.length];
    const resource = RESOURCES[Math.floor(index / TEMPLATES.length) % RESOURCES.length];
    output.push(...template(names(resource, index), typed), '');
  }
  output.push('export default router;', '');
  return { text: output.join('\n'), lines: output.length };
}

function names(resource, index) {
  const capitalised = resource[0].toUpperCase() + resource.slice(1);
  return {
    path: `/${resource}s`,
    collection: `${resource}s`,
    label: resource,
    suffix: `${capitalised}${index}`,
  };
}

/** Returns `name: type` in TypeScript and `name` in JavaScript. */
function parameter(typed, name, type) {
  return typed ? `${name}: ${type}` : name;
}

function handlerParameters(typed, withNext) {
  const parameters = [parameter(typed, 'req', 'AuthenticatedRequest'), parameter(typed, 'res', 'Response')];
  if (withNext) {
    parameters.push(parameter(typed, 'next', 'NextFunction'));
  }
  return parameters.join(', ');
}

function header(typed) {
  if (!typed) {
    return [
      "import express from 'express';",
      '',
      "import { clients, storage, store, validate } from './services.js';",
      '',
      'const LIMIT = 1000;',
      'const router = express.Router();',
      '',
    ];
  }
  return [
    "import express, { type NextFunction, type Request, type Response } from 'express';",
    '',
    "import { clients, storage, store, validate } from './services';",
    '',
    'interface AuthenticatedUser {',
    '  id: string;',
    '  roles: string[];',
    '  permissions?: string[];',
    '  isAdmin?: boolean;',
    '}',
    '',
    'type AuthenticatedRequest = Request & {',
    '  user?: AuthenticatedUser;',
    '  session?: { userId?: string; isAdmin?: boolean };',
    '};',
    '',
    'const LIMIT = 1000;',
    'const router = express.Router();',
    '',
  ];
}

const TEMPLATES = [
  // Read one record: 401, 404, owner or admin check with 403, cache headers.
  (n, typed) => [
    `router.get('${n.path}/:id', async (${handlerParameters(typed, true)}) => {`,
    '  try {',
    '    if (!req.user) {',
    "      return res.status(401).json({ error: 'Authentication required' });",
    '    }',
    `    const record = await store.${n.collection}.findById(req.params.id);`,
    '    if (!record) {',
    "      return res.status(404).json({ error: 'Not found', id: req.params.id });",
    '    }',
    "    if (record.ownerId !== req.user.id && !req.user.roles.includes('admin')) {",
    `      return res.status(403).json({ error: 'You do not have access to this ${n.label}' });`,
    '    }',
    "    res.set('Cache-Control', 'private, max-age=60');",
    '    res.set(\'ETag\', `"${record.version}"`);',
    '    return res.status(200).json(record);',
    '  } catch (err) {',
    '    return next(err);',
    '  }',
    '});',
  ],
  // Create: bearer check with a challenge, problem details for validation errors.
  (n, typed) => [
    `router.post('${n.path}', async (${handlerParameters(typed, false)}) => {`,
    "  const token = req.get('Authorization');",
    "  if (!token || !token.startsWith('Bearer ')) {",
    "    res.set('WWW-Authenticate', 'Bearer realm=\"api\"');",
    "    return res.status(401).json({ error: 'Missing bearer token' });",
    '  }',
    `  const errors = validate.${n.label}(req.body);`,
    '  if (errors.length > 0) {',
    '    return res',
    '      .status(422)',
    "      .type('application/problem+json')",
    `      .json({ type: 'https://example.com/problems/validation', title: 'Invalid ${n.label}', status: 422, errors });`,
    '  }',
    '  if (req.body.quantity > LIMIT) {',
    "    return res.status(400).json({ message: 'quantity is too large' });",
    '  }',
    `  const created = await store.${n.collection}.create({ ...req.body, ownerId: req.user?.id });`,
    `  res.location(\`${n.path}/\${created.id}\`);`,
    '  return res.status(201).json(created);',
    '});',
  ],
  // Delete: nested conditions, each branch ends in its own response.
  (n, typed) => [
    `router.delete('${n.path}/:id', async (${handlerParameters(typed, false)}) => {`,
    '  const session = req.session;',
    '  if (session && session.userId) {',
    `    const record = await store.${n.collection}.findById(req.params.id);`,
    '    if (record) {',
    '      if (record.ownerId === session.userId || session.isAdmin) {',
    '        if (record.locked) {',
    `          res.status(409).json({ error: '${n.label} is locked' });`,
    '        } else {',
    `          await store.${n.collection}.remove(record.id);`,
    '          res.status(204).end();',
    '        }',
    '      } else {',
    "        res.status(403).send('Forbidden');",
    '      }',
    '    } else {',
    '      res.sendStatus(404);',
    '    }',
    '  } else {',
    '    res.status(401).end();',
    '  }',
    '});',
  ],
  // Middleware factory: 401 with a challenge, 403 for a missing permission.
  (n, typed) => [
    `export function require${n.suffix}Permission(${parameter(typed, 'permission', 'string')}) {`,
    `  return (${handlerParameters(typed, true)}) => {`,
    '    if (!req.user) {',
    "      res.setHeader('WWW-Authenticate', 'Bearer');",
    "      return res.status(401).json({ error: 'unauthenticated' });",
    '    }',
    '    if (!req.user.permissions || !req.user.permissions.includes(permission)) {',
    "      return res.status(403).json({ error: 'missing permission', permission });",
    '    }',
    '    return next();',
    '  };',
    '}',
  ],
  // Status change: a switch with a role check in one case.
  (n, typed) => [
    `router.patch('${n.path}/:id/status', async (${handlerParameters(typed, false)}) => {`,
    '  const { action } = req.body;',
    '  switch (action) {',
    "    case 'approve':",
    "      if (!req.user || !req.user.roles.includes('approver')) {",
    "        return res.status(403).json({ error: 'Only approvers can approve' });",
    '      }',
    `      await store.${n.collection}.update(req.params.id, { status: 'approved' });`,
    '      return res.json({ ok: true });',
    "    case 'reject':",
    `      await store.${n.collection}.update(req.params.id, { status: 'rejected' });`,
    '      return res.status(200).json({ ok: true });',
    '    default:',
    '      return res.status(400).json({ error: `Unknown action ${action}` });',
    '  }',
    '});',
  ],
  // List: API key check, rate limit with Retry-After, paging headers.
  (n, typed) => [
    `router.get('${n.path}', async (${handlerParameters(typed, false)}) => {`,
    "  const apiKey = req.headers['x-api-key'];",
    '  if (!apiKey) {',
    "    return res.status(401).send({ message: 'API key required' });",
    '  }',
    '  const client = await clients.byKey(apiKey);',
    '  if (!client || client.revoked) {',
    "    return res.status(401).send({ message: 'Invalid API key' });",
    '  }',
    '  if (client.remaining <= 0) {',
    "    res.set('Retry-After', String(client.resetSeconds));",
    "    return res.status(429).json({ error: 'Too many requests' });",
    '  }',
    '  const page = Number(req.query.page ?? 1);',
    `  const items = await store.${n.collection}.list({ page, limit: 50, clientId: client.id });`,
    "  res.header('X-Total-Count', String(items.total));",
    '  res.json(items.rows);',
    '});',
  ],
  // File download: an error-first callback, writeHead, a status chosen by a ternary.
  (n, typed) => [
    `router.get('${n.path}/:id/file', (${handlerParameters(typed, false)}) => {`,
    `  storage.read(req.params.id, (${parameter(typed, 'err', 'Error | null')}, ${parameter(typed, 'file', 'any')}) => {`,
    '    if (err) {',
    "      res.writeHead(500, { 'Content-Type': 'text/plain' });",
    "      return res.end('Storage failure');",
    '    }',
    '    if (!file) {',
    "      return res.status(404).json({ error: 'No file' });",
    '    }',
    '    if (file.private && !(req.user && req.user.id === file.ownerId)) {',
    "      return res.status(req.user ? 403 : 401).json({ error: 'Not allowed' });",
    '    }',
    '    res.type(file.mimeType);',
    '    res.send(file.contents);',
    '  });',
    '});',
  ],
];
