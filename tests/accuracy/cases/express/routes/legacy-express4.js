// Express 4 code that still uses the deprecated res.send(status) forms, to which
// Express 5 responds with 200. Only no-ineffective-status reports them.
var express = require('express');
var router = express.Router();

router.get('/legacy/profile', function (req, res) {
  if (!req.user) {
    return res.send(401); // expect: no-ineffective-status
  }
  if (!req.user.admin) {
    return res.json(403, { error: 'admins only' }); // expect: no-ineffective-status
  }
  res.json(req.user);
});

module.exports = router;
