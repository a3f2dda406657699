// A spec file next to the route: never linted.
import { NextResponse } from 'next/server';
import { GET } from './route';

vi.mock('@/lib/dal', () => ({ verifySession: async () => null }));

it('answers 401 without a session', async () => {
  const fallback = () => NextResponse.json({ error: 'no session' }, { status: 403 });
  const response = await GET().catch(fallback);
  expect(response.status).toBe(401);
});
