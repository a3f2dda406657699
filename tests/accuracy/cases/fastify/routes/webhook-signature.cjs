'use strict';

const crypto = require('node:crypto');

module.exports = async function (fastify) {
  fastify.post('/hooks/build', { config: { rawBody: true } }, async (request, reply) => {
    const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET).update(request.rawBody).digest('hex');
    if (request.headers['x-hub-signature-256'] !== `sha256=${expected}`) {
      // The sender reads only the status of a webhook's response, so its body need not be problem details.
      return reply.code(403).send({ error: 'Bad signature' });
    }
    await fastify.builds.enqueue(request.body);
    return reply.code(202).send();
  });
};
