const tickets = new Map([
  ['1', { id: '1', reporterId: 'u-100', title: 'Printer on fire', status: 'open' }],
  ['2', { id: '2', reporterId: 'u-200', title: 'VPN drops every hour', status: 'closed' }],
]);

export function findTicket(id) {
  return tickets.get(id);
}

export function removeTicket(id) {
  return tickets.delete(id);
}
