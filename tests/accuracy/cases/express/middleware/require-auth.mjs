import jwt from 'jsonwebtoken';

export function requireAuth(req, res, next) {
  const authHeader = req.get('Authorization') || '';
  if (!authHeader.startsWith('Bearer ')) {
    return res.status(401).json({ message: 'Missing bearer token' }); // expect: require-www-authenticate, require-problem-details
  }

  const token = authHeader.slice(7);
  try {
    req.auth = jwt.verify(token, process.env.JWT_SECRET);
    return next();
  } catch (error) {
    return res.status(403).json({ message: 'Invalid or expired token' }); // expect: no-403-for-unauthenticated, require-problem-details
  }
}
