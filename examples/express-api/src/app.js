import express from 'express';

import { authenticate } from './middleware/authenticate.js';
import { admin } from './routes/admin.js';
import { invoices } from './routes/invoices.js';
import { sessions } from './routes/sessions.js';

const app = express();
app.use(express.json());

app.get('/health', (req, res) => {
  res.json({ status: 'ok' });
});

app.use('/invoices', authenticate, invoices);
app.use('/admin', authenticate, admin);
app.use('/sessions', sessions);

// Error middleware: every error that a route passes to next() or throws ends up here.
// Faulty: the body is an ad-hoc { error } object sent as application/json, not problem details.
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.expose ? err.message : 'Internal Server Error' });
});

app.listen(Number(process.env.PORT ?? 3000));
