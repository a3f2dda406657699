import { Router } from 'express';

export const admin = Router();

const PROBLEM_JSON = 'application/problem+json';

// Correct: 401 with a challenge when there is no identity, 403 when the identity
// lacks the admin role, both as problem details.
admin.use((req, res, next) => {
  if (!req.user) {
    return res
      .status(401)
      .set('WWW-Authenticate', 'Bearer realm="invoices"')
      .type(PROBLEM_JSON)
      .json({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Send a bearer token to use the admin API.',
      });
  }

  if (!req.user.roles.includes('admin')) {
    return res.status(403).type(PROBLEM_JSON).json({
      type: 'https://example.com/problems/admin-role-required',
      title: 'Admin role required',
      status: 403,
      detail: 'Your account does not have the admin role.',
    });
  }

  return next();
});

admin.get('/stats', (req, res) => {
  res.json({ invoices: 2, customers: 2 });
});
