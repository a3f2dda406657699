import { Router } from 'express';
import { StatusCodes } from 'http-status-codes';

const HTTP = { UNAUTHORIZED: 401, FORBIDDEN: 403 } as const;

enum ApiStatus {
  Unauthorized = 401,
  Forbidden = 403,
}

export const billing = Router();

billing.get('/billing/invoices', (req, res) => {
  if (!req.user) {
    return res.status(StatusCodes.FORBIDDEN).json({ error: 'Unauthenticated' }); // expect: no-403-for-unauthenticated, require-problem-details
  }
  if (!req.user.permissions.includes('billing:read')) {
    return res.status(HTTP.UNAUTHORIZED).json({ error: 'Missing permission billing:read' }); // expect: no-401-for-forbidden, require-problem-details
  }
  res.json([]);
});

billing.post('/billing/cards', (req, res) => {
  if (!req.headers.authorization) {
    return res.status(ApiStatus.Unauthorized).json({ error: 'Unauthenticated' }); // expect: require-www-authenticate, require-problem-details
  }
  if (req.user.role !== 'owner') {
    return res.status(ApiStatus.Forbidden).type('application/problem+json').json({ title: 'Only the owner can add cards', status: 403 }); // expect: valid-problem-details
  }
  res.status(201).end();
});
