const invoicesById = new Map([
  ['inv_1001', { id: 'inv_1001', customerId: 'cus_17', total: 12000, currency: 'EUR' }],
  ['inv_1002', { id: 'inv_1002', customerId: 'cus_42', total: 4500, currency: 'EUR' }],
]);

/** Returns the invoice with the given id, or undefined when there is none. */
export async function findInvoice(id) {
  return invoicesById.get(id);
}
