const http = require('node:http');
const { verifyToken } = require('./tokens');

const server = http.createServer(async (req, res) => {
  if (!req.headers.authorization) {
    res.writeHead(401, { 'Content-Type': 'application/json' }); // expect: require-www-authenticate
    res.end(JSON.stringify({ error: 'Unauthorized' })); // expect: require-problem-details
    return;
  }
  const claims = await verifyToken(req.headers.authorization.slice(7));
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ hello: claims.sub }));
});

server.listen(8080);
