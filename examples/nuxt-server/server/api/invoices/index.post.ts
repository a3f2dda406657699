/** Creates an invoice for the signed-in caller. */
export default defineEventHandler(async (event) => {
  const body = await readBody<{ total?: unknown }>(event);
  if (typeof body.total !== 'number') {
    setResponseStatus(event, 422);
    return { error: 'total must be a number' };
  }
  return { id: 'inv-3', ownerId: event.context.user.id, total: body.total };
});
