import { and, asc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';
import { businessProfiles } from '../accounts/accounts.schema.ts';
import { ledgerPostings } from '../ledger/ledger.schema.ts';
import { offerPrices, offers } from '../offers/offers.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { payments } from '../payments/payments.schema.ts';
import { sandboxEvent } from '../payments/sandbox-provider.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { cancelUnpaidTransfers } from './cancel-unpaid-transfers.ts';
import { checkouts } from './checkout.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const address = {
  name: 'Ada Lovelace',
  line1: '12 rue de Rivoli',
  postalCode: '75004',
  city: 'Paris',
  country: 'FR',
};
const card = (number: string) => ({
  number,
  expMonth: 12,
  expYear: 2030,
  cvc: '123',
  holder: 'Ada Lovelace',
});

describe.each(ENGINES)('checkout on %s', (engine) => {
  let t: T;
  let picks: Array<{ id: number; sellerId: number; quantity: number; vatType: string }>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    const rows = await t.deps.db
      .select({
        id: offers.id,
        sellerId: offers.sellerId,
        quantity: offers.quantity,
        vatType: offers.vatType,
      })
      .from(offers)
      .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
      .innerJoin(sellers, eq(sellers.id, offers.sellerId))
      .where(
        and(
          gt(offers.quantity, 3),
          eq(offers.published, true),
          inArray(sellers.country, ['FR', 'DE', 'NL', 'BE', 'ES', 'IT']),
        ),
      )
      .orderBy(asc(offers.id));
    picks = rows;
  });
  afterAll(() => t.close());

  const req = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.70', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any };
  };
  const twoSellerCart = async (skip = 0) => {
    const cart = (await req('POST', '/api/v1/carts', { market: 'fr-fr' })).body.id as string;
    const a = picks[skip]!;
    const b = picks.find((p, i) => i > skip && p.sellerId !== a.sellerId)!;
    await req('POST', `/api/v1/carts/${cart}/lines`, { offerId: a.id });
    await req('POST', `/api/v1/carts/${cart}/lines`, { offerId: b.id, quantity: 2 });
    return { cart, a, b };
  };
  const stockOf = async (id: number) =>
    (await t.deps.db.select({ q: offers.quantity }).from(offers).where(eq(offers.id, id)))[0]!.q;
  const ledgerSum = async () =>
    Number(
      (
        await t.deps.db
          .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
          .from(ledgerPostings)
      )[0]!.s,
    );

  it('buys from two sellers by card: one order per seller, stock reserved, paid, ledger balanced, receipt emailed', async () => {
    const { cart, a, b } = await twoSellerCart();
    const [stockA, stockB] = [await stockOf(a.id), await stockOf(b.id)];
    const body = {
      email: 'ada@example.com',
      shippingAddress: address,
      paymentMethod: 'card',
      card: card('4242424242424242'),
    };
    const placed = await req('POST', `/api/v1/carts/${cart}/checkout`, body, {
      'idempotency-key': 'order-key-0001',
    });
    expect(placed.status).toBe(201);
    expect(placed.body.orders).toHaveLength(2);
    expect(placed.body.payment.status).toBe('succeeded');
    expect(
      placed.body.orders.every(
        (o: { state: number; invoiceNumber: string }) =>
          o.state === 1 && /^S\d+-2026-\d{6}$/.test(o.invoiceNumber),
      ),
    ).toBe(true);
    const total = placed.body.orders.reduce(
      (s: number, o: { total: { amount: string } }) => s + Math.round(Number(o.total.amount) * 100),
      0,
    );
    expect(total + Math.round(Number(placed.body.serviceFee.amount) * 100)).toBe(
      Math.round(Number(placed.body.total.amount) * 100),
    );
    expect(await stockOf(a.id)).toBe(stockA - 1);
    expect(await stockOf(b.id)).toBe(stockB - 2);
    expect(await ledgerSum()).toBe(0);
    const [mail] = await listOutbox(t.deps.db, { to: 'ada@example.com', limit: 1 });
    expect(mail!.template).toBe('checkout.order-confirmation');
    // In the buyer's language (the French market's), amounts formatted the French way.
    expect(mail!.subject).toMatch(/^Votre commande Reloop est confirmée/);
    expect(mail!.textBody).toMatch(/Commande \d+ — vendue par/);
    expect(mail!.textBody).toMatch(/Total payé : [\d\s]+,\d{2}\s€/);

    // The same request again: the same orders, nothing new. Another body with that key: 422
    // IDEMPOTENCY_KEY_REUSED; another key for the checked-out cart: 409 CART_ALREADY_CHECKED_OUT
    // with the way to the orders it became.
    const again = await req('POST', `/api/v1/carts/${cart}/checkout`, body, {
      'idempotency-key': 'order-key-0001',
    });
    expect(again.status).toBe(200);
    expect(again.body.checkoutId).toBe(placed.body.checkoutId);
    expect(await stockOf(a.id)).toBe(stockA - 1);
    const other = await req(
      'POST',
      `/api/v1/carts/${cart}/checkout`,
      { ...body, email: 'eve@example.com' },
      { 'idempotency-key': 'order-key-0001' },
    );
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const checkedOut = await req('POST', `/api/v1/carts/${cart}/checkout`, body, {
      'idempotency-key': 'order-key-0002',
    });
    expect([checkedOut.status, checkedOut.body.code]).toEqual([409, 'CART_ALREADY_CHECKED_OUT']);
    expect(checkedOut.body.errors).toEqual([
      { field: 'checkoutId', message: placed.body.checkoutId },
      { field: 'orders', message: `http://reloop.test/fr-fr/orders/${placed.body.checkoutId}` },
    ]);
  });

  it('one cart becomes one checkout: three submissions at once with three keys charge once', async () => {
    const { cart } = await twoSellerCart(8);
    const body = {
      email: 'tabs@example.com',
      shippingAddress: address,
      paymentMethod: 'card',
      card: card('4242424242424242'),
    };
    const rs = await Promise.all(
      [1, 2, 3].map((n) =>
        req('POST', `/api/v1/carts/${cart}/checkout`, body, { 'idempotency-key': `tab-key-000${n}` }),
      ),
    );
    const placed = rs.filter((r) => r.status === 201);
    expect(placed).toHaveLength(1);
    const refused = rs.filter((r) => r.status !== 201);
    expect(refused.map((r) => [r.status, r.body.code])).toEqual([
      [409, 'CART_ALREADY_CHECKED_OUT'],
      [409, 'CART_ALREADY_CHECKED_OUT'],
    ]);
    for (const r of refused)
      expect(r.body.errors[0]).toEqual({ field: 'checkoutId', message: placed[0]!.body.checkoutId });
    const paid = await t.deps.db
      .select({ id: payments.id })
      .from(payments)
      .innerJoin(checkouts, eq(checkouts.id, payments.checkoutId))
      .where(eq(checkouts.cartId, cart));
    expect(paid).toHaveLength(1);
  });

  it('insured devices are priced through the insurance provider and get their policies once paid', async () => {
    const cart = (await req('POST', '/api/v1/carts', { market: 'fr-fr' })).body.id as string;
    const offer = picks[10]!;
    await req('POST', `/api/v1/carts/${cart}/lines`, { offerId: offer.id, quantity: 2, insurance: true });
    const placed = await req(
      'POST',
      `/api/v1/carts/${cart}/checkout`,
      {
        email: 'insured@example.com',
        shippingAddress: address,
        paymentMethod: 'card',
        card: card('4242424242424242'),
      },
      { 'idempotency-key': 'insured-0001' },
    );
    expect(placed.status).toBe(201);
    const insurance = Math.round(Number(placed.body.orders[0].insurance.amount) * 100);
    expect(insurance).toBeGreaterThan(0);
    expect(insurance % 2).toBe(0); // one premium per device
    const [mail] = await listOutbox(t.deps.db, { to: 'insured@example.com', limit: 1 });
    expect(mail!.textBody.match(/RLI-FR-[0-9A-F]{12}/g)).toHaveLength(2);
    expect(await ledgerSum()).toBe(0);
  });

  it('refuses bad input, stale prices and offline offers without changing anything', async () => {
    const { cart, a, b } = await twoSellerCart(2);
    const stock = await stockOf(a.id);
    const ok = {
      email: 'bob@example.com',
      shippingAddress: address,
      paymentMethod: 'card',
      card: card('4242424242424242'),
    };
    const cases: Array<[unknown, Record<string, string>, number, string]> = [
      [ok, {}, 400, 'Idempotency-Key'],
      [
        { ...ok, shippingAddress: { ...address, postalCode: '7500' } },
        { 'idempotency-key': 'bad-00001' },
        400,
        'shippingAddress.postalCode',
      ],
      [{ ...ok, paymentMethod: 'cash' }, { 'idempotency-key': 'bad-00002' }, 400, 'paymentMethod'],
      [{ ...ok, card: undefined }, { 'idempotency-key': 'bad-00003' }, 400, 'card'],
      [{ ...ok, tip: 5 }, { 'idempotency-key': 'bad-00004' }, 400, 'tip'],
      [{ ...ok, email: undefined }, { 'idempotency-key': 'bad-00005' }, 400, 'email'],
    ];
    for (const [body, headers, status, field] of cases) {
      const r = await req('POST', `/api/v1/carts/${cart}/checkout`, body, headers);
      expect(r.status, field).toBe(status);
      expect(r.body.code, field).toBe('INVALID_INPUT');
      expect(JSON.stringify(r.body.errors), field).toContain(field);
    }
    await t.deps.db
      .update(offerPrices)
      .set({ priceMinor: sql`${offerPrices.priceMinor} + 100` })
      .where(and(eq(offerPrices.offerId, b.id), eq(offerPrices.market, 'FR')));
    const stale = await req('POST', `/api/v1/carts/${cart}/checkout`, ok, {
      'idempotency-key': 'stale-0001',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CART_CHANGED');
    expect(stale.body.errors[0].message).toContain('price');
    await t.deps.db.update(offers).set({ published: false }).where(eq(offers.id, a.id));
    const offline = await req('POST', `/api/v1/carts/${cart}/checkout`, ok, {
      'idempotency-key': 'offline-0001',
    });
    expect(offline.status).toBe(409);
    expect(offline.body.code).toBe('CART_CHANGED');
    expect(JSON.stringify(offline.body.errors)).toContain('no longer available');
    await t.deps.db.update(offers).set({ published: true }).where(eq(offers.id, a.id));
    expect(await stockOf(a.id)).toBe(stock);
    expect((await req('GET', `/api/v1/carts/${cart}`)).body.status).toBe('open');
  });

  it('a declined card says so clearly, releases the stock and keeps the cart', async () => {
    const { cart, a } = await twoSellerCart(4);
    const stock = await stockOf(a.id);
    const r = await req(
      'POST',
      `/api/v1/carts/${cart}/checkout`,
      {
        email: 'carl@example.com',
        shippingAddress: address,
        paymentMethod: 'card',
        card: card('4000000000000002'),
      },
      { 'idempotency-key': 'declined-0001' },
    );
    expect(r.status).toBe(201);
    expect(r.body.payment.status).toBe('failed');
    expect(r.body.payment.failureMessage).toMatch(/declined.*No money was taken/i);
    expect(r.body.orders.every((o: { state: number }) => o.state === 8)).toBe(true);
    expect(await stockOf(a.id)).toBe(stock);
    const kept = (await req('GET', `/api/v1/carts/${cart}`)).body;
    expect(kept.status).toBe('open');
    expect(kept.lines).toHaveLength(2);
    expect(await ledgerSum()).toBe(0);
  });

  it('3-D Secure: pays once the challenge succeeds; the same webhook twice has one effect; a tampered one is refused', async () => {
    const { cart } = await twoSellerCart(6);
    const r = await req(
      'POST',
      `/api/v1/carts/${cart}/checkout`,
      {
        email: 'dora@example.com',
        shippingAddress: address,
        paymentMethod: 'card',
        card: card('4000002760003184'),
      },
      { 'idempotency-key': 'challenge-0001' },
    );
    expect(r.body.payment.status).toBe('requires_action');
    expect(String(r.body.payment.nextAction.url)).toContain('/sandbox/challenge/');
    const [pay] = await t.deps.db.select().from(payments).where(eq(payments.checkoutId, r.body.checkoutId));
    const secret = (t.deps.payments as unknown as { webhookSecret?: string }).webhookSecret;
    const ev = (
      t.deps.payments as unknown as {
        simulate: (type: string, ref: string, o: object) => { body: string; headers: Record<string, string> };
      }
    ).simulate('payment.succeeded', pay!.providerRef!, { amountMinor: pay!.amountMinor });
    const post = (body: string, headers: Record<string, string>) =>
      t.app.request('/api/v1/webhooks/payments/sandbox', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
      });
    const tampered = await post(ev.body.replace('payment.succeeded', 'payment.failed'), ev.headers);
    expect(tampered.status).toBe(400);
    expect(((await tampered.json()) as { code: string }).code).toBe('INVALID_INPUT');
    expect(await (await post(ev.body, ev.headers)).json()).toEqual({ result: 'applied' });
    expect(await (await post(ev.body, ev.headers)).json()).toEqual({ result: 'duplicate' });
    const states = await t.deps.db
      .select({ s: orders.state })
      .from(orders)
      .where(eq(orders.checkoutId, r.body.checkoutId));
    expect(states.map((s) => s.s)).toEqual([1, 1]);
    // A late failure for a paid payment changes nothing (out of order).
    const late = sandboxEvent('payment.failed', pay!.providerRef!, { secret: secret ?? 'x', clock: t.clock });
    await post(late.body, late.headers);
    expect((await t.deps.db.select().from(payments).where(eq(payments.id, pay!.id)))[0]!.status).toBe(
      'succeeded',
    );
    expect(await ledgerSum()).toBe(0);
  });

  it('a Pro buyer pays by bank transfer: the order waits, then is cancelled 48 h later and the stock released', async () => {
    const pro = await createActor(t.deps, { email: 'buyer@company.example', buyerType: 'business' });
    await t.deps.db
      .update(businessProfiles)
      .set({ vatNumber: 'DE136695976', vatVerifiedAt: t.clock.now(), country: 'DE' })
      .where(eq(businessProfiles.userId, pro.userId));
    const cookie = await pro.cookie();
    const { csrfPair } = await import('../../../test/actors.ts');
    const csrf = csrfPair(t.deps);
    const h = { cookie: `${cookie}; ${csrf.cookie}`, 'x-csrf-token': csrf.header };
    const cart = (await req('POST', '/api/v1/carts', { market: 'fr-fr' }, h)).body.id;
    const regular = picks.find((p) => p.vatType === 'REGULAR')!;
    await req('POST', `/api/v1/carts/${cart}/lines`, { offerId: regular.id }, h);
    const stock = await stockOf(regular.id);
    const deAddress = {
      name: 'Buyer GmbH',
      line1: 'Unter den Linden 1',
      postalCode: '10117',
      city: 'Berlin',
      country: 'DE',
    };
    const r = await req(
      'POST',
      `/api/v1/carts/${cart}/checkout`,
      { shippingAddress: deAddress, paymentMethod: 'bank_transfer' },
      { ...h, 'idempotency-key': 'transfer-0001' },
    );
    expect(r.status).toBe(201);
    expect(r.body.payment.status).toBe('awaiting_transfer');
    expect(r.body.payment.nextAction).toMatchObject({
      type: 'bank_transfer',
      iban: expect.stringMatching(/^FR76/),
    });
    expect(r.body.orders[0].state).toBe(10);
    const [line] = await t.deps.db
      .select()
      .from(orderLines)
      .where(eq(orderLines.orderId, r.body.orders[0].id));
    const [seller] = await t.deps.db
      .select({ country: sellers.country })
      .from(sellers)
      .where(eq(sellers.id, regular.sellerId));
    expect(line!.vatTreatment).toBe(seller!.country === 'DE' ? 'standard' : 'reverse_charge');
    expect(await stockOf(regular.id)).toBe(stock - 1);
    expect((await listOutbox(t.deps.db, { to: 'buyer@company.example', limit: 1 }))[0]!.template).toBe(
      'checkout.awaiting-transfer',
    );

    t.clock.advance(47 * 3_600_000);
    expect((await cancelUnpaidTransfers(t.deps)).cancelled).toBe(0);
    t.clock.advance(DAY_MS / 24 + 1);
    expect((await cancelUnpaidTransfers(t.deps)).cancelled).toBe(1);
    expect((await cancelUnpaidTransfers(t.deps)).cancelled).toBe(0);
    expect(await stockOf(regular.id)).toBe(stock);
    const [o] = await t.deps.db.select().from(orders).where(eq(orders.id, r.body.orders[0].id));
    expect(o!.state).toBe(8);
    expect((await listOutbox(t.deps.db, { to: 'buyer@company.example', limit: 1 }))[0]!.template).toBe(
      'checkout.cancelled-unpaid',
    );
    const mine = await req('GET', '/api/v1/orders', undefined, h);
    expect(mine.body.orders.map((x: { id: number }) => x.id)).toContain(r.body.orders[0].id);
    const someoneElses = await t.deps.db
      .select({ id: orders.id })
      .from(orders)
      .where(ne(orders.buyerUserId, pro.userId))
      .limit(1);
    if (someoneElses[0]) {
      const theirs = await req('GET', `/api/v1/orders/${someoneElses[0].id}`, undefined, h);
      expect([theirs.status, theirs.body.code]).toEqual([404, 'NOT_FOUND']);
    }
  });
});
