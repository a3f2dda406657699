import type { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

const PROBLEM_JSON = 'application/problem+json';

export function verifyAccessToken(req: Request, res: Response, next: NextFunction) {
  const bearer = req.headers.authorization?.split(' ')[1];
  if (!bearer) {
    res.set('WWW-Authenticate', 'Bearer realm="api"');
    return res.status(401).type(PROBLEM_JSON).json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
  }
  try {
    res.locals.claims = jwt.verify(bearer, process.env.JWT_PUBLIC_KEY!);
    return next();
  } catch (err) {
    switch ((err as Error).name) {
      case 'TokenExpiredError':
        return res
          .status(401)
          .set('WWW-Authenticate', 'Bearer error="invalid_token", error_description="expired"')
          .type(PROBLEM_JSON)
          .json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Token expired' });
      case 'JsonWebTokenError':
        return res.status(403).type(PROBLEM_JSON).json({ type: 'about:blank', title: 'Forbidden', status: 403 }); // expect: no-403-for-unauthenticated
      default:
        return res.status(500).json({ error: 'Could not check the token' }); // expect: require-problem-details
    }
  }
}
