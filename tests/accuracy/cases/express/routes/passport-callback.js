const express = require('express');
const passport = require('passport');

const router = express.Router();

router.get('/api/reports', (req, res, next) => {
  passport.authenticate('jwt', { session: false }, (err, user) => {
    if (err) return next(err);
    if (!user) {
      return res.status(403).json({ message: 'Authentication failed' }); // expect: no-403-for-unauthenticated, require-problem-details
    }
    req.user = user;
    return next();
  })(req, res, next);
});

module.exports = router;
