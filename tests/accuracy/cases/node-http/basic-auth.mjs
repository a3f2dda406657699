import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { checkPassword, usersWithAccess } from './users.mjs';

createServer(async (req, res) => {
  const header = req.headers.authorization ?? '';
  const [scheme, encoded] = header.split(' ');
  if (scheme !== 'Basic' || !encoded) {
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="files", charset="UTF-8"' });
    return res.end();
  }
  const [name, password] = Buffer.from(encoded, 'base64').toString().split(':');
  const user = await checkPassword(name, password);
  if (!user) {
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="files", charset="UTF-8"' });
    return res.end();
  }
  if (!usersWithAccess(req.url).includes(user.name)) {
    res.writeHead(403);
    return res.end();
  }
  res.end(await readFile('.' + req.url));
}).listen(3000);
