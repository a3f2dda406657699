'use strict';

module.exports = async function (fastify) {
  fastify.get('/inbox', (request, reply) => {
    if (!request.cookies.session) {
      reply.statusCode = 401; // expect: require-www-authenticate
      return reply.send('Unauthorized'); // expect: require-problem-details
    }
    reply.send(fastify.inbox.for(request.cookies.session));
  });
};
