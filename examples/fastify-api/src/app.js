import Fastify from 'fastify';
import sensible from '@fastify/sensible';
import fastifyJwt from '@fastify/jwt';
import authenticate from './plugins/authenticate.js';
import notes from './routes/notes.js';
import account from './routes/account.js';

const fastify = Fastify({ logger: true });

fastify.register(sensible);
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.register(authenticate);
fastify.register(notes, { prefix: '/notes' });
fastify.register(account, { prefix: '/account' });

fastify.setErrorHandler((error, request, reply) => {
  request.log.error({ err: error }, 'request failed');
  reply.code(error.statusCode ?? 500).send({ error: error.message });
});

await fastify.listen({ port: Number(process.env.PORT ?? 3000) });
