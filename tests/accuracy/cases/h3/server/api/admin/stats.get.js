export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  if (user.role !== 'admin') {
    throw createError({ statusCode: 401, message: 'Admins only' }); // expect: no-401-for-forbidden
  }
  return { users: 12 };
});
