/** An invoice as the routes return it. */
export interface Invoice {
  id: string;
  ownerId: string;
  total: number;
}

const invoices = new Map<string, Invoice>([
  ['inv-1', { id: 'inv-1', ownerId: 'user-1', total: 120 }],
  ['inv-2', { id: 'inv-2', ownerId: 'user-2', total: 80 }],
]);

export async function findInvoice(id: string | undefined): Promise<Invoice | undefined> {
  return id === undefined ? undefined : invoices.get(id);
}
