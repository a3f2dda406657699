'use strict';

module.exports = async function (fastify) {
  fastify.post('/uploads', async (request, reply) => {
    const usage = await fastify.usage.forAccount(request.user.accountId);
    if (usage.bytes > usage.quota) {
      return reply
        .code(429)
        .header('Retry-After', '3600')
        .type('application/problem+json')
        .send({ type: 'https://example.com/problems/quota', title: 'Storage quota exceeded', status: 429 });
    }
    if (request.user.plan === 'free') {
      return reply.code(402).send({ title: 'Payment Required', status: 402 }); // expect: require-problem-details
    }
    return fastify.uploads.create(request.body);
  });
};
