import { createServer } from 'node:http';

// Writes any status with a JSON body; the callers below pick the status.
function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

const routes = {
  'GET /health': (req, res) => send(res, 200, { ok: true }),
  'GET /version': (req, res) => send(res, 200, { version: process.env.APP_VERSION }),
};

createServer((req, res) => {
  const route = routes[`${req.method} ${req.url}`];
  if (!route) {
    res.writeHead(404, { 'Content-Type': 'application/problem+json' });
    res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
    return;
  }
  route(req, res);
}).listen(8081);
