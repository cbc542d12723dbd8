/**
 * What must hold in the database after a load test, a crash or a kill (bench/orders.ts,
 * bench/kill-test.ts, deploy/stack.test.ts): stock taken equals units in orders, every payment
 * has its orders and its ledger entry, no cart is paid twice, nothing is left half done.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { assembleDeps } from '../src/app/deps.ts';
import { DEMO_PLATFORM_IDENTITY, loadConfig } from '../src/config.ts';
import { releaseStalledPayments } from '../src/modules/checkout/cancel-unpaid-transfers.ts';
import { offerPrices, offers } from '../src/modules/offers/offers.schema.ts';
import { sellers } from '../src/modules/sellers/sellers.schema.ts';
import { systemClock } from '../src/platform/clock.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
import { createLogger } from '../src/platform/logger.ts';

/** Checkout refuses shipping to FR from outside the EU VAT area (GB, SE sellers in the dataset). */
export const EU_SELLER_COUNTRIES = ['FR', 'DE', 'NL', 'BE', 'ES', 'IT'];

/** Published offers with a French price from active EU sellers, set to `stock` units each. */
export async function stockOffers(d: Database, n: number, stock: number): Promise<number[]> {
  const rows = await d.db
    .select({ id: offers.id })
    .from(offers)
    .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
    .innerJoin(sellers, eq(sellers.id, offers.sellerId))
    .where(
      and(
        eq(offers.published, true),
        eq(sellers.status, 'active'),
        inArray(sellers.country, EU_SELLER_COUNTRIES),
      ),
    )
    .orderBy(offers.id)
    .limit(n);
  if (rows.length < n) {
    throw new Error(
      `Only ${rows.length} eligible offers for ${n} carts: lower --duration / --carts, or use tier M.`,
    );
  }
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 5_000) {
    await d.db
      .update(offers)
      .set({ quantity: stock })
      .where(inArray(offers.id, ids.slice(i, i + 5_000)));
  }
  return ids;
}

export type Baseline = { stock: Map<number, number>; lastLineId: number };

/** Every offer's stock and the last order line before a scenario, for the invariants after it. */
export async function baseline(d: Database): Promise<Baseline> {
  const stock = await d.rows<{ id: number; quantity: number }>(sql`SELECT id, quantity FROM offers`);
  const [last] = await d.rows<{ id: number }>(sql`SELECT coalesce(max(id), 0)::int AS id FROM order_lines`);
  return { stock: new Map(stock.map((r) => [r.id, r.quantity])), lastLineId: last!.id };
}

export type Check = { name: string; pass: boolean; detail: string };

export async function invariants(d: Database, base: Baseline): Promise<Check[]> {
  const now = new Map(
    (await d.rows<{ id: number; quantity: number }>(sql`SELECT id, quantity FROM offers`)).map((r) => [
      r.id,
      r.quantity,
    ]),
  );
  const held = new Map(
    (
      await d.rows<{ offerId: number; q: number }>(sql`
        SELECT offer_id AS "offerId", sum(quantity)::int AS q FROM order_lines
        WHERE id > ${base.lastLineId} AND state <> 7 GROUP BY offer_id`)
    ).map((r) => [r.offerId, r.q]),
  );
  const wrong = [...base.stock].filter(([id, before]) => before - (now.get(id) ?? 0) !== (held.get(id) ?? 0));
  const [neg] = await d.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM offers WHERE quantity < 0`);
  const [unposted] = await d.rows<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM payments p WHERE p.status = 'succeeded' AND NOT EXISTS (
      SELECT 1 FROM ledger_transactions t WHERE t.kind = 'payment_captured' AND t.reference = p.checkout_id::text)`);
  const unbalanced = await d.rows<{ currency: string; s: number }>(sql`
    SELECT currency, sum(amount_minor)::bigint AS s FROM ledger_postings GROUP BY currency HAVING sum(amount_minor) <> 0`);
  const processing = await d.rows<{ withRef: boolean; n: number }>(sql`
    SELECT provider_ref IS NOT NULL AS "withRef", count(*)::int AS n FROM payments WHERE status = 'processing' GROUP BY 1`);
  const stuck = processing.reduce((s, r) => s + r.n, 0);
  const [orphans] = await d.rows<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM payments p
    WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.checkout_id = p.checkout_id)`);
  const [paidTwice] = await d.rows<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM (
      SELECT c.cart_id FROM checkouts c JOIN payments p ON p.checkout_id = c.id
      WHERE p.status = 'succeeded' GROUP BY c.cart_id HAVING count(*) > 1) twice`);
  return [
    {
      name: '(a) stock taken = units in orders not released (every offer)',
      pass: wrong.length === 0,
      detail: wrong.length
        ? `${wrong.length} offers differ, e.g. ${wrong
            .slice(0, 3)
            .map(([id, b]) => `#${id}: ${b} → ${now.get(id)}, held ${held.get(id) ?? 0}`)
            .join('; ')}`
        : `${base.stock.size.toLocaleString('en-US')} offers, ${[...held.values()].reduce((a, b) => a + b, 0).toLocaleString('en-US')} units held by orders`,
    },
    { name: 'no negative stock', pass: neg!.n === 0, detail: `${neg!.n} offers below 0` },
    {
      name: "(b) every 'succeeded' payment has its payment_captured ledger entry",
      pass: unposted!.n === 0,
      detail: `${unposted!.n} without`,
    },
    {
      name: '(c) ledger postings sum to 0 per currency',
      pass: unbalanced.length === 0,
      detail: unbalanced.length ? unbalanced.map((u) => `${u.currency} ${u.s}`).join(', ') : 'balanced',
    },
    {
      name: "(d) no payment left 'processing'",
      pass: stuck === 0,
      detail: processing.length
        ? processing.map((r) => `${r.n} ${r.withRef ? 'with' : 'without'} a provider ref`).join(', ')
        : 'none',
    },
    { name: '(e) no payment without its orders', pass: orphans!.n === 0, detail: `${orphans!.n} without` },
    {
      name: '(f) no cart paid twice (retries with the same or another key)',
      pass: paidTwice!.n === 0,
      detail: `${paidTwice!.n} carts with two succeeded payments`,
    },
  ];
}

/**
 * The app's crash recovery, at once rather than after its 15 minutes: payments a killed process
 * left 'processing' (it died between committing the orders and recording the provider's answer)
 * are released, their stock put back. Returns how many were 'processing' and how many released.
 */
export async function recoverStalledPayments(url: string): Promise<{ processing: number; released: number }> {
  const secret = 'recovery-only-secret-recovery-only-0123';
  const config = loadConfig({
    ...DEMO_PLATFORM_IDENTITY,
    NODE_ENV: 'production',
    BENCHMARK: 'true',
    SESSION_SECRET: secret,
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
  });
  const database = await openDatabase({ databaseUrl: url, dataDir: '', poolSize: 2 });
  const deps = assembleDeps({ config, database, clock: systemClock, logger: createLogger('warn'), secret });
  try {
    const [p] = await database.rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM payments WHERE status = 'processing'`,
    );
    let released = 0;
    for (;;) {
      const r = await releaseStalledPayments(deps, 0); // 500 per call
      released += r.released;
      if (r.released === 0) break;
    }
    return { processing: p!.n, released };
  } finally {
    await deps.cacheBus?.close();
    await database.close();
  }
}
