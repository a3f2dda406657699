import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import jwt from 'jsonwebtoken';

function handle(req: IncomingMessage, res: ServerResponse) {
  const token = req.headers.authorization?.replace('Bearer ', '');
  let claims: jwt.JwtPayload;
  try {
    claims = jwt.verify(token ?? '', process.env.JWT_SECRET!) as jwt.JwtPayload;
  } catch {
    res.statusCode = 403; // expect: no-403-for-unauthenticated
    res.end('Forbidden'); // expect: require-problem-details
    return;
  }
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ sub: claims.sub }));
}

createServer(handle).listen(4000);
