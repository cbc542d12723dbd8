import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { platformIdentity } from '../../config.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { loadReceipt } from '../../modules/checkout/receipt.read-model.ts';
import { parseCsv } from '../../modules/documents/csv.ts';
import { docFormat } from '../../modules/documents/doc-i18n.ts';
import { buyerDocumentLocale } from '../../modules/documents/document-locale.read-model.ts';
import { issuePlatformInvoice } from '../../modules/documents/issue-platform-invoice.ts';
import { safeText } from '../../modules/documents/pdf.ts';
import {
  platformInvoiceData,
  platformParty,
  renderPlatformInvoice,
} from '../../modules/documents/platform-invoice.ts';
import { renderReceipt } from '../../modules/documents/receipt.pdf.ts';
import { renderSellerInvoice } from '../../modules/documents/seller-invoice.pdf.ts';
import { loadSellerInvoice } from '../../modules/documents/seller-invoice.read-model.ts';
import { sellerStatement } from '../../modules/documents/seller-statement.ts';
import {
  ACCOUNTS,
  monthlyFee,
  payoutSent,
  refundIssued,
  sellerPayable,
} from '../../modules/ledger/ledger.rules.ts';
import { ledgerPostings } from '../../modules/ledger/ledger.schema.ts';
import { postLedgerEntry } from '../../modules/ledger/post-ledger-entry.ts';
import { offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { orders } from '../../modules/orders/orders.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { formatAmount } from '../../platform/money.ts';
import { registerBuyerDocumentRoutes } from './documents.routes.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Actor = Awaited<ReturnType<typeof createActor>>;
const address = {
  name: 'Ada Lovelace',
  line1: '12 rue de Rivoli',
  postalCode: '75004',
  city: 'Paris',
  country: 'FR',
};
/** A document's words as the PDF draws them (Intl's narrow no-break spaces become spaces). */
const inFrench = docFormat('fr-FR');
const tr = (...a: Parameters<typeof inFrench.t>) => safeText(inFrench.t(...a));
const euros = (minor: number) => safeText(inFrench.money(minor, 'EUR'));
const num = (minor: number) => safeText(inFrench.amount(minor, 'EUR'));
const card = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Ada Lovelace' };

describe.each(ENGINES)('documents on %s', (engine) => {
  let t: T;
  let sellerId: number;
  let otherSellerId: number;
  let buyer: Actor;
  let stranger: Actor;
  let member: Actor;
  let checkoutId: string;
  let placedOrders: Array<{ id: number; sellerId: number; invoiceNumber: string }>;
  let transferCheckout: { checkoutId: string; orderId: number };

  const session = async (a: Actor) => {
    const csrf = csrfPair(t.deps);
    return { cookie: `${await a.cookie()}; ${csrf.cookie}`, 'x-csrf-token': csrf.header };
  };
  const api = async (method: string, path: string, body: unknown, headers: Record<string, string>) => {
    const res = await t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.71', ...headers },
      body: JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any };
  };
  const get = async (path: string, a?: Actor) => {
    const res = await t.app.request(path, {
      headers: { 'x-forwarded-for': '198.51.100.72', ...(a ? await session(a) : {}) },
    });
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  };
  const buy = async (a: Actor, offerIds: number[], key: string, paymentMethod = 'card') => {
    const h = await session(a);
    const cart = (await api('POST', '/api/v1/carts', { market: 'fr-fr' }, h)).body.id as string;
    for (const offerId of offerIds) {
      const added = await api('POST', `/api/v1/carts/${cart}/lines`, { offerId }, h);
      expect(added.status, JSON.stringify(added.body)).toBeLessThan(300);
    }
    const placed = await api(
      'POST',
      `/api/v1/carts/${cart}/checkout`,
      { shippingAddress: address, paymentMethod, ...(paymentMethod === 'card' ? { card } : {}) },
      { ...h, 'idempotency-key': key },
    );
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    return placed.body;
  };
  const ledgerBalance = async (account: string) =>
    Number(
      (
        await t.deps.db
          .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
          .from(ledgerPostings)
          .where(and(eq(ledgerPostings.account, account), eq(ledgerPostings.currency, 'EUR')))
      )[0]!.s,
    );

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    if (!t.app.routes.some((r) => r.path.endsWith('/receipt.pdf')))
      registerBuyerDocumentRoutes(t.app, t.deps);
    const rows = await t.deps.db
      .select({ id: offers.id, sellerId: offers.sellerId, vatType: offers.vatType, country: sellers.country })
      .from(offers)
      .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
      .innerJoin(sellers, eq(sellers.id, offers.sellerId))
      .where(and(gt(offers.quantity, 3), eq(offers.published, true), eq(sellers.country, 'FR')))
      .orderBy(asc(offers.id));
    const both = rows.find(
      (r) =>
        rows.some((x) => x.sellerId === r.sellerId && x.vatType === 'REGULAR') &&
        rows.some((x) => x.sellerId === r.sellerId && x.vatType === 'MARGINAL'),
    )!;
    sellerId = both.sellerId;
    const regular = rows.find((r) => r.sellerId === sellerId && r.vatType === 'REGULAR')!;
    const marginal = rows.find((r) => r.sellerId === sellerId && r.vatType === 'MARGINAL')!;
    otherSellerId = (await t.deps.db.select({ id: sellers.id }).from(sellers).orderBy(asc(sellers.id))).find(
      (s) => s.id !== sellerId,
    )!.id;

    buyer = await createActor(t.deps, { email: 'doc-buyer@example.com' });
    stranger = await createActor(t.deps, { email: 'doc-stranger@example.com' });
    member = await createActor(t.deps, {
      email: 'doc-seller@example.com',
      sellers: [{ sellerId, role: 'staff' }],
    });

    const placed = await buy(buyer, [regular.id, marginal.id], 'docs-0001');
    checkoutId = placed.checkoutId;
    placedOrders = placed.orders.map((o: { id: number; invoiceNumber: string }) => ({ ...o, sellerId }));
    const transfer = await buy(buyer, [regular.id], 'docs-0002', 'bank_transfer');
    transferCheckout = { checkoutId: transfer.checkoutId, orderId: transfer.orders[0].id };
  });
  afterAll(() => t.close());

  it("the buyer downloads the checkout's receipt; another buyer gets 404, a visitor is sent to sign in", async () => {
    const { res, bytes } = await get(`/fr-fr/orders/${checkoutId}/receipt.pdf`, buyer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="reloop-receipt-${checkoutId}.pdf"`,
    );
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(1);
    const receipt = (await loadReceipt(t.deps.db, checkoutId))!;
    // The buyer chose no language: the receipt is in the French market's (issue 13).
    expect(await buyerDocumentLocale(t.deps.db, receipt)).toBe('fr-FR');
    const rendered = await renderReceipt(receipt, 'fr-FR');
    expect(Buffer.from(bytes).equals(Buffer.from(rendered.bytes))).toBe(true);
    expect(rendered.lines).toContain(`${tr('doc.receipt.totalPaid')} | ${euros(receipt.totalMinor)}`);
    expect(rendered.lines).toContain('Paiement : Carte bancaire — payé');
    for (const o of receipt.orders)
      expect(rendered.lines).toContain(tr('doc.receipt.sellerInvoice', { number: o.invoiceNumber! }));
    expect(rendered.lines).toContain('Régime particulier — Biens d’occasion');

    // A buyer who chose Swedish gets it in Swedish, from the French storefront too.
    await t.deps.db.update(users).set({ language: 'sv' }).where(eq(users.id, buyer.userId));
    const swedish = await get(`/fr-fr/orders/${checkoutId}/receipt.pdf`, buyer);
    await t.deps.db.update(users).set({ language: null }).where(eq(users.id, buyer.userId));
    const inSwedish = await renderReceipt(receipt, 'sv-FR');
    expect(Buffer.from(swedish.bytes).equals(Buffer.from(inSwedish.bytes))).toBe(true);
    expect(inSwedish.lines).toContain('Kvitto från Reloop');
    expect(inSwedish.lines).toContain('Vinstmarginalbeskattning för begagnade varor');

    expect((await get(`/fr-fr/orders/${checkoutId}/receipt.pdf`, stranger)).res.status).toBe(404);
    expect((await get('/fr-fr/orders/not-a-checkout/receipt.pdf', buyer)).res.status).toBe(404);
    const anon = (await get(`/fr-fr/orders/${checkoutId}/receipt.pdf`)).res;
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toContain('/fr-fr/sign-in?next=');
  });

  it("the buyer downloads each paid order's seller invoice, with the Art. 226 content", async () => {
    expect(placedOrders).toHaveLength(1);
    const order = placedOrders[0]!;
    expect(order.invoiceNumber).toMatch(new RegExp(`^S${sellerId}-2026-\\d{6}$`));
    const { res, bytes } = await get(`/fr-fr/orders/${checkoutId}/invoices/${order.id}.pdf`, buyer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="invoice-${order.invoiceNumber}.pdf"`,
    );
    const input = (await loadSellerInvoice(t.deps.db, order.id))!;
    const rendered = await renderSellerInvoice(input);
    expect(Buffer.from(bytes).equals(Buffer.from(rendered.bytes))).toBe(true);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(rendered.pageCount);

    const [seller] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    const text = rendered.lines.join('\n');
    // In the buyer's language (French: no language chosen, French market).
    expect(input.buyer.locale).toBe('fr-FR');
    expect(rendered.lines).toContain(tr('doc.invoice.number', { number: order.invoiceNumber }));
    expect(rendered.lines).toContain('Date d’émission : 21 novembre 2026');
    expect(text).toContain(`Émise par Reloop pour le compte de ${seller!.legalName}`);
    expect(text).toContain(tr('doc.supplier', { name: seller!.legalName }));
    if (seller!.vatNumber) expect(text).toContain(tr('doc.party.vatNumber', { number: seller!.vatNumber }));
    expect(text).toContain('Client : Ada Lovelace');
    expect(text).toContain('Régime particulier — Biens d’occasion');
    for (const v of input.order.vatBreakdown.filter((x) => x.treatment === 'standard'))
      expect(rendered.lines).toContain(
        `${safeText(inFrench.rate(v.rateBp))} | ${num(v.netMinor)} | ${num(v.vatMinor)}`,
      );
    const gross = input.order.vatBreakdown.reduce((a, v) => a + v.grossMinor, 0);
    expect(gross).toBe(input.order.itemsTotalMinor + input.order.shippingTotalMinor);
    expect(rendered.lines).toContain(`${tr('doc.total')} | ${euros(gross)}`);
    // The margin line shows its price and no rate.
    const marginLine = input.order.lines.find((l) => l.treatment === 'margin')!;
    const row = rendered.lines.find((l) => l.includes(`(réf. ${marginLine.sku})`))!;
    expect(row).toContain(`| ${tr('doc.vat.margin')} |`);
    expect(row).not.toContain('%');

    expect((await get(`/fr-fr/orders/${checkoutId}/invoices/${order.id}.pdf`, stranger)).res.status).toBe(
      404,
    );
    expect((await get(`/fr-fr/orders/${checkoutId}/invoices/999999.pdf`, buyer)).res.status).toBe(404);
    expect((await get(`/fr-fr/orders/${checkoutId}/invoices/${order.id}.txt`, buyer)).res.status).toBe(404);
    // An order of another checkout, through this checkout's path: 404.
    expect(
      (await get(`/fr-fr/orders/${checkoutId}/invoices/${transferCheckout.orderId}.pdf`, buyer)).res.status,
    ).toBe(404);
  });

  it('an unpaid order has no invoice yet; its receipt says what is to pay', async () => {
    const { checkoutId: id, orderId } = transferCheckout;
    expect((await get(`/fr-fr/orders/${id}/invoices/${orderId}.pdf`, buyer)).res.status).toBe(404);
    expect((await get(`/fr-fr/orders/${id}/receipt.pdf`, buyer)).res.status).toBe(200);
    const rendered = await renderReceipt((await loadReceipt(t.deps.db, id))!, 'fr-FR');
    expect(rendered.lines).toContain('Paiement : Virement bancaire — en attente de votre virement');
    expect(rendered.lines.some((l) => l.startsWith(`${tr('doc.receipt.totalToPay')} | `))).toBe(true);
    expect(rendered.lines).toContain(tr('doc.receipt.sellerInvoicePending'));
  });

  it("a seller's statement: sales, commission, refunds, payouts, fees; closing = ledger balance; CSV = rows", async () => {
    const [order] = await t.deps.db.select().from(orders).where(eq(orders.id, placedOrders[0]!.id));
    const goods = order!.itemsTotalMinor + order!.shippingTotalMinor;
    const now = t.clock.now();
    const refund = refundIssued({
      refundId: 'doc-refund-1',
      currency: 'EUR',
      sellerId,
      order: { goodsTotalMinor: goods, commissionMinor: order!.commissionMinor },
      goodsRefundMinor: Math.floor(goods / 2),
    });
    await postLedgerEntry(t.deps.db, refund, now);
    await postLedgerEntry(
      t.deps.db,
      payoutSent({ payoutId: 'doc-payout-1', sellerId, amountMinor: 1000, currency: 'EUR' }),
      now,
    );
    await postLedgerEntry(
      t.deps.db,
      monthlyFee({ sellerId, period: '2026-11', feeMinor: 2900, currency: 'EUR', vatRateBp: 2000 }),
      now,
    );

    const { res, bytes } = await get(
      `/seller/${sellerId}/statements.csv?from=2026-11-01&to=2026-11-30`,
      member,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="reloop-statement-S${sellerId}-2026-11-01-2026-11-30.csv"`,
    );
    const csv = parseCsv(new TextDecoder().decode(bytes));
    expect(csv[0]).toEqual(['date', 'kind', 'reference', 'description', 'currency', 'amount', 'balance']);
    const statement = (await sellerStatement(t.deps.db, { sellerId, from: '2026-11-01', to: '2026-11-30' }))!;
    expect(csv.slice(1)).toEqual(
      statement.rows.map((r) => [
        r.date.toISOString(),
        r.kind,
        r.reference,
        r.description,
        r.currency,
        formatAmount(r.amountMinor, r.currency),
        formatAmount(r.balanceMinor, r.currency),
      ]),
    );
    expect(new Set(statement.rows.map((r) => r.kind))).toEqual(
      new Set(['sale', 'commission', 'refund', 'payout', 'monthly_fee']),
    );
    expect(statement.rows.find((r) => r.kind === 'sale')!.amountMinor).toBe(goods);
    const eur = statement.balances.find((b) => b.currency === 'EUR')!;
    expect(eur.openingMinor).toBe(0);
    expect(eur.closingMinor).toBe(-(await ledgerBalance(sellerPayable(sellerId))));
    expect(eur.closingMinor).toBe(statement.rows.at(-1)!.balanceMinor);
    expect(eur.closingMinor).toBe(statement.rows.reduce((a, r) => a + r.amountMinor, 0));

    // A later period starts from that balance and has no rows.
    const later = (await sellerStatement(t.deps.db, { sellerId, from: '2026-12-01', to: '2026-12-31' }))!;
    expect(later.rows).toEqual([]);
    expect(later.balances).toEqual([
      { currency: 'EUR', openingMinor: eur.closingMinor, closingMinor: eur.closingMinor },
    ]);

    const pdf = await get(`/seller/${sellerId}/statements.pdf?from=2026-11-01&to=2026-11-30`, member);
    expect(pdf.res.status).toBe(200);
    expect(pdf.res.headers.get('content-type')).toBe('application/pdf');
    expect((await PDFDocument.load(pdf.bytes)).getPageCount()).toBeGreaterThanOrEqual(1);
  });

  it("a seller member cannot read another seller's documents; bad dates are refused", async () => {
    expect((await get(`/seller/${otherSellerId}/statements.csv`, member)).res.status).toBe(403);
    expect((await get(`/seller/${otherSellerId}/statements.pdf`, member)).res.status).toBe(403);
    expect((await get(`/seller/${otherSellerId}/platform-invoices/2026-10.pdf`, member)).res.status).toBe(
      403,
    );
    expect((await get(`/seller/${sellerId}/statements.csv`, buyer)).res.status).toBe(403);
    const bad = await get(`/seller/${sellerId}/statements.csv?from=2026-02-30`, member);
    expect(bad.res.status).toBe(400);
    expect(new TextDecoder().decode(bad.bytes)).toContain('&quot;from&quot; must be a date like');
    expect(
      (await get(`/seller/${sellerId}/statements.csv?from=2026-11-10&to=2026-11-01`, member)).res.status,
    ).toBe(400);
  });

  it('compliance reads any seller statement in the console; support cannot', async () => {
    const compliance = await createActor(t.deps, {
      email: 'doc-compliance@example.com',
      buyerType: null,
      operator: ['compliance'],
    });
    const support = await createActor(t.deps, {
      email: 'doc-support@example.com',
      buyerType: null,
      operator: ['support'],
    });
    const ok = await get(
      `/console/sellers/${sellerId}/statements.csv?from=2026-11-01&to=2026-11-30`,
      compliance,
    );
    expect(ok.res.status).toBe(200);
    expect(parseCsv(new TextDecoder().decode(ok.bytes)).length).toBeGreaterThan(1);
    expect((await get(`/console/sellers/${sellerId}/statements.csv`, support)).res.status).toBe(403);
    expect((await get('/console/sellers/999999/statements.csv', compliance)).res.status).toBe(404);
  });

  it("the platform's monthly invoice: commission net of refunds, the fee, French VAT; once the month is over", async () => {
    expect((await get(`/seller/${sellerId}/platform-invoices/2026-11.pdf`, member)).res.status).toBe(400);
    expect((await get(`/seller/${sellerId}/platform-invoices/2026-13.pdf`, member)).res.status).toBe(400);
    expect((await get(`/seller/${sellerId}/platform-invoices/november.pdf`, member)).res.status).toBe(404);

    const supplier = platformParty(platformIdentity(t.deps.config));
    const draft = (await platformInvoiceData(t.deps.db, { sellerId, period: '2026-11', supplier }))!;
    expect(draft.number).toBe(`P-2026-11-S${sellerId}`);
    expect(draft.treatment).toBe('standard');
    const paid = await t.deps.db
      .select({ c: sql<string>`sum(${orders.commissionMinor})` })
      .from(orders)
      .where(and(eq(orders.sellerId, sellerId), isNotNull(orders.invoiceNumber)));
    const [refundBack] = await t.deps.db
      .select({ a: ledgerPostings.amountMinor })
      .from(ledgerPostings)
      .where(
        and(
          eq(ledgerPostings.account, ACCOUNTS.commissionRevenue),
          sql`${ledgerPostings.transactionId} = (select id from ledger_transactions where kind = 'refund' and reference = 'doc-refund-1')`,
        ),
      );
    const [eur] = draft.sections;
    expect(eur!.currency).toBe('EUR');
    expect(eur!.lines.map((l) => l.netMinor)).toEqual([Number(paid[0]!.c), -refundBack!.a, 2900]);
    // The VAT as the ledger charged it, line by line (per order, per refund, on the fee).
    expect(eur!.vatMinor).toBe(eur!.lines.reduce((a, l) => a + l.vatMinor!, 0));
    expect(Math.abs(eur!.vatMinor - Math.round((eur!.netMinor * 2000) / 10_000))).toBeLessThanOrEqual(
      eur!.lines.length,
    );
    expect(eur!.grossMinor).toBe(eur!.netMinor + eur!.vatMinor);

    // Once November is over, the seller downloads it; the same document every time.
    t.clock.advance(11 * 86_400_000);
    const a = await get(`/seller/${sellerId}/platform-invoices/2026-11.pdf`, member);
    expect(a.res.status).toBe(200);
    expect(a.res.headers.get('content-disposition')).toBe(
      `attachment; filename="invoice-P-2026-11-S${sellerId}.pdf"`,
    );
    const b = await get(`/seller/${sellerId}/platform-invoices/2026-11.pdf`, member);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const issued = (await issuePlatformInvoice(t.deps, { sellerId, period: '2026-11' }))!;
    expect(issued.sections).toEqual(draft.sections);
    const rendered = await renderPlatformInvoice(issued);
    expect(Buffer.from(a.bytes).equals(Buffer.from(rendered.bytes))).toBe(true);
    // In the seller's language (French: a French seller whose owner chose none).
    expect(issued.customer.locale).toBe('fr-FR');
    expect(rendered.lines).toContain(tr('doc.invoice.number', { number: `P-2026-11-S${sellerId}` }));
    expect(rendered.lines).toContain('Date d’émission : 2 décembre 2026');
    expect(rendered.lines).toContain(tr('doc.supplier', { name: t.deps.config.PLATFORM_LEGAL_NAME }));
    expect(rendered.lines).toContain(
      tr('doc.party.vatNumber', { number: t.deps.config.PLATFORM_VAT_NUMBER }),
    );
    expect(rendered.lines).toContain(
      `${tr('doc.platformInvoice.vatRate', { rate: inFrench.rate(2000) })} | ${euros(eur!.vatMinor)}`,
    );

    // A seller established in another member state is reverse-charged.
    const [de] = await t.deps.db.select({ id: sellers.id }).from(sellers).where(eq(sellers.country, 'DE'));
    if (de) {
      const d = (await platformInvoiceData(t.deps.db, { sellerId: de.id, period: '2026-11', supplier }))!;
      expect(d.treatment).toBe('reverse_charge');
      // In the German seller's language, its mention too.
      expect(d.customer.locale).toBe('de-DE');
      expect((await renderPlatformInvoice(d)).lines).toContain(
        'Steuerschuldnerschaft des Leistungsempfängers, Art. 196 Richtlinie 2006/112/EG',
      );
    }
  });
});
