import Koa from 'koa';

import { authenticate } from './middleware/authenticate.js';
import { account } from './routes/account.js';
import { tickets } from './routes/tickets.js';

export const app = new Koa();

app.on('error', (err, ctx) => {
  if (!err.status || err.status >= 500) {
    console.error(`${ctx.method} ${ctx.path} failed`, err);
  }
});

// Handles validation errors here and rethrows every other error to Koa's
// default error handler.
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    if (err.name !== 'ValidationError') {
      throw err;
    }
    // Faulty: an ad-hoc error body instead of problem details.
    ctx.status = 422;
    ctx.body = { error: err.message, fields: err.fields };
  }
});

app.use(authenticate);
app.use(account.routes()).use(account.allowedMethods());
app.use(tickets.routes()).use(tickets.allowedMethods());

app.listen(Number(process.env.PORT ?? 3000));
