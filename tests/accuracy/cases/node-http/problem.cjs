const http = require('node:http');

const PROBLEM_JSON = 'application/problem+json';

http
  .createServer((req, res) => {
    if (!req.headers['x-api-key']) {
      res.setHeader('WWW-Authenticate', 'ApiKey realm="metrics"');
      res.writeHead(401, { 'Content-Type': PROBLEM_JSON });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }));
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
  })
  .listen(9100);
