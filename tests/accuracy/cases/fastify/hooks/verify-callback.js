'use strict';

module.exports = async function (fastify) {
  fastify.addHook('preHandler', (request, reply, done) => {
    const token = (request.headers.authorization || '').replace(/^Bearer /, '');
    fastify.jwt.verify(token, (err, decoded) => {
      if (err) {
        reply.code(403).send({ error: err.message }); // expect: no-403-for-unauthenticated, require-problem-details
        return;
      }
      request.user = decoded;
      done();
    });
  });
};
