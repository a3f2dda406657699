import no401ForForbidden from '../../src/rules/no-401-for-forbidden';
import no403ForUnauthenticated from '../../src/rules/no-403-for-unauthenticated';
import requireProblemDetails from '../../src/rules/require-problem-details';
import requireWwwAuthenticate from '../../src/rules/require-www-authenticate';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

/**
 * Runs the Elysia idioms against each core rule. The handlers are route
 * handlers, hooks (onBeforeHandle, derive, onError), and hooks in options
 * objects (beforeHandle, macro resolve). The sites are set.status followed by
 * the returned body, and status() (or the older error()) returned or thrown.
 * Valid cases show what the adapter deliberately leaves alone.
 */

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('require-www-authenticate on Elysia (JavaScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'route options held in a variable',
      code: `import { Elysia } from 'elysia';

function requireAuth({ headers, set }) {
  if (!headers.authorization) set.headers['www-authenticate'] = 'Bearer realm="api"';
}
const authenticated = { beforeHandle: requireAuth };

export const app = new Elysia().get('/me', ({ set }) => {
  set.status = 401;
  return 'no';
}, authenticated);
`,
    },
    {
      name: 'imported beforeHandle hook',
      code: `import { Elysia } from 'elysia';
import { requireAuth } from './auth.js';

export const app = new Elysia().get('/me', ({ set }) => {
  set.status = 401;
  return 'no';
}, { beforeHandle: requireAuth });
`,
    },
    {
      name: 'named beforeHandle hook writes the challenge',
      code: `import { Elysia } from 'elysia';

function requireAuth({ headers, set }) {
  if (!headers.authorization) {
    set.headers['www-authenticate'] = 'Bearer realm="api"';
  }
}

export const app = new Elysia().get('/me', ({ set }) => {
  set.status = 401;
  return 'no';
}, { beforeHandle: requireAuth });
`,
    },
    {
      name: 'set.headers before set.status',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ headers, set }) => {
  if (!headers.authorization) {
    set.headers['www-authenticate'] = 'Bearer';
    set.status = 401;
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
  return 'ok';
});
`,
    },
    {
      name: 'set.headers before status()',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ bearer, set, status }) => {
  set.headers['WWW-Authenticate'] = 'Bearer realm="api"';
  if (!bearer) return status(401, 'Sign in first');
  return 'ok';
});
`,
    },
    {
      name: 'set.headers survives a throw',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', (ctx) => {
  if (!ctx.user) {
    ctx.set.headers['www-authenticate'] = 'Bearer';
    throw ctx.status(401, 'Sign in first');
  }
  return ctx.user;
});
`,
    },
    {
      name: 'Object.assign on set.headers',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ set, status }) => {
  Object.assign(set.headers, { 'www-authenticate': 'Bearer', 'cache-control': 'no-store' });
  return status('Unauthorized');
});
`,
    },
    {
      name: 'hook sets the challenge',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia()
  .onBeforeHandle(({ set }) => {
    set.headers['www-authenticate'] = 'Bearer';
  })
  .get('/me', ({ status }) => status(401));
`,
    },
    {
      name: 'set passed to a helper first',
      code: `import { Elysia } from 'elysia';
import { challenge } from './auth';

export const app = new Elysia().get('/me', ({ set, status }) => {
  challenge(set);
  return status(401);
});
`,
    },
    {
      name: 'status() outside a handler',
      code: `import { status } from 'elysia';

export function deny() {
  return status(401, 'Sign in first');
}
`,
    },
    {
      name: 'returned Response decides the status',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ set }) => {
  set.status = 401;
  return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
});
`,
    },
    {
      name: 'set.status outside Elysia',
      code: `export function handle({ set }) {
  set.status = 401;
  return 'Sign in first';
}
`,
    },
    {
      name: '401 for a permission is another rule',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/admin', (ctx) => {
  if (!ctx.user) {
    ctx.set.headers['www-authenticate'] = 'Bearer';
    return ctx.status(401);
  }
  if (!ctx.user.roles.includes('admin')) {
    return ctx.status(401, 'Admins only');
  }
  return 'ok';
});
`,
    },
  ],
  invalid: [
    {
      name: 'named hook of one route leaves another route',
      code: `import { Elysia } from 'elysia';

function requireAuth({ headers, set }) {
  if (!headers.authorization) set.headers['www-authenticate'] = 'Bearer realm="api"';
}

export const app = new Elysia()
  .get('/me', ({ set }) => {
    set.status = 401;
    return 'no';
  }, { beforeHandle: requireAuth })
  .get('/other', ({ set }) => {
    set.status = 401;
    return 'no';
  });
`,
      output: `import { Elysia } from 'elysia';

function requireAuth({ headers, set }) {
  if (!headers.authorization) set.headers['www-authenticate'] = 'Bearer realm="api"';
}

export const app = new Elysia()
  .get('/me', ({ set }) => {
    set.status = 401;
    return 'no';
  }, { beforeHandle: requireAuth })
  .get('/other', ({ set }) => {
    set.headers['www-authenticate'] = 'Bearer';
    set.status = 401;
    return 'no';
  });
`,
      errors: [{ messageId: 'missingChallenge', line: 13 }],
    },
    {
      name: 'another route\'s own beforeHandle writes the challenge',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia()
  .get('/a', ({ set }) => {
    set.status = 401;
    return 'no';
  }, {
    beforeHandle({ set }) {
      set.headers['www-authenticate'] = 'Bearer';
    },
  })
  .get('/b', ({ set }) => {
    set.status = 401;
    return 'no';
  });
`,
      output: `import { Elysia } from 'elysia';

export const app = new Elysia()
  .get('/a', ({ set }) => {
    set.status = 401;
    return 'no';
  }, {
    beforeHandle({ set }) {
      set.headers['www-authenticate'] = 'Bearer';
    },
  })
  .get('/b', ({ set }) => {
    set.headers['www-authenticate'] = 'Bearer';
    set.status = 401;
    return 'no';
  });
`,
      errors: [{ messageId: 'missingChallenge', line: 13, column: 5, endLine: 13, endColumn: 21 }],
    },
    {
      name: 'set.status then return',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ headers, set }) => {
  if (!headers.authorization) {
    set.status = 401;
    return { error: 'Sign in first' };
  }
  return 'ok';
});
`,
      output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ headers, set }) => {
  if (!headers.authorization) {
    set.headers['www-authenticate'] = 'Bearer';
    set.status = 401;
    return { error: 'Sign in first' };
  }
  return 'ok';
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'return status()',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ bearer, set, status }) => {
  if (!bearer) {
    return status(401, { error: 'Sign in first' });
  }
  return 'ok';
});
`,
      output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ bearer, set, status }) => {
  if (!bearer) {
    set.headers['www-authenticate'] = 'Bearer';
    return status(401, { error: 'Sign in first' });
  }
  return 'ok';
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      name: 'context not destructured',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', (ctx) => {
  if (!ctx.user) {
    ctx.set.status = 401;
    return 'Sign in first';
  }
  return ctx.user;
});
`,
      output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', (ctx) => {
  if (!ctx.user) {
    ctx.set.headers['www-authenticate'] = 'Bearer';
    ctx.set.status = 401;
    return 'Sign in first';
  }
  return ctx.user;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'beforeHandle in route options',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ user }) => user, {
  beforeHandle({ bearer, set, status }) {
    if (!bearer) {
      return status(401);
    }
  },
});
`,
      output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ user }) => user, {
  beforeHandle({ bearer, set, status }) {
    if (!bearer) {
      set.headers['www-authenticate'] = 'Bearer';
      return status(401);
    }
  },
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'expression body',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ status }) => status(401));
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 71,
          suggestions: [],
        },
      ],
    },
    {
      name: 'older error()',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia()
  .get('/me', ({ bearer, set, error }) => {
    if (!bearer) {
      return error(401, 'Sign in first');
    }
    return 'ok';
  })
  .get('/gone', ({ set }) => {
    set.status = 410;
  });
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'addChallenge',
              output: `import { Elysia } from 'elysia';

export const app = new Elysia()
  .get('/me', ({ bearer, set, error }) => {
    if (!bearer) {
      set.headers['www-authenticate'] = 'Bearer';
      return error(401, 'Sign in first');
    }
    return 'ok';
  })
  .get('/gone', ({ set }) => {
    set.status = 410;
  });
`,
            },
          ],
        },
      ],
    },
  ],
});

typescript.run('require-www-authenticate on Elysia (TypeScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'typed context with its challenge',
      code: `import { Elysia, type Context } from 'elysia';

export function requireToken({ headers, set, status }: Context) {
  if (!headers.authorization) {
    set.headers['www-authenticate'] = 'Bearer';
    return status(401);
  }
}

export const app = new Elysia().get('/me', (ctx: Context) => {
  ctx.set.headers['www-authenticate'] = 'Bearer';
  return ctx.status(401 as const);
});
`,
    },
  ],
  invalid: [
    {
      name: 'set.status by name',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ bearer, set }) => {
  if (!bearer) {
    set.status = 'Unauthorized';
    return 'Sign in first';
  }
  return 'ok';
});
`,
      output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ bearer, set }) => {
  if (!bearer) {
    set.headers['www-authenticate'] = 'Bearer';
    set.status = 'Unauthorized';
    return 'Sign in first';
  }
  return 'ok';
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'throw status() without set',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', async ({ jwt, bearer, status }) => {
  const claims = await jwt.verify(bearer);
  if (!claims) {
    throw status(401, 'Invalid token');
  }
  return claims;
});
`,
      output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', async ({ jwt, bearer, status, set }) => {
  const claims = await jwt.verify(bearer);
  if (!claims) {
    set.headers['www-authenticate'] = 'Bearer';
    throw status(401, 'Invalid token');
  }
  return claims;
});
`,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'resolve in a macro',
      code: `import { Elysia } from 'elysia';

export const auth = new Elysia().macro({
  auth: {
    async resolve({ cookie: { session }, status }) {
      const user = await findSession(session.value);
      if (!user) return status(401);
      return { user };
    },
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 7,
          column: 25,
          endLine: 7,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
  ],
});

javascript.run('no-403-for-unauthenticated on Elysia (JavaScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: '403 after a role check',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/admin', (ctx) => {
  if (!ctx.user) {
    ctx.set.headers['www-authenticate'] = 'Bearer';
    return ctx.status(401);
  }
  if (ctx.user.role !== 'admin') {
    return ctx.status(403);
  }
  return 'ok';
});
`,
    },
    {
      name: '403 for a CSRF token',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().post('/x', ({ headers, status }) => {
  const csrfToken = headers['x-csrf-token'];
  if (!csrfToken) throw status(403, 'Bad CSRF token');
  return 'ok';
});
`,
    },
  ],
  invalid: [
    {
      name: 'derived user missing',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia()
  .derive(({ headers }) => ({ user: findUser(headers.authorization) }))
  .get('/me', ({ user, status }) => {
    if (!user) return status(403);
    return user;
  });
`,
      output: null,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 6, column: 23, endLine: 6, endColumn: 34, suggestions: [] }],
    },
    {
      name: 'set.status 403 without a token',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ headers, set }) => {
  const token = headers.authorization;
  if (!token) {
    set.status = 403;
    return { error: 'Sign in first' };
  }
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ headers, set }) => {
  const token = headers.authorization;
  if (!token) {
    set.headers['www-authenticate'] = 'Bearer';
    set.status = 401;
    return { error: 'Sign in first' };
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
      name: 'jwt.verify fails',
      code: `import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

export const app = new Elysia()
  .use(jwt({ secret: process.env.JWT_SECRET }))
  .derive(async ({ jwt, bearer, status }) => {
    const claims = await jwt.verify(bearer);
    if (!claims) {
      throw status(403, 'Invalid token');
    }
    return { claims };
  });
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 9,
          column: 13,
          endLine: 9,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

export const app = new Elysia()
  .use(jwt({ secret: process.env.JWT_SECRET }))
  .derive(async ({ jwt, bearer, status, set }) => {
    const claims = await jwt.verify(bearer);
    if (!claims) {
      set.headers['www-authenticate'] = 'Bearer';
      throw status(401, 'Invalid token');
    }
    return { claims };
  });
`,
            },
          ],
        },
      ],
    },
    {
      name: 'reason phrase body follows the status',
      code: `import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

export const app = new Elysia()
  .use(jwt({ secret: process.env.JWT_SECRET }))
  .derive(async ({ jwt, bearer, status }) => {
    const claims = await jwt.verify(bearer);
    if (!claims) {
      throw status(403, 'Forbidden');
    }
    return { claims };
  });
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 9,
          column: 13,
          endLine: 9,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

export const app = new Elysia()
  .use(jwt({ secret: process.env.JWT_SECRET }))
  .derive(async ({ jwt, bearer, status, set }) => {
    const claims = await jwt.verify(bearer);
    if (!claims) {
      set.headers['www-authenticate'] = 'Bearer';
      throw status(401, 'Unauthorized');
    }
    return { claims };
  });
`,
            },
          ],
        },
      ],
    },
    {
      name: 'mixed condition',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/admin', (ctx) => {
  if (!ctx.user || !ctx.user.isAdmin) {
    ctx.set.status = 403;
    return 'No';
  }
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenForMixedCondition',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('no-403-for-unauthenticated on Elysia (TypeScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: '403 for a missing scope',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/reports', async ({ jwt, bearer, status }) => {
  const claims = (await jwt.verify(bearer)) as { scopes: string[] };
  if (!claims.scopes.includes('reports:read')) {
    return status(403, 'Missing scope');
  }
  return [];
});
`,
    },
  ],
  invalid: [
    {
      name: 'body helper repeats the status and its phrase',
      code: `import { Elysia } from 'elysia';

const problem = (status: number, title: string) => ({ type: 'about:blank', title, status });

export const app = new Elysia().get('/x', () => [], {
  beforeHandle({ headers, set, status }) {
    if (!headers.authorization) {
      set.headers['content-type'] = 'application/problem+json';
      return status(403, problem(403, 'Forbidden'));
    }
  },
});
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 9,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { Elysia } from 'elysia';

const problem = (status: number, title: string) => ({ type: 'about:blank', title, status });

export const app = new Elysia().get('/x', () => [], {
  beforeHandle({ headers, set, status }) {
    if (!headers.authorization) {
      set.headers['content-type'] = 'application/problem+json';
      set.headers['www-authenticate'] = 'Bearer';
      return status(401, problem(401, 'Unauthorized'));
    }
  },
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'status(Forbidden) without a bearer',
      code: `import { Elysia } from 'elysia';
import { bearer } from '@elysiajs/bearer';

export const app = new Elysia().use(bearer()).get('/me', ({ bearer, status }) => {
  if (!bearer) {
    return status('Forbidden', { type: 'about:blank', title: 'Forbidden', status: 403 });
  }
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { Elysia } from 'elysia';
import { bearer } from '@elysiajs/bearer';

export const app = new Elysia().use(bearer()).get('/me', ({ bearer, status, set }) => {
  if (!bearer) {
    set.headers['www-authenticate'] = 'Bearer';
    return status('Unauthorized', { type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  return 'ok';
});
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('no-401-for-forbidden on Elysia (JavaScript)', no401ForForbidden, {
  valid: [
    {
      name: '401 without a token',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', ({ bearer, status }) => {
  if (!bearer) return status(401);
  return 'ok';
});
`,
    },
  ],
  invalid: [
    {
      name: 'status 401 for a role',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/admin', (ctx) => {
  if (!ctx.user) return ctx.status(401);
  if (!ctx.user.roles.includes('admin')) {
    return ctx.status('Unauthorized', 'Admins only');
  }
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/admin', (ctx) => {
  if (!ctx.user) return ctx.status(401);
  if (!ctx.user.roles.includes('admin')) {
    return ctx.status('Forbidden', 'Admins only');
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
      name: 'mixed condition',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/admin', (ctx) => {
  if (!ctx.user || !ctx.user.isAdmin) throw ctx.status(401);
  return 'ok';
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForMixedCondition',
          line: 4,
          column: 45,
          endLine: 4,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('no-401-for-forbidden on Elysia (TypeScript)', no401ForForbidden, {
  valid: [
    {
      name: '401 when verification fails',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/me', async ({ jwt, bearer, set }) => {
  const claims = await jwt.verify(bearer!);
  if (!claims) {
    set.headers['www-authenticate'] = 'Bearer error="invalid_token"';
    set.status = 401;
    return 'Invalid token';
  }
  return claims;
});
`,
    },
  ],
  invalid: [
    {
      name: 'set.status 401 for a scope',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/reports', async ({ jwt, bearer, set }) => {
  const claims = await jwt.verify(bearer);
  if (!claims) {
    set.status = 401;
    return 'Invalid token';
  }
  if (!claims.scopes.includes('reports:read')) {
    set.status = 401;
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
  return [];
});
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/reports', async ({ jwt, bearer, set }) => {
  const claims = await jwt.verify(bearer);
  if (!claims) {
    set.status = 401;
    return 'Invalid token';
  }
  if (!claims.scopes.includes('reports:read')) {
    set.status = 403;
    return { type: 'about:blank', title: 'Forbidden', status: 403 };
  }
  return [];
});
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('require-problem-details on Elysia (JavaScript)', requireProblemDetails, {
  valid: [
    {
      name: 'problem content type before status()',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ set, status }) => {
  set.headers['content-type'] = 'application/problem+json';
  return status(404, { type: 'about:blank', title: 'Not Found', status: 404 });
});
`,
    },
    {
      name: 'no body after set.status',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().delete('/x', ({ set }) => {
  set.status = 410;
});
`,
    },
    {
      name: 'unknown body',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ status, store }) => status(500, store.lastError));
`,
    },
  ],
  invalid: [
    {
      name: 'error object body',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ status }) => {
  return status(404, { message: 'No such report' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '404' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ status, set }) => {
  set.headers['content-type'] = 'application/problem+json';
  return status(404, { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such report' });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'problem body sent as JSON',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ set }) => {
  set.status = 404;
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ set }) => {
  set.status = 404;
  set.headers['content-type'] = 'application/problem+json';
  return { type: 'about:blank', title: 'Not Found', status: 404 };
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'response schema gets no fix',
      code: `import { Elysia, t } from 'elysia';

export const app = new Elysia().get(
  '/x',
  ({ set }) => {
    set.status = 404;
    return { type: 'about:blank', title: 'Not Found', status: 404 };
  },
  { response: { 404: t.Object({ title: t.String() }) } },
);
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 68,
          suggestions: [],
        },
      ],
    },
    {
      name: 'text body',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ status }) => {
  return status(503, 'Try again later');
});
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          data: { status: '503' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'status() without a body',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ status }) => status('Not Found'));
`,
      output: null,
      errors: [
        {
          messageId: 'frameworkTextBody',
          data: { status: '404' },
          line: 3,
          column: 59,
          endLine: 3,
          endColumn: 78,
          suggestions: [],
        },
      ],
    },
    {
      name: 'onError reads the caught status',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().onError(({ error, set }) => {
  set.status = error.status ?? 500;
  return { message: error.message };
});
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: 'error' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('require-problem-details on Elysia (TypeScript)', requireProblemDetails, {
  valid: [
    {
      name: 'problem content type by name',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ set }) => {
  set.headers['content-type'] = 'application/problem+json';
  set.status = 'Not Found';
  return { type: 'about:blank', title: 'Not Found', status: 404 } as const;
});
`,
    },
  ],
  invalid: [
    {
      name: 'explicit JSON content type',
      code: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ set, status }) => {
  set.headers['content-type'] = 'application/json';
  return status(409, { type: 'about:blank', title: 'Conflict', status: 409 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { Elysia } from 'elysia';

export const app = new Elysia().get('/x', ({ set, status }) => {
  set.headers['content-type'] = 'application/problem+json';
  return status(409, { type: 'about:blank', title: 'Conflict', status: 409 });
});
`,
            },
          ],
        },
      ],
    },
  ],
});
