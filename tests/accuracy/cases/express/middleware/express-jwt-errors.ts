import express, { type NextFunction, type Request, type Response } from 'express';
import { expressjwt } from 'express-jwt';

const app = express();

app.use('/api', expressjwt({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'] }));

app.use((err: Error, req: Request, res: Response, next: NextFunction) => {
  if (err.name === 'UnauthorizedError') {
    res.status(403).json({ error: 'Token rejected' }); // expect: no-403-for-unauthenticated, require-problem-details
    return;
  }
  next(err);
});

export default app;
