const http = require('node:http');
const { sessionUser } = require('./session');

http
  .createServer(async (req, res) => {
    const user = await sessionUser(req);
    if (req.url.startsWith('/admin') && !user.roles.includes('admin')) {
      res.statusCode = 403;
      res.end(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403 })); // expect: require-problem-details
      return;
    }
    res.end('welcome');
  })
  .listen(8000);
