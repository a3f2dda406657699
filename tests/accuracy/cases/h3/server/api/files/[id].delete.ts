export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const file = await useDb().files.find(getRouterParam(event, 'id'));
  if (!file) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }
  if (file.ownerId !== user.id) {
    throw createError({ statusCode: 403, statusMessage: 'Not your file' });
  }
  await useDb().files.remove(file.id);
  return null;
});
