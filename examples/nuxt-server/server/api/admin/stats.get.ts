/** Returns invoice statistics to administrators. */
export default defineEventHandler((event) => {
  const user = event.context.user;
  if (!user.roles.includes('admin')) {
    setResponseStatus(event, 403);
    return 'Admins only';
  }
  return { invoices: 2, total: 200 };
});
