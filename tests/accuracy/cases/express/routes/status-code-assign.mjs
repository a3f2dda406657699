import express from 'express';

const app = express();

app.get('/api/v1/keys', (req, res) => {
  if (typeof req.headers['x-api-key'] !== 'string') {
    res.statusCode = 403; // expect: no-403-for-unauthenticated
    return res.json({ error: 'The x-api-key header is required' }); // expect: require-problem-details
  }
  res.json({ keys: [] });
});

export default app;
