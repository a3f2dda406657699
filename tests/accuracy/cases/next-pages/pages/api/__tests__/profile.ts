// Under __tests__: never linted.
import { createMocks } from 'node-mocks-http';
import handler from '../profile';

test('profile requires a session', async () => {
  const { req, res } = createMocks({ method: 'GET' });
  const fake = (r: any, s: any) => (!r.session ? s.status(403).json({ error: 'none' }) : s.end());
  fake(req, res);
  await handler(req, res);
  expect(res._getStatusCode()).toBe(401);
});
