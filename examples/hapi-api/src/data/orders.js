// An in-memory order store.
const orders = new Map([['1', { id: '1', customerId: 'alice', total: 42 }]]);

export function findOrder(id) {
  return orders.get(id);
}
