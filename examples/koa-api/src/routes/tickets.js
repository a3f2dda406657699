import Router from '@koa/router';

import { findTicket, removeTicket } from '../data/tickets.js';

export const tickets = new Router({ prefix: '/tickets' });

tickets.get('/:id', async (ctx) => {
  const ticket = findTicket(ctx.params.id);
  if (!ticket) {
    // Faulty: problem details, but Koa sends them as application/json because nothing sets the type.
    ctx.status = 404;
    ctx.body = { type: 'about:blank', title: 'Not Found', status: 404, detail: `There is no ticket ${ctx.params.id}.` };
    return;
  }

  // Faulty: the caller is signed in but did not report this ticket, so a 401 only makes the client sign in again.
  if (ticket.reporterId !== ctx.state.user.sub) {
    ctx.throw(401, 'not your ticket');
  }
  ctx.body = ticket;
});

tickets.delete('/:id', async (ctx) => {
  const tokenAgeSeconds = Date.now() / 1000 - ctx.state.user.iat;
  if (tokenAgeSeconds > 300) {
    // Faulty: Koa's default error handler removes this header before it sends the 401.
    ctx.set('WWW-Authenticate', 'Bearer realm="helpdesk", error="invalid_token", error_description="sign in again"');
    ctx.throw(401, 'sign in again to delete tickets');
  }

  if (!ctx.state.user.roles.includes('agent')) {
    // Faulty: a plain-text error body.
    ctx.status = 403;
    ctx.body = 'Only agents can delete tickets';
    return;
  }

  removeTicket(ctx.params.id);
  ctx.status = 204;
});
