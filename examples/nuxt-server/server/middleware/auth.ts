/** Authenticates every request to /api/invoices and /api/admin before its route runs. */
export default defineEventHandler(async (event) => {
  if (event.path.startsWith('/api/invoices') || event.path.startsWith('/api/admin')) {
    event.context.user = await authenticate(event);
  }
});
