import { Router } from 'express';
import { Invite } from '../models/invite';

export const invites = Router();

invites.post('/invites/accept', async (req, res) => {
  const inviteToken = String(req.query.invite ?? '');
  if (!inviteToken) {
    return res.status(400).type('application/problem+json').json({ title: 'Missing invitation', status: 400 }); // expect: valid-problem-details
  }
  const invite = await Invite.findByToken(inviteToken);
  if (!invite) {
    return res.status(403).json({ error: 'This invitation is no longer valid' }); // expect: require-problem-details
  }
  await invite.accept(req.user.id);
  res.status(204).end();
});
