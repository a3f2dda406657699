import no401ForForbidden from '../../src/rules/no-401-for-forbidden';
import no403ForUnauthenticated from '../../src/rules/no-403-for-unauthenticated';
import requireProblemDetails from '../../src/rules/require-problem-details';
import requireWwwAuthenticate from '../../src/rules/require-www-authenticate';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

/**
 * Runs the Next.js idioms against each core rule: App Router route handlers
 * (`NextResponse.json(body, { status })`, `new NextResponse(...)`,
 * `unauthorized()` and `forbidden()` of next/navigation), middleware, and
 * pages API routes, typed with `NextApiRequest`/`NextApiResponse` or untyped.
 * The filename of each case decides whether the adapter treats it as a route
 * handler, middleware or a pages API route.
 */

const javascript = createJavaScriptTester();
const typescript = createTypeScriptTester();

javascript.run('no-403-for-unauthenticated on Next.js (JavaScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: 'untyped pages route 403 for role',
      filename: 'pages/api/items.js',
      code: `import { getServerSession } from 'next-auth/next';

export default async function handler(req, res) {
  const session = await getServerSession(req, res);
  if (!session) return res.status(401).setHeader('WWW-Authenticate', 'Bearer').end();
  if (!session.user.isAdmin) return res.status(403).end();
  res.json({ ok: true });
}
`,
    },
  ],
  invalid: [
  ],
});

typescript.run('no-403-for-unauthenticated on Next.js (TypeScript)', no403ForUnauthenticated, {
  valid: [
    {
      name: 'next/navigation forbidden for role',
      filename: 'app/api/items/route.ts',
      code: `import { forbidden } from 'next/navigation';
import { auth } from '@/auth';

export async function DELETE() {
  const session = await auth();
  if (!session) return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  if (session.user.role !== 'admin') forbidden();
  return new Response(null, { status: 204 });
}
`,
    },
  ],
  invalid: [
    {
      name: 'route handler 403 without session',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';

export async function GET() {
  const session = await getServerSession();
  if (!session) {
    return NextResponse.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, { status: 403 });
  }
  return NextResponse.json(session.user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 90,
          endLine: 7,
          endColumn: 101,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';

export async function GET() {
  const session = await getServerSession();
  if (!session) {
    return NextResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.json(session.user);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'next/navigation forbidden without session',
      filename: 'app/api/items/route.ts',
      code: `import { forbidden } from 'next/navigation';
import { auth } from '@/auth';

export async function GET() {
  const session = await auth();
  if (!session) forbidden();
  return Response.json(session.user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 28,
        },
      ],
    },
    {
      name: 'middleware 403 without token',
      filename: 'middleware.ts',
      code: `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  const token = request.headers.get('authorization');
  if (!token) {
    return new NextResponse(null, { status: 403 });
  }
  return NextResponse.next();
}
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 7,
          column: 37,
          endLine: 7,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  const token = request.headers.get('authorization');
  if (!token) {
    return new NextResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.next();
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'pages route 403 without token',
      filename: 'pages/api/items.ts',
      code: `import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!req.headers.authorization) {
    return res.status(403).json({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }
  res.status(200).json({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!req.headers.authorization) {
    return res.setHeader('WWW-Authenticate', 'Bearer').status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.status(200).json({ ok: true });
}
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('no-401-for-forbidden on Next.js (JavaScript)', no401ForForbidden, {
  valid: [
    {
      name: 'untyped pages route 401 for missing session',
      filename: 'pages/api/items.js',
      code: `import { getServerSession } from 'next-auth/next';

export default async function handler(req, res) {
  const session = await getServerSession(req, res);
  if (!session) return res.status(401).end();
  res.json(session.user);
}
`,
    },
  ],
  invalid: [
  ],
});

typescript.run('no-401-for-forbidden on Next.js (TypeScript)', no401ForForbidden, {
  valid: [
  ],
  invalid: [
    {
      name: 'route handler 401 for role',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function DELETE() {
  const session = await auth();
  if (!session) return NextResponse.json(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  if (session.user.role !== 'admin') {
    return NextResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 });
  }
  return new NextResponse(null, { status: 204 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 8,
          column: 93,
          endLine: 8,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function DELETE() {
  const session = await auth();
  if (!session) return NextResponse.json(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  if (session.user.role !== 'admin') {
    return NextResponse.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, { status: 403 });
  }
  return new NextResponse(null, { status: 204 });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'next/navigation unauthorized for role',
      filename: 'app/api/items/route.ts',
      code: `import { unauthorized } from 'next/navigation';
import { auth } from '@/auth';

export async function DELETE() {
  const session = await auth();
  if (!session) unauthorized();
  if (!session.user.isAdmin) unauthorized();
  return new Response(null, { status: 204 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 7,
          column: 30,
          endLine: 7,
          endColumn: 44,
        },
      ],
    },
    {
      name: 'pages route 401 for role',
      filename: 'pages/api/items.ts',
      code: `import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res);
  if (!session) return res.status(401).end();
  if (session.user.role !== 'admin') return res.status(401).end();
  res.status(204).end();
}

declare function getServerSession(req: NextApiRequest, res: NextApiResponse): Promise<{ user: { role: string } } | null>;
`,
      output: null,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 56,
          endLine: 6,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res);
  if (!session) return res.status(401).end();
  if (session.user.role !== 'admin') return res.status(403).end();
  res.status(204).end();
}

declare function getServerSession(req: NextApiRequest, res: NextApiResponse): Promise<{ user: { role: string } } | null>;
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('require-www-authenticate on Next.js (JavaScript)', requireWwwAuthenticate, {
  valid: [
    {
      // Outside pages/api/ nothing shows that (req, res) serves HTTP, so a bare statusCode write is no site.
      name: 'statusCode assignment outside pages/api',
      filename: 'lib/respond.js',
      code: `export default function handler(req, res) {
  res.statusCode = 401;
  res.end();
}
`,
    },
  ],
  invalid: [
    {
      name: 'untyped pages route status json',
      filename: 'pages/api/items.js',
      code: `import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../lib/auth';

export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    res.status(401).json({ error: 'not signed in' });
    return;
  }
  res.json(session.user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../lib/auth';

export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    res.setHeader('WWW-Authenticate', 'Bearer').status(401).json({ error: 'not signed in' });
    return;
  }
  res.json(session.user);
}
`,
            },
          ],
        },
      ],
    },
    {
      // Next.js routes every file under pages/api/, so its (req, res) function is a handler without a status chain.
      name: 'untyped pages route statusCode assignment',
      filename: 'pages/api/me.js',
      code: `export default function handler(req, res) {
  if (!req.headers.authorization) {
    res.statusCode = 401;
    res.end();
    return;
  }
  res.end('ok');
}
`,
      output: `export default function handler(req, res) {
  if (!req.headers.authorization) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    res.statusCode = 401;
    res.end();
    return;
  }
  res.end('ok');
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
  ],
});

typescript.run('require-www-authenticate on Next.js (TypeScript)', requireWwwAuthenticate, {
  valid: [
    {
      name: 'route handler json 401 with headers',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function GET() {
  const session = await auth();
  if (!session) {
    return NextResponse.json(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.json(session.user);
}
`,
    },
    {
      name: 'middleware 401 with challenge',
      filename: 'middleware.ts',
      code: `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  if (!request.headers.get('authorization')) {
    return new NextResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="api"' } });
  }
  return NextResponse.next();
}
`,
    },
    {
      name: 'pages route with setHeader',
      filename: 'pages/api/items.ts',
      code: `import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!req.headers.authorization) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    return res.status(401).end();
  }
  res.status(200).json({ ok: true });
}
`,
    },
  ],
  invalid: [
    {
      name: 'route handler json 401',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function GET() {
  const session = await auth();
  if (!session) {
    return NextResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 });
  }
  return NextResponse.json(session.user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 7,
          column: 93,
          endLine: 7,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function GET() {
  const session = await auth();
  if (!session) {
    return NextResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.json(session.user);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'new NextResponse 401',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';

export async function GET(request: Request) {
  if (!request.headers.get('authorization')) {
    return new NextResponse(null, { status: 401 });
  }
  return NextResponse.json({ ok: true });
}
`,
      output: `import { NextResponse } from 'next/server';

export async function GET(request: Request) {
  if (!request.headers.get('authorization')) {
    return new NextResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.json({ ok: true });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 48,
        },
      ],
    },
    {
      name: 'next/navigation unauthorized',
      filename: 'app/api/items/route.ts',
      code: `import { unauthorized } from 'next/navigation';
import { auth } from '@/auth';

export async function GET() {
  const session = await auth();
  if (!session) unauthorized();
  return Response.json(session.user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'middleware json 401',
      filename: 'middleware.ts',
      code: `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  if (!request.headers.get('authorization')) {
    return NextResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 });
  }
  return NextResponse.next();
}
`,
      output: `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  if (!request.headers.get('authorization')) {
    return NextResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.next();
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 6,
          column: 93,
          endLine: 6,
          endColumn: 104,
        },
      ],
    },
    {
      name: 'middleware empty 401',
      filename: 'middleware.ts',
      code: `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  if (!request.cookies.get('session')) {
    return new NextResponse(null, { status: 401 });
  }
  return NextResponse.next();
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 6,
          column: 37,
          endLine: 6,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'addChallenge',
              output: `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  if (!request.cookies.get('session')) {
    return new NextResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.next();
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'pages route status json',
      filename: 'pages/api/items.ts',
      code: `import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!req.headers.authorization) {
    return res.status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.status(200).json({ ok: true });
}
`,
      output: `import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!req.headers.authorization) {
    return res.setHeader('WWW-Authenticate', 'Bearer').status(401).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  res.status(200).json({ ok: true });
}
`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
  ],
});

javascript.run('require-problem-details on Next.js (JavaScript)', requireProblemDetails, {
  valid: [
  ],
  invalid: [
    {
      name: 'untyped pages route problem without type',
      filename: 'pages/api/items.js',
      code: `export default function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).json({ type: 'about:blank', title: 'Method Not Allowed', status: 405 });
  }
  res.json({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 98,
        },
      ],
    },
  ],
});

typescript.run('require-problem-details on Next.js (TypeScript)', requireProblemDetails, {
  valid: [
    {
      name: 'route handler problem with type',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';

export async function GET() {
  return NextResponse.json(
    { type: 'about:blank', title: 'Not Found', status: 404 },
    { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
`,
    },
    {
      name: 'pages route problem with header',
      filename: 'pages/api/items.ts',
      code: `import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Content-Type', 'application/problem+json');
    return res.status(405).send(JSON.stringify({ type: 'about:blank', title: 'Method Not Allowed', status: 405 }));
  }
  res.status(200).json({ ok: true });
}
`,
    },
  ],
  invalid: [
    {
      name: 'route handler error object',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';

export async function GET(request: Request) {
  const item = await findItem(new URL(request.url).searchParams.get('id'));
  if (!item) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(item);
}

declare function findItem(id: string | null): Promise<object | undefined>;
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 5,
          column: 39,
          endLine: 5,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import { NextResponse } from 'next/server';

export async function GET(request: Request) {
  const item = await findItem(new URL(request.url).searchParams.get('id'));
  if (!item) return NextResponse.json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'not found' }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
  return NextResponse.json(item);
}

declare function findItem(id: string | null): Promise<object | undefined>;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'route handler problem without type',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';

export async function GET() {
  return NextResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'wrongContentType',
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { NextResponse } from 'next/server';

export async function GET() {
  return NextResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'middleware text body',
      filename: 'middleware.ts',
      code: `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/internal')) {
    return new NextResponse('not found', { status: 404 });
  }
  return NextResponse.next();
}
`,
      output: null,
      errors: [
        {
          messageId: 'textBody',
          line: 6,
          column: 29,
          endLine: 6,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'pages route error object',
      filename: 'pages/api/items.ts',
      code: `import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).json({ message: 'method not allowed' });
  }
  res.status(200).json({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'notProblemDetails',
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 66,
        },
      ],
    },
  ],
});
