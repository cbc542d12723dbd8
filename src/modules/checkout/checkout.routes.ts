import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { access, PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { buyerCheckoutOfOrder, buyerCheckouts } from './buyer-orders.ts';
import { presentCheckout, presentOrders, ZCheckoutResultSchema, ZOrderSchema } from './checkout.api.ts';
import { handlePaymentEvent } from './handle-payment-event.ts';
import { placeOrder } from './place-order.ts';

const BUYER = access({ kind: 'buyer' });
const tags = ['Checkout'];

export const checkoutRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'post',
  path: '/api/v1/carts/{id}/checkout',
  tags,
  summary: 'Place the orders of a cart (one per seller) and start the payment',
  description:
    'Atomic and idempotent: send an `Idempotency-Key` header; a retried request with the same key and body returns the same orders (200), with another body 422 `IDEMPOTENCY_KEY_REUSED`. A cart becomes at most one checkout: another key for a cart already checked out (a second tab, a re-rendered page), even at the same moment, gets 409 `CART_ALREADY_CHECKED_OUT` with `errors` naming the checkout it became (`checkoutId`) and the page of its orders (`orders`); nothing is charged again. Stock sold out meanwhile: 409 `SOLD_OUT` naming the lines; a cart that changed since it was reviewed: 409 `CART_CHANGED`. Stock is reserved, prices and VAT frozen. The answer carries the payment status and its next action (a 3-D Secure challenge URL, or bank transfer instructions).',
  request: {
    params: z.object({
      id: z
        .string()
        .max(64)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
    headers: z.object({
      'idempotency-key': z.string().optional().openapi({ description: '8–100 characters' }),
    }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              email: z.string().optional(),
              shippingAddress: z.record(z.string(), z.unknown()),
              billingAddress: z.record(z.string(), z.unknown()).optional(),
              shipping: z.array(z.object({ sellerId: z.number().int(), carrier: z.string() })).optional(),
              paymentMethod: z.enum(['card', 'bank_transfer']),
              card: z.record(z.string(), z.unknown()).optional(),
            })
            .openapi('CheckoutRequest'),
        },
      },
    },
  },
  responses: {
    201: json(ZCheckoutResultSchema, 'Orders placed'),
    200: json(ZCheckoutResultSchema, 'The same request again: the orders it placed'),
    400: problemResponse('Invalid input, field by field'),
    404: problemResponse('No such cart'),
    409: problemResponse(
      "CART_ALREADY_CHECKED_OUT (this cart already became a checkout: `errors` name its `checkoutId` and its `orders` page), SOLD_OUT (stock gone meanwhile), CART_CHANGED (price, stock, availability), or CONFLICT (the cart was merged into your account's cart)",
    ),
    422: problemResponse('IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was sent with another body'),
  },
});

export const listOrdersRoute = createRoute({
  middleware: [BUYER] as const,
  method: 'get',
  path: '/api/v1/orders',
  tags,
  summary: "The signed-in buyer's orders, newest first",
  responses: {
    200: json(z.object({ orders: z.array(ZOrderSchema) }), 'Orders'),
    401: problemResponse('Not signed in'),
  },
});

export const getOrderRoute = createRoute({
  middleware: [BUYER] as const,
  method: 'get',
  path: '/api/v1/orders/{id}',
  tags,
  summary: 'One of your orders, with its lines, VAT breakdown and state',
  request: {
    params: z.object({
      id: z.coerce
        .number()
        .int()
        .positive()
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: { 200: json(ZOrderSchema, 'The order'), 404: problemResponse('No such order of yours') },
});

export const webhookRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'post',
  path: '/api/v1/webhooks/payments/{provider}',
  tags: ['Payments'],
  summary: 'Payment provider events (signature verified; each event applied once)',
  description:
    'Events are matched to their payment by the provider reference, or by our payment id in the provider metadata (`reloop_payment_id`) when the reference was never recorded. Money arriving for a checkout already released restores its orders when the stock allows, otherwise it is refunded at once; the buyer is emailed either way.',
  request: {
    params: z.object({
      provider: z.enum(['sandbox', 'stripe']).openapi({ param: { name: 'provider', in: 'path' } }),
    }),
  },
  responses: {
    200: json(z.object({ result: z.string() }), 'Accepted (or already seen)'),
    400: problemResponse('Bad signature or payload'),
  },
});

export function registerCheckoutRoutes(app: App, deps: Deps): void {
  app.openapi(checkoutRoute, async (c) => {
    const placed = await placeOrder(deps, {
      cartId: c.req.valid('param').id,
      actor: c.get('actor') ?? null,
      idempotencyKey: c.req.header('idempotency-key'),
      input: await c.req.json(),
    });
    return c.json(presentCheckout(placed), placed.replayed ? 200 : 201);
  });
  app.openapi(listOrdersRoute, async (c) => {
    const receipts = await buyerCheckouts(deps.db, c.get('actor')!.userId);
    return c.json({ orders: receipts.flatMap(presentOrders) }, 200);
  });
  app.openapi(getOrderRoute, async (c) => {
    const id = c.req.valid('param').id;
    const r = await buyerCheckoutOfOrder(deps.db, c.get('actor')!.userId, id);
    const order = r ? presentOrders(r).find((o) => o.id === id) : undefined;
    if (!order) throw AppError.notFound('Order');
    return c.json(order, 200);
  });
  app.openapi(webhookRoute, async (c) => {
    if (c.req.valid('param').provider !== deps.payments.name) throw AppError.notFound('Payment provider');
    const event = deps.payments.parseWebhook(await c.req.text(), Object.fromEntries(c.req.raw.headers));
    const result = event ? await handlePaymentEvent(deps, event) : 'ignored';
    return c.json({ result }, 200);
  });
}
