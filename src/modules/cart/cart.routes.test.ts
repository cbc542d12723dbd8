import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPrices, offers } from '../offers/offers.schema.ts';
import { cartLines } from './cart.schema.ts';
import { mergeGuestCart } from './open-cart.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('cart API on %s', (engine) => {
  let t: T;
  let stocked: Array<{ id: number; quantity: number; priceMinor: number }>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 3, offers: 60 });
    stocked = await t.deps.db
      .select({ id: offers.id, quantity: offers.quantity, priceMinor: offerPrices.priceMinor })
      .from(offers)
      .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
      .where(and(gt(offers.quantity, 2), eq(offers.published, true)))
      .orderBy(offers.id)
      .limit(4);
  });
  afterAll(() => t.close());

  const send = async (method: string, path: string, body?: unknown, cookie?: string) => {
    const res = await t.app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': '198.51.100.60',
        ...(cookie
          ? { cookie: `${cookie}; ${csrfPair(t.deps).cookie}`, 'x-csrf-token': csrfPair(t.deps).header }
          : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any };
  };

  it('a guest opens a cart, adds offers, and every bad input is refused field by field without a change', async () => {
    const created = await send('POST', '/api/v1/carts', { market: 'fr-fr' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const [a, b] = stocked;
    const added = await send('POST', `/api/v1/carts/${id}/lines`, { offerId: a!.id, quantity: 2 });
    expect(added.status).toBe(201);
    expect(added.body.lines).toHaveLength(1);
    expect(added.body.itemsTotal.amount).toBe(((a!.priceMinor * 2) / 100).toFixed(2));

    const bad = [
      [{ offerId: 999_999 }, 'offerId'],
      [{ offerId: b!.id, quantity: -1 }, 'quantity'],
      [{ offerId: b!.id, quantity: 0 }, 'quantity'],
      [{ offerId: b!.id, quantity: 1.5 }, 'quantity'],
      [{ offerId: b!.id, quantity: b!.quantity + 1 }, 'quantity'],
      [{ offerId: b!.id, colour: 'red' }, 'colour'],
      [{ offerId: 'x' }, 'offerId'],
    ] as const;
    for (const [input, field] of bad) {
      const r = await send('POST', `/api/v1/carts/${id}/lines`, input);
      expect(r.status, JSON.stringify(input)).toBe(400);
      expect(r.body.code, JSON.stringify(input)).toBe('INVALID_INPUT');
      expect(
        r.body.errors.map((e: { field: string }) => e.field),
        JSON.stringify(input),
      ).toContain(field);
    }
    expect(await t.deps.db.select().from(cartLines).where(eq(cartLines.cartId, id))).toHaveLength(1);

    const line = added.body.lines[0].id as number;
    expect(
      (await send('PATCH', `/api/v1/carts/${id}/lines/${line}`, { quantity: 1, insurance: true })).body
        .lines[0],
    ).toMatchObject({ quantity: 1, insurance: true });
    const empty = await send('PATCH', `/api/v1/carts/${id}/lines/${line}`, {});
    expect([empty.status, empty.body.code]).toEqual([400, 'INVALID_INPUT']);
    expect((await send('DELETE', `/api/v1/carts/${id}/lines/${line}`)).body.lines).toHaveLength(0);
    const gone = await send('DELETE', `/api/v1/carts/${id}/lines/${line}`);
    expect([gone.status, gone.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await send('GET', '/api/v1/carts/not-a-uuid')).status).toBe(404);
    const unknown = await send('GET', '/api/v1/carts/00000000-0000-4000-8000-000000000000');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('flags a price change and an offer gone offline, and leaves the offline line out of the total', async () => {
    const id = (await send('POST', '/api/v1/carts', { market: 'fr-fr' })).body.id;
    const [, , c, d] = stocked;
    await send('POST', `/api/v1/carts/${id}/lines`, { offerId: c!.id });
    await send('POST', `/api/v1/carts/${id}/lines`, { offerId: d!.id });
    await t.deps.db
      .update(offerPrices)
      .set({ priceMinor: c!.priceMinor + 500 })
      .where(and(eq(offerPrices.offerId, c!.id), eq(offerPrices.market, 'FR')));
    await t.deps.db.update(offers).set({ published: false }).where(eq(offers.id, d!.id));
    const cart = (await send('GET', `/api/v1/carts/${id}`)).body;
    const byOffer = new Map(cart.lines.map((l: { offerId: number }) => [l.offerId, l]));
    expect(byOffer.get(c!.id)).toMatchObject({ flags: { priceChanged: true, offline: false } });
    expect(byOffer.get(d!.id)).toMatchObject({ flags: { offline: true }, buyableQuantity: 0 });
    expect(cart.itemsTotal.amount).toBe(((c!.priceMinor + 500) / 100).toFixed(2));
    await t.deps.db.update(offers).set({ published: true }).where(eq(offers.id, d!.id));
    await t.deps.db
      .update(offerPrices)
      .set({ priceMinor: c!.priceMinor })
      .where(and(eq(offerPrices.offerId, c!.id), eq(offerPrices.market, 'FR')));
  });

  it("keeps a buyer's cart private and merges a guest cart into it at sign-in", async () => {
    const buyer = await createActor(t.deps, { email: 'cart-owner@example.com' });
    const other = await createActor(t.deps, { email: 'cart-snoop@example.com' });
    const mine = (await send('POST', '/api/v1/carts', { market: 'fr-fr' }, await buyer.cookie())).body.id;
    await send('POST', `/api/v1/carts/${mine}/lines`, { offerId: stocked[0]!.id }, await buyer.cookie());
    const snooped = await send('GET', `/api/v1/carts/${mine}`, undefined, await other.cookie());
    expect([snooped.status, snooped.body.code]).toEqual([404, 'NOT_FOUND']);
    // With the session cookie, a write without the CSRF token is refused (the cookie is ambient).
    const forged = await t.app.request(`/api/v1/carts/${mine}/lines`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await buyer.cookie() },
      body: JSON.stringify({ offerId: stocked[1]!.id }),
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { code: string }).code).toBe('FORBIDDEN');
    expect((await send('GET', `/api/v1/carts/${mine}`)).status).toBe(404);
    expect(
      (await send('POST', `/api/v1/carts/${mine}/lines`, { offerId: stocked[1]!.id }, await other.cookie()))
        .status,
    ).toBe(404);

    const guest = (await send('POST', '/api/v1/carts', { market: 'fr-fr' })).body.id;
    await send('POST', `/api/v1/carts/${guest}/lines`, { offerId: stocked[0]!.id });
    await send('POST', `/api/v1/carts/${guest}/lines`, { offerId: stocked[1]!.id });
    const merged = await mergeGuestCart(t.deps, { guestCartId: guest, userId: buyer.userId });
    expect(merged?.cartId).toBe(mine);
    const cart = (await send('GET', `/api/v1/carts/${mine}`, undefined, await buyer.cookie())).body;
    expect(cart.lines.map((l: { offerId: number; quantity: number }) => [l.offerId, l.quantity])).toEqual([
      [stocked[0]!.id, 2],
      [stocked[1]!.id, 1],
    ]);
    expect((await send('POST', `/api/v1/carts/${guest}/lines`, { offerId: stocked[2]!.id })).status).toBe(
      409,
    );
  });
});
