import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';
import { rules } from '../../src/rules';

// http-errors in Express: the factory, its headers props, error classes, and errors that are never raised.

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('require-www-authenticate with http-errors (JavaScript)', rules['require-www-authenticate'], {
  valid: [
    {
      // The error handler adds the challenge to every 401 it sends, so a forwarded 401 goes out with one.
      name: "error handler that adds the challenge",
      filename: "server.js",
      code: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/export', (req, res, next) => {
  if (!req.user) return next(createError(401, 'Sign in to export reports'));
  res.json([]);
});

app.use((err, req, res, next) => {
  const status = err.status || 500;
  if (status === 401) {
    res.set('WWW-Authenticate', 'Bearer realm="api"');
  }
  res.status(status).json({ title: err.message });
});
`,
    },
    {
      name: "factory with headers",
      filename: "server.js",
      code: `import createError from 'http-errors';
import express from 'express';
const app = express();

app.get('/me', (req, res, next) => {
  if (!req.user) return next(createError(401, 'sign in', { headers: { 'WWW-Authenticate': 'Bearer' } }));
  res.json(req.user);
});
`,
    },
    {
      name: "error created but not raised",
      filename: "server.js",
      code: `const createError = require('http-errors');

export function describe() {
  const err = createError(401);
  return err.message;
}
`,
    },
  ],
  invalid: [
    {
      name: "factory with a status",
      filename: "server.js",
      code: `import createError from 'http-errors';
import express from 'express';
const app = express();

app.get('/me', (req, res, next) => {
  if (!req.user) return next(createError(401, 'sign in'));
  res.json(req.user);
});
`,
      output: `import createError from 'http-errors';
import express from 'express';
const app = express();

app.get('/me', (req, res, next) => {
  if (!req.user) return next(createError(401, 'sign in', { headers: { 'WWW-Authenticate': 'Bearer' } }));
  res.json(req.user);
});
`,
      errors: [
        {
          messageId: "missingChallenge",
          line: 6,
          column: 30,
          endLine: 6,
          endColumn: 57,
          suggestions: [
          ],
        },
      ],
    },
    {
      // The inner error takes the challenge that its own handler set. The outer handler set none, so its error is reported.
      name: "nested handlers with own responses",
      filename: "server.js",
      code: `import createError from 'http-errors';
import express from 'express';
const app = express();

app.get('/outer', (req, res, next) => {
  const router = express.Router();
  router.get('/inner', (innerReq, innerRes, innerNext) => {
    innerRes.set('WWW-Authenticate', 'Bearer');
    innerNext(createError(401));
  });
  next(createError(401));
});
`,
      output: `import createError from 'http-errors';
import express from 'express';
const app = express();

app.get('/outer', (req, res, next) => {
  const router = express.Router();
  router.get('/inner', (innerReq, innerRes, innerNext) => {
    innerRes.set('WWW-Authenticate', 'Bearer');
    innerNext(createError(401));
  });
  next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }));
});
`,
      errors: [{ messageId: "missingChallenge", line: 11, column: 8 }],
    },
    {
      // The error handler logs the error, writes its own response and never reads err.headers, so props headers would not go out.
      name: "factory under header-dropping handler",
      filename: "server.js",
      code: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) throw createError(401, 'Sign in first');
  res.json(req.user);
});

app.use((err, req, res, next) => {
  console.error(err);
  res.status(err.status || 500).json({ title: err.message });
});
`,
      output: null,
      errors: [{ messageId: "missingChallenge", line: 6, column: 24, endLine: 6, endColumn: 57, suggestions: [] }],
    },
    {
      name: "props headers the error handler drops",
      filename: "server.js",
      code: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) throw createError(401, 'Sign in first', { headers: { 'WWW-Authenticate': 'Bearer' } });
  res.json(req.user);
});

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ title: err.message });
});
`,
      output: null,
      errors: [
        {
          messageId: "droppedChallenge",
          line: 6,
          column: 24,
          data: {
            reason: "the error handler of this file sends its own response and does not copy the error's \`headers\`",
            where: "in that error handler from \`err.headers\`, for example with \`res.set(err.headers ?? {})\`",
          },
        },
      ],
    },
    {
      name: "factory under header-copying handler",
      filename: "server.js",
      code: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) throw createError(401, 'Sign in first');
  res.json(req.user);
});

app.use((err, req, res, next) => {
  res.set(err.headers ?? {});
  res.status(err.status || 500).json({ title: err.message });
});
`,
      output: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/me', (req, res) => {
  if (!req.user) throw createError(401, 'Sign in first', { headers: { 'WWW-Authenticate': 'Bearer' } });
  res.json(req.user);
});

app.use((err, req, res, next) => {
  res.set(err.headers ?? {});
  res.status(err.status || 500).json({ title: err.message });
});
`,
      errors: [{ messageId: "missingChallenge", line: 6, column: 24, endLine: 6, endColumn: 57 }],
    },
    {
      name: "thrown factory in a block",
      filename: "server.js",
      code: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/me', async (req, res) => {
  if (!req.headers.authorization) {
    throw createError(401);
  }
  res.json({ ok: true });
});
`,
      output: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/me', async (req, res) => {
  if (!req.headers.authorization) {
    throw createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  res.json({ ok: true });
});
`,
      errors: [
        {
          messageId: "missingChallenge",
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 27,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: "class error passed to next",
      filename: "server.js",
      code: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/me', (req, res, next) => {
  if (!req.user) {
    next(new createError.Unauthorized());
    return;
  }
  res.json(req.user);
});
`,
      output: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/me', (req, res, next) => {
  if (!req.user) {
    res.set('WWW-Authenticate', 'Bearer');
    next(new createError.Unauthorized());
    return;
  }
  res.json(req.user);
});
`,
      errors: [
        {
          messageId: "missingChallenge",
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 40,
          suggestions: [
          ],
        },
      ],
    },
  ],
});

javascript.run('no-403-for-unauthenticated with http-errors (JavaScript)', rules['no-403-for-unauthenticated'], {
  valid: [
    {
      name: "403 after a role check",
      filename: "server.js",
      code: `const createError = require('http-errors');

module.exports = (req, res, next) => {
  if (!req.user.roles.includes('admin')) return next(createError(403));
  next();
};
`,
    },
  ],
  invalid: [
    {
      name: "403 for an expired token",
      filename: "server.js",
      code: `const createError = require('http-errors');
const jwt = require('jsonwebtoken');

module.exports = (req, res, next) => {
  try {
    req.user = jwt.verify(req.get('authorization'), process.env.SECRET);
    next();
  } catch (err) {
    next(createError(403, 'token expired'));
  }
};
`,
      output: null,
      errors: [
        {
          messageId: "forbiddenForUnverifiedCredential",
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 43,
          suggestions: [
            { messageId: "sendUnauthorizedInstead", output: `const createError = require('http-errors');
const jwt = require('jsonwebtoken');

module.exports = (req, res, next) => {
  try {
    req.user = jwt.verify(req.get('authorization'), process.env.SECRET);
    next();
  } catch (err) {
    next(createError(401, 'token expired', { headers: { 'WWW-Authenticate': 'Bearer' } }));
  }
};
` },
          ],
        },
      ],
    },
  ],
});

typescript.run('no-401-for-forbidden with http-errors (TypeScript)', rules['no-401-for-forbidden'], {
  valid: [
  ],
  invalid: [
    {
      name: "401 after a role check",
      filename: "server.ts",
      code: `import createError from 'http-errors';
import type { NextFunction, Request, Response } from 'express';

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  if (!req.user.isAdmin) return next(createError.Unauthorized('admins only'));
  next();
}
`,
      output: null,
      errors: [
        {
          messageId: "unauthorizedForPermission",
          line: 5,
          column: 38,
          endLine: 5,
          endColumn: 77,
          suggestions: [
            { messageId: "sendForbiddenInstead", output: `import createError from 'http-errors';
import type { NextFunction, Request, Response } from 'express';

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  if (!req.user.isAdmin) return next(createError.Forbidden('admins only'));
  next();
}
` },
          ],
        },
      ],
    },
  ],
});

javascript.run('require-problem-details with http-errors (JavaScript)', rules['require-problem-details'], {
  valid: [
    {
      name: "thrown error by default",
      filename: "server.js",
      code: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/items/:id', (req, res, next) => {
  next(createError(404, 'no such item'));
});
`,
    },
  ],
  invalid: [
    {
      name: "thrown error with checkThrownErrors",
      filename: "server.js",
      options: [{"checkThrownErrors": true}],
      code: `const createError = require('http-errors');
const express = require('express');
const app = express();

app.get('/items/:id', (req, res, next) => {
  next(createError(404, 'no such item'));
});
`,
      output: null,
      errors: [
        {
          messageId: "thrownErrorBody",
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 40,
          suggestions: [
          ],
        },
      ],
    },
  ],
});
