const http = require('node:http');
const { hitsFor, countryOf } = require('./limits');

http
  .createServer((req, res) => {
    if (countryOf(req.socket.remoteAddress) === 'XX') {
      res.writeHead(403, { 'Content-Type': 'text/plain' });
      res.end('Not available in your region'); // expect: require-problem-details
      return;
    }
    if (hitsFor(req.socket.remoteAddress) > 100) {
      res.writeHead(429, { 'Retry-After': '60' });
      res.end('Too Many Requests'); // expect: require-problem-details
      return;
    }
    res.end('ok');
  })
  .listen(8083);
