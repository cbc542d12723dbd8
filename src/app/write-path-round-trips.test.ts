import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { logStatements, type StatementLog } from '../../test/statement-log.ts';
import { offerPrices, offers } from '../modules/offers/offers.schema.ts';

/**
 * The buying path's round trips to the database, pinned (issue 17: each statement costs a round
 * trip, and under load the writes were bound by them). A change that adds one fails here: find a
 * way without it, or raise the number with the reason in the commit. Rate limits are off (their
 * store may be Redis), so these are the use cases' own statements.
 */
describe.each(ENGINES)('round trips of the buying path on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let log: StatementLog;
  let offerIds: number[];
  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 12, sellers: 4, offers: 80 },
      { RATE_LIMIT_WRITES_PER_MIN: '0', RATE_LIMIT_ANON_PER_MIN: '0', RATE_LIMIT_AUTH_PER_15_MIN: '0' },
    );
    offerIds = (
      await t.deps.db
        .select({ id: offers.id })
        .from(offers)
        .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
        .where(and(gt(offers.quantity, 3), eq(offers.published, true)))
        .orderBy(asc(offers.id))
    ).map((r) => r.id);
    log = logStatements(t.database);
  });
  afterAll(() => t.close());

  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    log.take();
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const statements = log.take();
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any, statements };
  };
  /** The statements, one line each, for the failure message. */
  const listed = (statements: string[]) =>
    `\n${statements.map((s) => s.replace(/\s+/g, ' ').slice(0, 120)).join('\n')}`;
  const transactions = (statements: string[]) => statements.filter((s) => /^begin$/i.test(s)).length;
  const checkout = (cartId: string, key: string) =>
    post(
      `/api/v1/carts/${cartId}/checkout`,
      {
        email: 'ada@example.com',
        shippingAddress: { name: 'Ada L', line1: '1 rue', postalCode: '75001', city: 'Paris', country: 'FR' },
        paymentMethod: 'card',
        card: { number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123', holder: 'Ada L' },
      },
      { 'idempotency-key': key },
    );

  it('opens a cart in one statement, adds a line in two without a transaction, shows it in one', async () => {
    const cart = await post('/api/v1/carts', { market: 'fr-fr' });
    expect(cart.status).toBe(201);
    expect(cart.statements, listed(cart.statements)).toHaveLength(1);

    const line = await post(`/api/v1/carts/${cart.body.id}/lines`, { offerId: offerIds[0], quantity: 1 });
    expect(line.status).toBe(201);
    expect(line.body.lines).toHaveLength(1);
    // The cart with its lines and the offer; the line written while the cart is open.
    expect(line.statements, listed(line.statements)).toHaveLength(2);
    expect(transactions(line.statements)).toBe(0);

    const more = await post(`/api/v1/carts/${cart.body.id}/lines`, { offerId: offerIds[0], quantity: 2 });
    expect(more.status).toBe(201);
    expect(more.body.lines.map((l: { quantity: number }) => l.quantity)).toEqual([3]);
    expect(more.statements, listed(more.statements)).toHaveLength(2);

    const other = await post(`/api/v1/carts/${cart.body.id}/lines`, { offerId: offerIds[2] });
    expect(other.statements, listed(other.statements)).toHaveLength(2);
    // What the answer shows without reading again is what the cart holds.
    log.take();
    const shown = await t.app.request(`/api/v1/carts/${cart.body.id}`);
    expect(log.take()).toHaveLength(1);
    expect(await shown.json()).toEqual(other.body);
  });

  it('places and captures a one-seller card checkout in 19 statements, and replays it in 3', async () => {
    const cart = (await post('/api/v1/carts', { market: 'fr-fr' })).body.id as string;
    await post(`/api/v1/carts/${cart}/lines`, { offerId: offerIds[1], quantity: 1 });

    const placed = await checkout(cart, 'round-trips-1');
    expect(placed.status).toBe(201);
    expect(placed.body.payment.status).toBe('succeeded');
    // 2 reads (the cart with its lines, offers and sellers; the commission plans); the placing
    // transaction (checkout, cart closed, stock, orders with their lines, payment: 7 with BEGIN
    // and COMMIT); the capture's (payment, orders with lines, lines moved, invoice number with
    // the order, webhooks, ledger, the sellers' teams, every email in one insert: 10). The receipt
    // is built from what the capture wrote.
    expect(placed.statements, listed(placed.statements)).toHaveLength(19);
    expect(transactions(placed.statements)).toBe(2);

    const again = await checkout(cart, 'round-trips-1');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(placed.body);
    // The cart, the checkout of this key, its receipt.
    expect(again.statements, listed(again.statements)).toHaveLength(3);
  });
});
