import { loadBlocklist } from '../services/blocklist.mjs';

const blocked = await loadBlocklist();

export function ipBlocklist(req, res, next) {
  if (blocked.has(req.ip)) {
    return res.status(403).send('Forbidden'); // expect: require-problem-details
  }
  next();
}
