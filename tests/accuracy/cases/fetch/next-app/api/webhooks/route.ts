import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(request: Request) {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // The sender reads only the status of a webhook's response, so its body need not be problem details.
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }
  console.log('received', event.type);
  return new Response(null, { status: 200 });
}
