import no401ForForbidden from '../../src/rules/no-401-for-forbidden';
import no403ForUnauthenticated from '../../src/rules/no-403-for-unauthenticated';
import requireProblemDetails from '../../src/rules/require-problem-details';
import requireWwwAuthenticate from '../../src/rules/require-www-authenticate';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

/**
 * Runs the h3 idioms against each core rule: h3 v1 and v2 imports, Nuxt
 * server routes with auto-imported functions, and helpers typed with
 * H3Event. The sites are a status set on the event (setResponseStatus, v2
 * event.res.status, v1 event.node.res.statusCode) followed by the returned
 * body, and created errors (createError, v2 HTTPError, v1 sendError). Valid
 * cases show what the adapter deliberately leaves alone, such as a header set
 * before a throw when the file does not show the h3 version.
 */

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('require-www-authenticate on h3 (JavaScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'setResponseHeader before setResponseStatus',
      code: `import { defineEventHandler, setResponseHeader, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    setResponseStatus(event, 401);
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
  return event.context.user;
});
`,
    },
    {
      name: 'setResponseHeaders after the status',
      code: `import { defineEventHandler, setResponseHeaders, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  setResponseStatus(event, 401);
  setResponseHeaders(event, { 'www-authenticate': 'Bearer realm="api"', 'cache-control': 'no-store' });
  return 'Sign in first';
});
`,
    },
    {
      name: 'v2 event.res headers before event.res.status',
      code: `import { H3 } from 'h3';

const app = new H3();
app.get('/me', (event) => {
  event.res.headers.set('WWW-Authenticate', 'Bearer');
  event.res.status = 401;
  return { type: 'about:blank', title: 'Unauthorized', status: 401 };
});
`,
    },
    {
      name: 'HTTPError carrying the challenge',
      code: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler((event) => {
  if (!event.context.user) {
    throw new HTTPError({ status: 401, message: 'Sign in first', headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return event.context.user;
});
`,
    },
    {
      name: 'HTTPError.status with details',
      code: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler(() => {
  throw HTTPError.status(401, 'Unauthorized', { headers: { 'www-authenticate': 'Bearer' } });
});
`,
    },
    {
      name: 'v1 keeps a header set before a throw',
      code: `import { defineEventHandler, createError, setResponseHeader } from 'h3';

export default defineEventHandler((event) => {
  if (!event.node.req.headers.authorization) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
  return 'ok';
});
`,
    },
    {
      name: 'version not shown, header before a throw',
      code: `export default defineEventHandler((event) => {
  setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
  throw createError({ statusCode: 401 });
});
`,
    },
    {
      name: 'version not shown, createError headers',
      code: `export default defineEventHandler(() => {
  throw createError({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
});
`,
    },
    {
      name: 'event passed to a helper first',
      code: `import { defineEventHandler, setResponseStatus } from 'h3';
import { addChallenge } from '../utils/auth';

export default defineEventHandler((event) => {
  addChallenge(event);
  setResponseStatus(event, 401);
  return 'Sign in first';
});
`,
    },
    {
      name: 'middleware sets the challenge',
      code: `import { H3 } from 'h3';

const app = new H3();
app.use((event) => {
  event.res.headers.set('WWW-Authenticate', 'Bearer realm="api"');
});
app.get('/me', (event) => {
  event.res.status = 401;
  return 'Sign in first';
});
`,
    },
    {
      name: 'returned Response decides the status',
      code: `import { defineEventHandler, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  setResponseStatus(event, 401);
  return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
});
`,
    },
    {
      name: '401 for a permission is another rule',
      code: `export default defineEventHandler((event) => {
  const user = event.context.user;
  if (!user) {
    throw createError({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  if (!user.roles.includes('admin')) {
    throw createError({ statusCode: 401 });
  }
  return user;
});
`,
    },
    {
      name: 'global createError without Nitro evidence',
      code: `export function deny() {
  throw createError({ statusCode: 401 });
}
`,
    },
    {
      name: 'status from a variable',
      code: `import { defineEventHandler, createError } from 'h3';

export default defineEventHandler((event) => {
  throw createError({ statusCode: event.context.status, statusMessage: 'Nope' });
});
`,
    },
    {
      name: 'event.res on a non-h3 object',
      code: `export function handle(event) {
  event.res.status = 401;
  return 'Sign in first';
}
`,
    },
    {
      name: "Nuxt app code's createError",
      code: `import { createError, useFetch } from '#imports';

export async function loadAccount() {
  const { data } = await useFetch('/api/me');
  if (!data.value) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
  return data.value;
}
`,
    },
  ],
  invalid: [
    {
      // A list written one name per line, without a trailing comma, gets the name on a line of its own.
      name: 'multi-line import without trailing comma',
      code: `import {
  defineEventHandler,
  setResponseStatus
} from 'h3';

export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseStatus(event, 401);
    return { error: 'Sign in first' };
  }
  return event.context.user;
});
`,
      output: `import {
  defineEventHandler,
  setResponseStatus,
  setResponseHeader
} from 'h3';

export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    setResponseStatus(event, 401);
    return { error: 'Sign in first' };
  }
  return event.context.user;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 8,
          column: 30,
          endLine: 8,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      name: 'setResponseStatus then return',
      code: `import { defineEventHandler, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseStatus(event, 401);
    return { error: 'Sign in first' };
  }
  return event.context.user;
});
`,
      output: `import { defineEventHandler, setResponseStatus, setResponseHeader } from 'h3';

export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    setResponseStatus(event, 401);
    return { error: 'Sign in first' };
  }
  return event.context.user;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Nuxt route with auto-imports',
      code: `export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session.user) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
  return session.user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return session.user;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'v1 event.node.res.statusCode',
      code: `import { eventHandler } from 'h3';

export default eventHandler((event) => {
  event.node.res.statusCode = 401;
  return 'Sign in first';
});
`,
      output: `import { eventHandler } from 'h3';

export default eventHandler((event) => {
  event.node.res.setHeader('WWW-Authenticate', 'Bearer');
  event.node.res.statusCode = 401;
  return 'Sign in first';
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      name: 'HTTPError.status',
      code: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler((event) => {
  if (!event.context.user) throw HTTPError.status(401);
  return event.context.user;
});
`,
      output: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler((event) => {
  if (!event.context.user) throw HTTPError.status(401, undefined, { headers: { 'WWW-Authenticate': 'Bearer' } });
  return event.context.user;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 51,
          endLine: 4,
          endColumn: 54,
          suggestions: [],
        },
      ],
    },
    {
      name: 'v2 header on event.res before a throw',
      code: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler((event) => {
  if (!event.context.user) {
    event.res.headers.set('WWW-Authenticate', 'Bearer');
    throw new HTTPError({ status: 401 });
  }
  return event.context.user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'droppedChallenge',
          data: { reason: "h3 v2 discards the headers of the event's response when the handler throws", where: 'in the `headers` of the error (`new HTTPError({ status, headers })`)' },
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'v2 setResponseHeader before createError',
      code: `import { defineHandler, createError, setResponseHeader } from 'h3';

export default defineHandler((event) => {
  setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
  throw createError({ statusCode: 401 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'droppedChallenge',
          data: { reason: "h3 v2 discards the headers of the event's response when the handler throws", where: 'in the `headers` option of `createError()`' },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'v1 ignores createError headers',
      code: `import { defineEventHandler, createError } from 'h3';

export default defineEventHandler((event) => {
  if (!event.node.req.headers.authorization) {
    throw createError({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return 'ok';
});
`,
      output: `import { defineEventHandler, createError, setResponseHeader } from 'h3';

export default defineEventHandler((event) => {
  if (!event.node.req.headers.authorization) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return 'ok';
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      name: 'v1 sendError',
      code: `import { defineEventHandler, createError, sendError } from 'h3';

export default defineEventHandler((event) => {
  if (!event.context.user) {
    sendError(event, createError({ statusCode: 401 }));
    return;
  }
  return event.context.user;
});
`,
      output: `import { defineEventHandler, createError, sendError, setResponseHeader } from 'h3';

export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    sendError(event, createError({ statusCode: 401 }));
    return;
  }
  return event.context.user;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 36,
          endLine: 5,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Basic credentials get a suggestion',
      code: `import { defineEventHandler, getHeader, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  const authorization = getHeader(event, 'authorization');
  if (!authorization?.startsWith('Basic ')) {
    setResponseStatus(event, 401);
    return 'Sign in first';
  }
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Basic realm="Restricted"' },
          line: 6,
          column: 30,
          endLine: 6,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addChallenge',
              output: `import { defineEventHandler, getHeader, setResponseStatus, setResponseHeader } from 'h3';

export default defineEventHandler((event) => {
  const authorization = getHeader(event, 'authorization');
  if (!authorization?.startsWith('Basic ')) {
    setResponseHeader(event, 'WWW-Authenticate', 'Basic realm="Restricted"');
    setResponseStatus(event, 401);
    return 'Sign in first';
  }
  return 'ok';
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'status outside a block',
      code: `import { defineEventHandler, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  if (!event.context.user) setResponseStatus(event, 401);
  return 'Sign in first';
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 4,
          column: 53,
          endLine: 4,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      name: 'server route importing #imports',
      code: `import { createError, defineEventHandler } from '#imports';

export default defineEventHandler((event) => {
  if (!event.context.user) {
    throw createError({ statusCode: 401 });
  }
  return event.context.user;
});
`,
      output: `import { createError, defineEventHandler, setResponseHeader } from '#imports';

export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return event.context.user;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('require-www-authenticate on h3 (TypeScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'typed status constant with its challenge',
      code: `import { defineEventHandler, setResponseHeader, setResponseStatus, type H3Event } from 'h3';

const UNAUTHORIZED = 401 as const;

export default defineEventHandler((event: H3Event) => {
  setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
  setResponseStatus(event, UNAUTHORIZED);
  return { type: 'about:blank', title: 'Unauthorized', status: UNAUTHORIZED } satisfies Record<string, unknown>;
});
`,
    },
  ],
  invalid: [
    {
      name: 'v2 event.res.status',
      code: `import { H3, type H3Event } from 'h3';

const app = new H3();
app.get('/me', (event: H3Event) => {
  if (!event.req.headers.get('authorization')) {
    event.res.status = 401;
    return { error: 'Sign in first' };
  }
  return 'ok';
});
`,
      output: `import { H3, type H3Event } from 'h3';

const app = new H3();
app.get('/me', (event: H3Event) => {
  if (!event.req.headers.get('authorization')) {
    event.res.headers.set('WWW-Authenticate', 'Bearer');
    event.res.status = 401;
    return { error: 'Sign in first' };
  }
  return 'ok';
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'new HTTPError',
      code: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler((event) => {
  if (!event.context.user) {
    throw new HTTPError({ status: 401, message: 'Sign in first' });
  }
  return event.context.user;
});
`,
      output: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler((event) => {
  if (!event.context.user) {
    throw new HTTPError({ status: 401, message: 'Sign in first', headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return event.context.user;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      // h3 1's types reject a headers option in createError(), so without the version a TypeScript file gets a suggestion.
      name: 'helper typed with H3Event',
      code: `import type { H3Event } from 'h3';

export function requireUser(event: H3Event) {
  if (!event.context.user) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
  return event.context.user;
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import type { H3Event } from 'h3';

export function requireUser(event: H3Event) {
  if (!event.context.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return event.context.user;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Nitro utils folder',
      code: `export function requireUser(event) {
  if (!event.context.user) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
  return event.context.user;
}
`,
      filename: 'server/utils/auth.ts',
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
  ],
});

javascript.run('no-403-for-unauthenticated on h3 (JavaScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: '403 after a role check',
      code: `export default defineEventHandler((event) => {
  const user = event.context.user;
  if (!user) {
    throw createError({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  if (user.role !== 'admin') {
    throw createError({ statusCode: 403, statusMessage: 'Forbidden' });
  }
  return user;
});
`,
    },
    {
      name: '403 for an ownership check',
      code: `import { H3, HTTPError } from 'h3';

const app = new H3();
app.delete('/posts/:id', async (event) => {
  const user = event.context.user;
  const post = await findPost(event.context.params.id);
  if (post.authorId !== user.id) {
    throw new HTTPError({ status: 403 });
  }
  return null;
});
`,
    },
    {
      name: '403 for a CSRF token',
      code: `import { defineEventHandler, getHeader, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  const csrfToken = getHeader(event, 'x-csrf-token');
  if (!csrfToken) {
    setResponseStatus(event, 403);
    return 'Bad CSRF token';
  }
  return 'ok';
});
`,
    },
  ],
  invalid: [
    {
      name: 'inline getHeader missing',
      code: `export default defineEventHandler((event) => {
  if (!getHeader(event, 'authorization')) {
    throw createError({ statusCode: 403 });
  }
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `export default defineEventHandler((event) => {
  if (!getHeader(event, 'authorization')) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return 'ok';
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'createError 403 without a user',
      code: `export default defineEventHandler((event) => {
  if (!event.context.user) {
    throw createError({ statusCode: 403, statusMessage: 'Forbidden' });
  }
  return event.context.user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return event.context.user;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'setResponseStatus 403 without a token',
      code: `import { defineEventHandler, getHeader, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  const token = getHeader(event, 'authorization');
  if (!token) {
    setResponseStatus(event, 403, 'Forbidden');
    return { type: 'about:blank', title: 'Forbidden', status: 403 };
  }
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 30,
          endLine: 6,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { defineEventHandler, getHeader, setResponseStatus, setResponseHeader } from 'h3';

export default defineEventHandler((event) => {
  const token = getHeader(event, 'authorization');
  if (!token) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    setResponseStatus(event, 401, 'Unauthorized');
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
  return 'ok';
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'HTTPError 403 when verification fails',
      code: `import { defineHandler, getHeader, HTTPError } from 'h3';
import { verifyToken } from '../utils/jwt';

export default defineHandler(async (event) => {
  const token = getHeader(event, 'authorization')?.slice(7);
  try {
    return await verifyToken(token);
  } catch {
    throw new HTTPError({ status: 403, message: 'Invalid token' });
  }
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 9,
          column: 27,
          endLine: 9,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { defineHandler, getHeader, HTTPError } from 'h3';
import { verifyToken } from '../utils/jwt';

export default defineHandler(async (event) => {
  const token = getHeader(event, 'authorization')?.slice(7);
  try {
    return await verifyToken(token);
  } catch {
    throw new HTTPError({ status: 401, message: 'Invalid token', headers: { 'WWW-Authenticate': 'Bearer' } });
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'mixed condition',
      code: `export default defineEventHandler((event) => {
  const user = event.context.user;
  if (!user || !user.isAdmin) {
    throw createError({ statusCode: 403 });
  }
  return user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForMixedCondition',
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('no-403-for-unauthenticated on h3 (TypeScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: '403 for a missing role',
      code: `import { HTTPError, type H3Event } from 'h3';

export function requireAdmin(event: H3Event): void {
  const user = event.context.user as { roles: string[] };
  if (!user.roles.includes('admin')) {
    throw new HTTPError({ status: 403, message: 'Admins only' });
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'v2 event.res.status 403 without a session',
      code: `import { H3 } from 'h3';

const app = new H3();
app.get('/me', async (event) => {
  const session = await getUserSession(event);
  if (!session.user) {
    event.res.status = 403;
    return { error: 'Sign in first' };
  }
  return session.user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { H3 } from 'h3';

const app = new H3();
app.get('/me', async (event) => {
  const session = await getUserSession(event);
  if (!session.user) {
    event.res.headers.set('WWW-Authenticate', 'Bearer');
    event.res.status = 401;
    return { error: 'Sign in first' };
  }
  return session.user;
});
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('no-401-for-forbidden on h3 (JavaScript)', no401ForForbidden, {
  valid: [
    {
      name: '401 without a user',
      code: `export default defineEventHandler((event) => {
  if (!event.context.user) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
  return event.context.user;
});
`,
    },
    {
      name: '401 when verification fails',
      code: `import { H3, HTTPError } from 'h3';
import { verifyToken } from './jwt';

const app = new H3();
app.get('/me', async (event) => {
  const claims = await verifyToken(event.req.headers.get('authorization'));
  if (!claims) throw HTTPError.status(401);
  return claims;
});
`,
    },
  ],
  invalid: [
    {
      name: 'createError 401 for a role',
      code: `export default defineEventHandler((event) => {
  const user = event.context.user;
  if (!user) {
    throw createError({ statusCode: 401 });
  }
  if (!user.roles.includes('admin')) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'Admins only' });
  }
  return user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 25,
          endLine: 7,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `export default defineEventHandler((event) => {
  const user = event.context.user;
  if (!user) {
    throw createError({ statusCode: 401 });
  }
  if (!user.roles.includes('admin')) {
    throw createError({ statusCode: 403, statusMessage: 'Forbidden', message: 'Admins only' });
  }
  return user;
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'HTTPError.status 401 for a role',
      code: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler((event) => {
  const user = event.context.user;
  if (user && !user.isAdmin) throw HTTPError.status(401);
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler((event) => {
  const user = event.context.user;
  if (user && !user.isAdmin) throw HTTPError.status(403);
  return 'ok';
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'v2 event.res.status 401 mixed',
      code: `import { H3 } from 'h3';

const app = new H3();
app.get('/admin', (event) => {
  const user = event.context.user;
  if (!user || !user.isAdmin) {
    event.res.status = 401;
    return 'No';
  }
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForMixedCondition',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('no-401-for-forbidden on h3 (TypeScript)', no401ForForbidden, {
  valid: [
    {
      name: '401 without a session',
      code: `export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session.user) {
    throw createError({ statusCode: 401 as const, statusMessage: 'Unauthorized' });
  }
  return session.user;
});
`,
    },
  ],
  invalid: [
    {
      name: 'setResponseStatus 401 for ownership',
      code: `import { defineEventHandler, setResponseStatus } from 'h3';

export default defineEventHandler(async (event) => {
  const user = event.context.user;
  if (!user) {
    return null;
  }
  const post = await findPost(event.context.params.id);
  if (post.authorId !== user.id) {
    setResponseStatus(event, 401, 'Unauthorized');
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
  return post;
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 10,
          column: 30,
          endLine: 10,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { defineEventHandler, setResponseStatus } from 'h3';

export default defineEventHandler(async (event) => {
  const user = event.context.user;
  if (!user) {
    return null;
  }
  const post = await findPost(event.context.params.id);
  if (post.authorId !== user.id) {
    setResponseStatus(event, 403, 'Forbidden');
    return { type: 'about:blank', title: 'Forbidden', status: 403 };
  }
  return post;
});
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('require-problem-details on h3 (JavaScript)', requireProblemDetails, {
  valid: [
    {
      name: 'problem content type set before',
      code: `import { defineEventHandler, setResponseHeader, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  setResponseStatus(event, 404);
  setResponseHeader(event, 'Content-Type', 'application/problem+json');
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
`,
    },
    {
      name: 'v2 problem content type on event.res',
      code: `import { H3 } from 'h3';

const app = new H3();
app.get('/x', (event) => {
  event.res.status = 409;
  event.res.headers.set('content-type', 'application/problem+json; charset=utf-8');
  return { type: 'https://example.com/conflict', title: 'Conflict', status: 409 };
});
`,
    },
    {
      name: 'thrown errors by default',
      code: `export default defineEventHandler(() => {
  throw createError({ statusCode: 400, statusMessage: 'Bad Request', data: { field: 'name' } });
});
`,
    },
    {
      name: 'HTTPError with a problem body',
      code: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler(() => {
  throw new HTTPError({
    status: 403,
    headers: { 'content-type': 'application/problem+json' },
    body: { type: 'https://example.com/probs/no-access', title: 'Forbidden' },
  });
});
`,
      options: [{ checkThrownErrors: true }],
    },
    {
      name: 'empty and unknown bodies',
      code: `import { defineEventHandler, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  if (event.context.missing) {
    setResponseStatus(event, 404);
    return null;
  }
  setResponseStatus(event, 500);
  return event.context.failure;
});
`,
    },
  ],
  invalid: [
    {
      name: 'error object body',
      code: `import { defineEventHandler, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  setResponseStatus(event, 403);
  return { error: 'Admins only' };
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '403' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import { defineEventHandler, setResponseStatus, setResponseHeader } from 'h3';

export default defineEventHandler((event) => {
  setResponseStatus(event, 403);
  setResponseHeader(event, 'Content-Type', 'application/problem+json');
  return { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Admins only' };
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'problem body sent as JSON',
      code: `export default defineEventHandler((event) => {
  setResponseStatus(event, 404);
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `export default defineEventHandler((event) => {
  setResponseStatus(event, 404);
  setResponseHeader(event, 'Content-Type', 'application/problem+json');
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'content type autofix option',
      code: `import { H3 } from 'h3';

const app = new H3();
app.get('/x', (event) => {
  event.res.status = 404;
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
`,
      options: [{ contentTypeFix: 'autofix' }],
      output: `import { H3 } from 'h3';

const app = new H3();
app.get('/x', (event) => {
  event.res.status = 404;
  event.res.headers.set('Content-Type', 'application/problem+json');
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
`,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 66,
          suggestions: [],
        },
      ],
    },
    {
      name: 'explicit JSON content type',
      code: `import { defineEventHandler, setResponseHeader, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  setResponseStatus(event, 422);
  setResponseHeader(event, 'Content-Type', 'application/json');
  return { type: 'about:blank', title: 'Unprocessable Content', status: 422 };
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { defineEventHandler, setResponseHeader, setResponseStatus } from 'h3';

export default defineEventHandler((event) => {
  setResponseStatus(event, 422);
  setResponseHeader(event, 'Content-Type', 'application/problem+json');
  return { type: 'about:blank', title: 'Unprocessable Content', status: 422 };
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'text body',
      code: `import { eventHandler } from 'h3';

export default eventHandler((event) => {
  event.node.res.statusCode = 503;
  return 'Try again later';
});
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '503' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'thrown errors when checked',
      code: `import { defineHandler, HTTPError } from 'h3';

export default defineHandler(() => {
  throw new HTTPError({ status: 409, message: 'Already exists' });
});
`,
      options: [{ checkThrownErrors: true }],
      output: null,
      errors: [
        {
          messageId: 'thrownErrorBody',
          data: { status: '409' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 66,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('require-problem-details on h3 (TypeScript)', requireProblemDetails, {
  valid: [
    {
      name: 'problem content type with an enum status',
      code: `import { defineEventHandler, setResponseHeaders, setResponseStatus } from 'h3';

enum Status {
  NotFound = 404,
}

export default defineEventHandler((event) => {
  setResponseStatus(event, Status.NotFound);
  setResponseHeaders(event, { 'content-type': 'application/problem+json' });
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
`,
    },
  ],
  invalid: [
    {
      name: 'typed error body',
      code: `import { H3, type H3Event } from 'h3';

const app = new H3();
app.post('/reports', (event: H3Event) => {
  event.res.status = 422;
  return { error: 'Missing title' } as const;
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '422' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import { H3, type H3Event } from 'h3';

const app = new H3();
app.post('/reports', (event: H3Event) => {
  event.res.status = 422;
  event.res.headers.set('Content-Type', 'application/problem+json');
  return { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'Missing title' } as const;
});
`,
            },
          ],
        },
      ],
    },
  ],
});
