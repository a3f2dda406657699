import createError from 'http-errors';
import type { FastifyInstance } from 'fastify';

export async function authHook(fastify: FastifyInstance) {
  fastify.addHook('onRequest', async (request) => {
    if (!request.headers.authorization) {
      throw createError(401, 'Authorization header required'); // expect: require-www-authenticate
    }
  });
}
