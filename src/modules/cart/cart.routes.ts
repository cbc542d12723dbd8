import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../app/deps.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { requireMarket } from '../catalog/catalog.present.ts';
import { addCartLine } from './add-cart-line.ts';
import { presentCart, ZCartSchema } from './cart.api.ts';
import { cartView, getCart, viewOfCart } from './get-cart.ts';
import { openCart } from './open-cart.ts';
import { removeCartLine, updateCartLine } from './update-cart-line.ts';

const cartId = z
  .string()
  .max(64)
  .openapi({
    param: { name: 'id', in: 'path' },
    description: 'The cart id (unguessable: it is the key to a guest cart)',
  });
const lineId = z.coerce
  .number()
  .int()
  .positive()
  .openapi({ param: { name: 'lineId', in: 'path' } });
const body = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});
const errors = {
  400: problemResponse('Invalid input, field by field'),
  404: problemResponse('No such cart (or not yours)'),
  409: problemResponse('The cart was already checked out'),
};

// Guest carts are public by design: the unguessable id is the credential; an account's cart
// is checked against the session in `cartFor`.
const tags = ['Cart'];
export const createCartRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'post',
  path: '/api/v1/carts',
  tags,
  summary: "Open a cart (a guest's, or the signed-in buyer's open cart for the market)",
  request: {
    body: body(
      z.strictObject({
        market: z.string().regex(/^[a-z]{2}-[a-z]{2}$/, 'must be a locale code like "fr-fr"'),
      }),
    ),
  },
  responses: { 201: json(ZCartSchema, 'The cart'), 400: errors[400] },
});
export const getCartRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/carts/{id}',
  tags,
  summary: 'A cart, each line checked against the offer as it is now',
  request: { params: z.object({ id: cartId }) },
  responses: { 200: json(ZCartSchema, 'The cart'), 404: errors[404] },
});
export const addLineRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'post',
  path: '/api/v1/carts/{id}/lines',
  tags,
  summary: 'Add an offer (quantity bounded by stock)',
  request: {
    params: z.object({ id: cartId }),
    body: body(
      z
        .object({
          offerId: z.number().int(),
          quantity: z.number().int().optional(),
          insurance: z.boolean().optional(),
        })
        .openapi('AddCartLine'),
    ),
  },
  responses: { 201: json(ZCartSchema, 'The cart'), ...errors },
});
export const updateLineRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'patch',
  path: '/api/v1/carts/{id}/lines/{lineId}',
  tags,
  summary: "Change a line's quantity or insurance",
  request: {
    params: z.object({ id: cartId, lineId }),
    body: body(
      z
        .object({ quantity: z.number().int().optional(), insurance: z.boolean().optional() })
        .openapi('UpdateCartLine'),
    ),
  },
  responses: { 200: json(ZCartSchema, 'The cart'), ...errors },
});
export const removeLineRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'delete',
  path: '/api/v1/carts/{id}/lines/{lineId}',
  tags,
  summary: 'Remove a line',
  request: { params: z.object({ id: cartId, lineId }) },
  responses: { 200: json(ZCartSchema, 'The cart'), 404: errors[404], 409: errors[409] },
});

export function registerCartRoutes(app: App, deps: Deps): void {
  const view = async (
    c: { get: (k: 'actor') => import('../../platform/http/actor.ts').Actor | null },
    id: string,
  ) => presentCart(await getCart(deps.db, { cartId: id, actor: c.get('actor') ?? null }));

  app.openapi(createCartRoute, async (c) => {
    const market = requireMarket(c.req.valid('json').market);
    const { cart, opened } = await openCart(deps, { market: market.code, actor: c.get('actor') ?? null });
    // A cart opened now has no line: nothing more to read.
    return c.json(presentCart(opened ? cartView(cart, []) : await viewOfCart(deps.db, cart)), 201);
  });
  app.openapi(getCartRoute, async (c) => c.json(await view(c, c.req.valid('param').id), 200));
  app.openapi(addLineRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { cart, lines } = await addCartLine(deps, {
      cartId: id,
      actor: c.get('actor') ?? null,
      input: await c.req.json(),
    });
    return c.json(presentCart(cartView(cart, lines)), 201);
  });
  app.openapi(updateLineRoute, async (c) => {
    const { id, lineId: line } = c.req.valid('param');
    await updateCartLine(deps, {
      cartId: id,
      lineId: line,
      actor: c.get('actor') ?? null,
      input: await c.req.json(),
    });
    return c.json(await view(c, id), 200);
  });
  app.openapi(removeLineRoute, async (c) => {
    const { id, lineId: line } = c.req.valid('param');
    await removeCartLine(deps, { cartId: id, lineId: line, actor: c.get('actor') ?? null });
    return c.json(await view(c, id), 200);
  });
}
