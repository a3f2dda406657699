const express = require('express');
const Order = require('../models/order');

const router = express.Router();
const PROBLEM = 'application/problem+json';

router.get('/orders/export', async (req, res) => {
  if (!req.user || !req.user.isAdmin) {
    return res.status(403).type(PROBLEM).json({ type: 'about:blank', title: 'Forbidden', status: 403 }); // expect: no-403-for-unauthenticated
  }
  res.json(await Order.find());
});

router.post('/orders/:id/refund', async (req, res) => {
  if (!req.session.user || req.session.user.role !== 'manager') {
    return res.status(401).json({ message: 'Managers only' }); // expect: no-401-for-forbidden, require-problem-details
  }
  await Order.refund(req.params.id);
  res.status(202).end();
});

module.exports = router;
