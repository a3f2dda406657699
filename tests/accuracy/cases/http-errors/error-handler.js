const createError = require('http-errors');
const express = require('express');

const app = express();

app.use((req, res, next) => next(createError(404)));

app.use((err, req, res, next) => {
  const status = err.status || 500;
  if (status === 401) {
    res.set('WWW-Authenticate', 'Bearer realm="api"');
  }
  res
    .status(status)
    .type('application/problem+json')
    .json({ type: 'about:blank', title: err.expose ? err.message : 'Internal Server Error', status });
});

module.exports = app;
