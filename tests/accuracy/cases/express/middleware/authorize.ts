import type { NextFunction, Request, Response } from 'express';

const PROBLEM_JSON = 'application/problem+json';

export const authorize =
  (...roles: string[]) =>
  (req: Request, res: Response, next: NextFunction) => {
    if (!req.user) {
      return res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="api"')
        .type(PROBLEM_JSON)
        .json({ type: 'about:blank', title: 'Unauthorized', status: 401 });
    }
    if (!roles.includes(req.user.role)) {
      return res.status(401).json({ message: 'Insufficient permissions' }); // expect: no-401-for-forbidden, require-problem-details
    }
    next();
  };
