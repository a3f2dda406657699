const fs = require('node:fs');
const path = require('node:path');
const express = require('express');

const router = express.Router();
const ROOT = path.resolve(__dirname, '../public-files');

router.get('/files/:name', (req, res) => {
  const file = path.join(ROOT, path.basename(req.params.name));
  fs.readFile(file, (err, data) => {
    if (err && err.code === 'ENOENT') {
      return res.status(404).type('application/problem+json').json({ title: 'Not Found', status: 404 });
    }
    if (err) {
      return res.status(500).send('Could not read the file'); // expect: require-problem-details
    }
    res.type('application/octet-stream').send(data);
  });
});

module.exports = router;
