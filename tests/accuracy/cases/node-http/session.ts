import { createServer } from 'node:http';

const sessions = new Map<string, { userId: string }>();

function parseCookies(header: string | undefined): Record<string, string> {
  return Object.fromEntries((header ?? '').split(';').map((part) => part.trim().split('=') as [string, string]));
}

createServer((req, res) => {
  const sessionToken = parseCookies(req.headers.cookie).session;
  if (!sessionToken || !sessions.has(sessionToken)) {
    res.writeHead(403); // expect: no-403-for-unauthenticated
    res.end();
    return;
  }
  res.end(`hello ${sessions.get(sessionToken)!.userId}`);
}).listen(8082);
