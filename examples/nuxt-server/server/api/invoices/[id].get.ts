import { findInvoice } from '../../utils/invoices';

/** Returns one invoice of the signed-in caller. */
export default defineEventHandler(async (event) => {
  const user = event.context.user;
  const invoice = await findInvoice(getRouterParam(event, 'id'));
  if (!invoice) {
    setResponseStatus(event, 404);
    return { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such invoice.' };
  }

  if (invoice.ownerId !== user.id) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'not your invoice' });
  }
  return invoice;
});
