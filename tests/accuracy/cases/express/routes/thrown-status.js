const express = require('express');

const router = express.Router();

router.delete('/teams/:id', async (req, res, next) => {
  if (!req.user.isAdmin) {
    const err = new Error('Only admins can delete teams');
    err.statusCode = 401; // expect: no-401-for-forbidden
    throw err;
  }
  await req.services.teams.remove(req.params.id);
  res.status(204).end();
});

module.exports = router;
