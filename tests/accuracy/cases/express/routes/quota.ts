import { Router } from 'express';
import { usageFor } from '../services/usage';

export const exportsRouter = Router();

exportsRouter.post('/exports', async (req, res) => {
  const usage = await usageFor(req.user.id);
  if (usage.exportsThisMonth >= usage.limit) {
    return res
      .status(403)
      .type('application/problem+json')
      .json({ type: 'https://example.com/problems/quota', title: 'Monthly export quota reached', status: 403 });
  }
  if (usage.inFlight > 3) {
    res.set('Retry-After', '30');
    return res.status(429).json({ error: 'Too many exports in progress' }); // expect: require-problem-details
  }
  res.status(202).json({ id: await usage.startExport() });
});
