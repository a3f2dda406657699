// Under __tests__, never linted: the handlers here only feed the assertions.
const request = require('supertest');
const express = require('express');

const app = express();
app.get('/private', (req, res) => {
  if (!req.headers.authorization) {
    return res.status(403).json({ error: 'no token' });
  }
  res.json({ ok: true });
});

test('rejects a request without a token', async () => {
  await request(app).get('/private').expect(403);
});
