import { createServer } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

const PROBLEM_JSON = 'application/problem+json';

/** API keys of the report clients, comma-separated in REPORT_API_KEYS. */
const apiKeys = new Set((process.env.REPORT_API_KEYS ?? '').split(',').filter(Boolean));

/** The user:password pair that the metrics scraper sends with Basic authentication. */
const metricsCredentials = Buffer.from(`${process.env.METRICS_USER}:${process.env.METRICS_PASSWORD}`);

// Faulty: a missing or unknown API key gets 403, which means to the client
// that sending the request again with a key would not help. It should be a 401
// with a challenge. The body is also an ad-hoc { error } object, not problem
// details.
function handleReports(req, res) {
  const apiKey = req.headers['x-api-key'];
  if (!apiKey || !apiKeys.has(apiKey)) {
    res.writeHead(403, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: 'A valid API key is required' }));
    return;
  }

  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ reports: [] }));
}

// Correct: 401 with a Basic challenge (RFC 7617) and a problem details body.
function handleMetrics(req, res) {
  const [scheme, encoded] = (req.headers.authorization ?? '').split(' ');
  if (scheme !== 'Basic' || !encoded || !isMetricsUser(encoded)) {
    res.writeHead(401, {
      'Content-Type': PROBLEM_JSON,
      'WWW-Authenticate': 'Basic realm="metrics", charset="UTF-8"',
    });
    res.end(
      JSON.stringify({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Send the metrics credentials with Basic authentication.',
      }),
    );
    return;
  }

  res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
  res.end('reports_served_total 0\n');
}

function isMetricsUser(encoded) {
  const received = Buffer.from(encoded, 'base64');
  return received.length === metricsCredentials.length && timingSafeEqual(received, metricsCredentials);
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/v1/reports') {
    return handleReports(req, res);
  }
  if (pathname === '/metrics') {
    return handleMetrics(req, res);
  }

  res.writeHead(404, { 'Content-Type': PROBLEM_JSON });
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
});

server.listen(Number(process.env.PORT ?? 8080));
