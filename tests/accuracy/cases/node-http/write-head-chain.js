const http = require('node:http');

http
  .createServer((req, res) => {
    if (!req.headers.cookie || !req.headers.cookie.includes('session=')) {
      res.writeHead(401, 'Login Required', { 'Content-Type': 'text/plain' }).end('Please log in'); // expect: require-www-authenticate, require-problem-details
      return;
    }
    res.end('private');
  })
  .listen(8084);
