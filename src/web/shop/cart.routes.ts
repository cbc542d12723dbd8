import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Deps } from '../../app/deps.ts';
import { addCartLine } from '../../modules/cart/add-cart-line.ts';
import { findCart, findOpenCartOf } from '../../modules/cart/cart.store.ts';
import { type CartView, getCart } from '../../modules/cart/get-cart.ts';
import { mergeGuestCart, openCart } from '../../modules/cart/open-cart.ts';
import { removeCartLine, updateCartLine } from '../../modules/cart/update-cart-line.ts';
import { insuranceQuote } from '../../modules/pricing/insurance.rules.ts';
import { serviceFeeFor } from '../../modules/pricing/service-fee.rules.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import type { Market } from '../../platform/markets.ts';
import { type FormErrorPolicy, refusalFor } from '../ui/form-errors.ts';
import { formFields, requestContext } from '../ui/request-context.ts';
import { type CartTotals, cartPage } from './cart.pages.ts';
import { STOREFRONTS } from './catalog.routes.ts';

type C = Context<AppEnv>;
const guestCookie = (market: Market) => `rl_cart_${market.code.toLowerCase()}`;
/** The cart page has no fields: a refusal is one message at the top; an offer gone is one too. */
const CART_FORM: FormErrorPolicy = { alsoShow: ['NOT_FOUND'], messageOnly: true };

/** The cart this browser is using in this market: the account's, or the guest cart in the cookie. */
export async function currentCartId(
  deps: Deps,
  c: C,
  market: Market,
  create: boolean,
): Promise<string | null> {
  const actor = c.get('actor');
  if (actor) {
    const mine = await findOpenCartOf(deps.db, actor.userId, market.code);
    if (mine || !create) return mine?.id ?? null;
    return (await openCart(deps, { market: market.code, actor })).cartId;
  }
  const id = getCookie(c, guestCookie(market));
  const cart = id && /^[0-9a-f-]{36}$/.test(id) ? await findCart(deps.db, id) : undefined;
  if (cart && cart.status === 'open' && cart.userId === null) return cart.id;
  if (!create) return null;
  const { cartId } = await openCart(deps, { market: market.code, actor: null });
  setCookie(c, guestCookie(market), cartId, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.config.NODE_ENV === 'production',
    path: '/',
    maxAge: 30 * 86_400,
  });
  return cartId;
}

/** At sign-in: the guest cart of this browser joins the account's cart. */
export async function mergeCartAtSignIn(deps: Deps, c: C, market: Market, userId: number): Promise<void> {
  const id = getCookie(c, guestCookie(market));
  if (!id) return;
  await mergeGuestCart(deps, { guestCartId: id, userId });
  deleteCookie(c, guestCookie(market), { path: '/' });
}

export function cartTotals(market: Market, cart: CartView | null): CartTotals {
  if (!cart) return { itemsMinor: 0, insuranceMinor: 0, serviceFeeMinor: 0, totalMinor: 0 };
  const insuranceMinor = cart.lines
    .filter((l) => l.insurance && !l.offline)
    .reduce(
      (s, l) => s + (insuranceQuote(market.code, l.unitPriceMinor!)?.premiumMinor ?? 0) * l.buyableQuantity,
      0,
    );
  const serviceFeeMinor = serviceFeeFor(market.code, cart.itemsTotalMinor);
  return {
    itemsMinor: cart.itemsTotalMinor,
    insuranceMinor,
    serviceFeeMinor,
    totalMinor: cart.itemsTotalMinor + insuranceMinor + serviceFeeMinor,
  };
}

export function registerCartPages(app: App, deps: Deps): void {
  const show = async (c: C, message?: string, status = 200) => {
    const ctx = requestContext(c);
    const id = await currentCartId(deps, c, ctx.market, false);
    const cart = id ? await getCart(deps.db, { cartId: id, actor: c.get('actor') ?? null }) : null;
    return c.html(cartPage(ctx, cart, cartTotals(ctx.market, cart), message), status as 200);
  };
  const refused = async (c: C, e: unknown) => {
    const r = refusalFor(c, e, CART_FORM);
    if (!r) throw e;
    return show(c, r.message, r.status);
  };

  for (const M of STOREFRONTS) {
    app.get(`${M}/cart`, PUBLIC, (c) => show(c));

    app.post(`${M}/cart/add`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const v = await formFields(c);
      const cartId = (await currentCartId(deps, c, ctx.market, true))!;
      try {
        await addCartLine(deps, {
          cartId,
          actor: c.get('actor') ?? null,
          input: {
            offerId: Number(v.offerId),
            quantity: Number(v.quantity ?? 1),
            insurance: v.insurance === 'on',
          },
        });
      } catch (e) {
        return refused(c, e);
      }
      return c.redirect(`${ctx.base}/cart?added=1`, 303);
    });

    app.post(`${M}/cart/lines/:lineId{[0-9]+}`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const v = await formFields(c);
      const cartId = await currentCartId(deps, c, ctx.market, false);
      const lineId = Number(c.req.param('lineId'));
      const actor = c.get('actor') ?? null;
      try {
        if (!cartId) return show(c);
        if (v.action === 'remove') await removeCartLine(deps, { cartId, lineId, actor });
        else
          await updateCartLine(deps, {
            cartId,
            lineId,
            actor,
            input: { quantity: Number(v.quantity), insurance: v.insurance === 'on' },
          });
      } catch (e) {
        return refused(c, e);
      }
      return c.redirect(`${ctx.base}/cart`, 303);
    });
  }
}
