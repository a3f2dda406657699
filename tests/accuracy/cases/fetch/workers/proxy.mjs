// Forwards requests to the origin and passes its answers through.
export default {
  async fetch(request, env) {
    const upstream = await fetch(env.ORIGIN + new URL(request.url).pathname, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    if (upstream.status === 401 || upstream.status === 403) {
      console.log('origin rejected credentials', upstream.status);
    }
    return new Response(upstream.body, { status: upstream.status, headers: upstream.headers });
  },
};
