// Cloudflare Worker in front of an internal API.
function safeCompare(a, b) {
  const encoder = new TextEncoder();
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  return left.byteLength === right.byteLength && crypto.subtle.timingSafeEqual(left, right);
}

export default {
  async fetch(request, env) {
    const apiKey = request.headers.get('x-api-key');
    if (!apiKey) {
      return new Response(null, { status: 403 }); // expect: no-403-for-unauthenticated
    }
    if (!safeCompare(apiKey, env.API_KEY)) {
      return Response.json({ error: 'invalid key' }, { status: 403 }); // expect: no-403-for-unauthenticated, require-problem-details
    }
    return fetch(new Request(env.UPSTREAM_URL + new URL(request.url).pathname, request));
  },
};
