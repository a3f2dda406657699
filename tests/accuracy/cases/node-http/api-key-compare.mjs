import { createServer } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

const expected = Buffer.from(process.env.METRICS_API_KEY ?? '');

createServer((req, res) => {
  const apiKey = Buffer.from(String(req.headers['x-api-key'] ?? ''));
  if (apiKey.length !== expected.length || !timingSafeEqual(apiKey, expected)) {
    res.writeHead(403, { 'Content-Type': 'text/plain' }); // expect: no-403-for-unauthenticated
    res.end('invalid api key'); // expect: require-problem-details
    return;
  }
  res.end('# metrics');
}).listen(9200);
