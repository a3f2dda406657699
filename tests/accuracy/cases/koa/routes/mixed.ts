import Router from '@koa/router';

export const reports = new Router();

reports.get('/reports/revenue', async (ctx) => {
  if (!ctx.state.user || !ctx.state.user.roles.includes('finance')) {
    ctx.throw(403); // expect: no-403-for-unauthenticated
  }
  ctx.body = await ctx.services.reports.revenue();
});
