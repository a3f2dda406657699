import { Router } from 'express';

import { findInvoice } from '../data/invoices.js';

export const invoices = Router();

invoices.get('/:id', async (req, res) => {
  const invoice = await findInvoice(req.params.id);
  if (!invoice) {
    // Faulty: the body is problem details, but res.json() labels it application/json.
    return res.status(404).json({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: `There is no invoice ${req.params.id}.`,
    });
  }

  if (invoice.customerId !== req.user.sub) {
    // Faulty: the caller is signed in but does not own the invoice. A 401 makes
    // clients discard a valid token and sign in again, so this is a 403.
    return res.status(401).json({ error: 'You cannot view this invoice' });
  }

  return res.json(invoice);
});

invoices.get('/:id/pdf', async (req, res) => {
  const invoice = await findInvoice(req.params.id);
  if (!invoice) {
    // Faulty: an Express 4 form. Express 5 responds with 200 and sends the number 404 as the body.
    return res.send(404);
  }

  return res.type('application/pdf').send(invoice.pdf);
});

invoices.post('/:id/refunds', async (req, res) => {
  const invoice = await findInvoice(req.params.id);
  if (invoice?.refunded) {
    // Faulty: the body was copied from the 400 above it in an older version. A
    // client that reads `status` from the body gets 400 while the response is 409.
    return res.status(409).type('application/problem+json').json({
      type: 'https://example.com/problems/already-refunded',
      title: 'Invoice already refunded',
      status: 400,
    });
  }

  return res.status(202).json({ refund: 'pending' });
});
