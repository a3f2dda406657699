const https = require('node:https');

// Calls the billing service and maps its auth failures to errors.
function fetchInvoice(id, token) {
  return new Promise((resolve, reject) => {
    const req = https.get(`https://billing.internal/invoices/${id}`, { headers: { Authorization: `Bearer ${token}` } }, (res) => {
      if (res.statusCode === 401) {
        reject(new Error('billing token rejected'));
        res.resume();
        return;
      }
      if (res.statusCode === 403) {
        reject(new Error('no access to this invoice'));
        res.resume();
        return;
      }
      let raw = '';
      res.on('data', (chunk) => (raw += chunk));
      res.on('end', () => resolve(JSON.parse(raw)));
    });
    req.on('error', reject);
  });
}

module.exports = { fetchInvoice };
