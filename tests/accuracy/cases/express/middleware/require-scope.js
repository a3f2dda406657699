// Runs after express-jwt, which fills req.auth with the token's claims.
const requireScope = (scope) => (req, res, next) => {
  const granted = (req.auth.scope || '').split(' ');
  if (!granted.includes(scope)) {
    res.set('WWW-Authenticate', `Bearer error="insufficient_scope", scope="${scope}"`);
    return res
      .status(403)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: `Requires the ${scope} scope` });
  }
  next();
};

module.exports = requireScope;
