/**
 * The buyer's order page: the real status and what was refunded (defect 7), and on Reloop Pro
 * the receipt and invoice links that work (defect 1: they answered 404 under /pro/…).
 */
import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { linesOf } from '../../../test/orders.ts';
import { loadReceipt } from '../../modules/checkout/receipt.read-model.ts';
import { offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { refundOrderLine } from '../../modules/refunds/refund-order-line.ts';
import { refunds } from '../../modules/refunds/refunds.schema.ts';
import { settleRefund } from '../../modules/refunds/settle-refund.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { formatMoneyForDisplay } from '../../platform/money.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Actor = Awaited<ReturnType<typeof createActor>>;
const address = {
  name: 'Ada Lovelace',
  line1: '12 rue de Rivoli',
  postalCode: '75004',
  city: 'Paris',
  country: 'FR',
};
const card = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Ada Lovelace' };

describe.each(ENGINES)('order page on %s', (engine) => {
  let t: T;
  let offerIds: number[];
  let seq = 0;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    offerIds = (
      await t.deps.db
        .select({ id: offers.id })
        .from(offers)
        .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
        .innerJoin(sellers, eq(sellers.id, offers.sellerId))
        .where(and(gt(offers.quantity, 3), eq(offers.published, true), eq(sellers.country, 'FR')))
        .orderBy(asc(offers.id))
    ).map((r) => r.id);
  });
  afterAll(() => t.close());

  const session = async (a: Actor) => {
    const csrf = csrfPair(t.deps);
    return { cookie: `${await a.cookie()}; ${csrf.cookie}`, 'x-csrf-token': csrf.header };
  };
  const api = async (path: string, body: unknown, headers: Record<string, string>) => {
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.81', ...headers },
      body: JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any };
  };
  const get = async (path: string, a: Actor) =>
    t.app.request(path, { headers: { 'x-forwarded-for': '198.51.100.82', ...(await session(a)) } });
  const buy = async (a: Actor) => {
    const h = await session(a);
    const cart = (await api('/api/v1/carts', { market: 'fr-fr' }, h)).body.id as string;
    const added = await api(`/api/v1/carts/${cart}/lines`, { offerId: offerIds[seq++ % offerIds.length] }, h);
    expect(added.status, JSON.stringify(added.body)).toBeLessThan(300);
    const placed = await api(
      `/api/v1/carts/${cart}/checkout`,
      { shippingAddress: address, paymentMethod: 'card', card },
      { ...h, 'idempotency-key': `order-page-${engine}-${seq}` },
    );
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    return placed.body;
  };

  it('a fully cancelled order reads cancelled and refunded, with what was refunded, not "confirmed and paid"', async () => {
    const buyer = await createActor(t.deps, { email: `page-buyer-${engine}@example.com` });
    const placed = await buy(buyer);
    const [line] = await linesOf(t, placed.orders[0].id);
    const r = await refundOrderLine(t.deps, {
      orderLineId: line!.id,
      reason: 'Out of stock',
      actor: { operatorId: 1 },
    });
    const res = await get(`/fr-fr/orders/${placed.checkoutId}`, buyer);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).not.toContain('confirmée et payée');
    expect(page).not.toContain('Total à payer');
    expect(page).toContain('annulée et remboursée');
    // The line's refund and the service fee's, and the total given back.
    expect(page).toContain('Montant remboursé');
    expect(page).toContain('Frais de service remboursés');
    expect(page).toContain('Total payé');
    expect(page).toContain('Payé après remboursements');
    expect(page).toMatch(new RegExp(String(r.amountMinor / 100).replace('.', '[.,]')));
  });

  it('on Reloop Pro, the order page links a receipt and invoices that download', async () => {
    const pro = await createActor(t.deps, { email: `page-pro-${engine}@example.com`, buyerType: 'business' });
    const placed = await buy(pro);
    const res = await get(`/pro/fr-fr/orders/${placed.checkoutId}`, pro);
    expect(res.status).toBe(200);
    const links = [...(await res.text()).matchAll(/href="([^"]+\.pdf)"/g)].map((m) => m[1]!);
    expect(links.some((l) => l.endsWith('/receipt.pdf'))).toBe(true);
    expect(links.some((l) => /\/invoices\/\d+\.pdf$/.test(l))).toBe(true);
    for (const link of links) {
      expect(link.startsWith('/pro/fr-fr/')).toBe(true);
      const pdf = await get(link, pro);
      expect(pdf.status, link).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
    }
  });

  it('on Reloop Pro, the order page and the order list show every amount as paid, never converted "excl. VAT"', async () => {
    const pro = await createActor(t.deps, {
      email: `page-pro-amounts-${engine}@example.com`,
      buyerType: 'business',
    });
    const placed = await buy(pro);
    const receipt = (await loadReceipt(t.deps.db, placed.checkoutId))!;
    const paid = formatMoneyForDisplay(receipt.totalMinor, receipt.currency, 'fr-FR');
    const order = formatMoneyForDisplay(receipt.orders[0]!.totalMinor, receipt.currency, 'fr-FR');
    for (const path of [`/pro/fr-fr/orders/${placed.checkoutId}`, '/pro/fr-fr/account/orders']) {
      const res = await get(path, pro);
      expect(res.status, path).toBe(200);
      const page = await res.text();
      expect(page, path).not.toMatch(/€ HT/);
      expect(page, path).toContain(paid);
    }
    expect(await (await get(`/pro/fr-fr/orders/${placed.checkoutId}`, pro)).text()).toContain(order);
  });

  it('lists the credit note of a refund and, when the refund failed after succeeding, its cancellation', async () => {
    const buyer = await createActor(t.deps, { email: `page-cn-${engine}@example.com` });
    const placed = await buy(buyer);
    const [line] = await linesOf(t, placed.orders[0].id);
    const r = await refundOrderLine(t.deps, {
      orderLineId: line!.id,
      reason: 'Broken',
      actor: { operatorId: 1 },
    });
    const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    expect(row!.providerRef).toBeTruthy();
    expect(
      await settleRefund(t.deps, {
        refundRef: row!.providerRef!,
        outcome: 'failed',
        message: 'Card closed',
        source: 'provider_event',
      }),
    ).toBe('applied');
    const page = await (await get(`/fr-fr/orders/${placed.checkoutId}`, buyer)).text();
    const links = [...page.matchAll(/href="([^"]+\/credit-notes\/(CN[^"]+)\.pdf)"/g)];
    expect(links).toHaveLength(2);
    const [note, cancel] = links.map((m) => m[2]!);
    expect(page.toLowerCase()).toContain(`annulation de l’avoir ${note!.toLowerCase()}`);
    expect(cancel! > note!).toBe(true);
    for (const [, link] of links) {
      const pdf = await get(link!, buyer);
      expect(pdf.status, link).toBe(200);
    }
  });
});
