import { createServer } from 'node:http';
import { pingDatabase } from './db';

createServer(async (req, res) => {
  if (req.url !== '/healthz') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const up = await pingDatabase();
  if (!up) {
    res.writeHead(503, { 'Content-Type': 'application/json' });
    // A health check: load balancers read only its status, so its body need not be problem details.
    res.end(JSON.stringify({ status: 'down', checks: { database: false } }));
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ status: 'up' }));
}).listen(8085);
