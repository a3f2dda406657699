// Express 4 code that still uses the deprecated res.send(status) forms.
var express = require('express');
var router = express.Router();

router.get('/legacy/profile', function (req, res) {
  if (!req.user) {
    return res.send(401);
  }
  if (!req.user.admin) {
    return res.json(403, { error: 'admins only' });
  }
  res.json(req.user);
});

module.exports = router;
