/**
 * Issue 11 (defect 12): the service fee is reverse-charged for a verified business buyer of another
 * member state. The treatment and the fee's VAT are stored on the checkout when it is placed, the
 * capture books exactly that (no VAT on the fee), and the fee's refund reverses exactly what was
 * booked.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { linesOf, offerPicks, type Pick, TEST_CARDS, type TestApp } from '../../../test/orders.ts';
import { businessProfiles } from '../accounts/accounts.schema.ts';
import { ACCOUNTS } from '../ledger/ledger.rules.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { checkouts } from './checkout.schema.ts';

describe.each(ENGINES)("the service fee's VAT treatment on %s", (engine) => {
  let t: TestApp;
  let picks: Pick[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    picks = await offerPicks(t);
  });
  afterAll(() => t.close());

  const postingsOf = async (kind: string, references: string[]) =>
    t.deps.db
      .select({ account: ledgerPostings.account, amountMinor: ledgerPostings.amountMinor })
      .from(ledgerPostings)
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
      .where(and(eq(ledgerTransactions.kind, kind), inArray(ledgerTransactions.reference, references)));

  /** A checkout placed through the API by a buyer (a session), paid by card. */
  const checkoutAs = async (cookie: string, offerId: number, key: string, country: 'BE' | 'FR') => {
    const csrf = csrfPair(t.deps);
    const headers = {
      'content-type': 'application/json',
      'x-forwarded-for': '198.51.100.90',
      cookie: `${cookie}; ${csrf.cookie}`,
      'x-csrf-token': csrf.header,
    };
    const post = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
      const res = await t.app.request(path, {
        method: 'POST',
        headers: { ...headers, ...extra },
        body: JSON.stringify(body),
      });
      // biome-ignore lint/suspicious/noExplicitAny: test convenience
      return { status: res.status, body: (await res.json()) as any };
    };
    const cart = (await post('/api/v1/carts', { market: 'fr-fr' })).body.id as string;
    expect((await post(`/api/v1/carts/${cart}/lines`, { offerId })).status).toBeLessThan(300);
    const placed = await post(
      `/api/v1/carts/${cart}/checkout`,
      {
        shippingAddress:
          country === 'BE'
            ? {
                name: 'Acheteur SA',
                line1: 'Rue de la Loi 16',
                postalCode: '1000',
                city: 'Bruxelles',
                country,
              }
            : {
                name: 'Ada Lovelace',
                line1: '12 rue de Rivoli',
                postalCode: '75004',
                city: 'Paris',
                country,
              },
        paymentMethod: 'card',
        card: { number: TEST_CARDS.ok, expMonth: 12, expYear: 2030, cvc: '123', holder: 'Acheteur SA' },
      },
      { 'idempotency-key': key },
    );
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    return placed.body;
  };

  it('a verified Belgian business pays the fee without VAT: none is stored, booked at capture or reversed at its refund', async () => {
    const pro = await createActor(t.deps, {
      email: `achats-${engine}@entreprise.example`,
      buyerType: 'business',
    });
    await t.deps.db
      .update(businessProfiles)
      .set({
        vatNumber: 'BE0428759497',
        country: 'BE',
        vatVerifiedAt: t.clock.now(),
        vatVerifiedBy: 'local',
        vatConsultationRef: 'LOCAL-BE-1',
      })
      .where(eq(businessProfiles.userId, pro.userId));
    const offer = picks.find((p) => p.country === 'FR') ?? picks[0]!;
    const body = await checkoutAs(await pro.cookie(), offer.id, `fee-vat-be-${engine}`, 'BE');
    const checkoutId = body.checkoutId as string;
    const [co] = await t.deps.db.select().from(checkouts).where(eq(checkouts.id, checkoutId));
    expect(co!.serviceFeeMinor).toBeGreaterThan(0);

    // Captured: the whole fee is the platform's revenue, no VAT on it.
    const capture = await postingsOf('payment_captured', [checkoutId]);
    const feeRevenue = capture
      .filter((p) => p.account === ACCOUNTS.serviceFeeRevenue)
      .reduce((s, p) => s + p.amountMinor, 0);
    expect(feeRevenue).toBe(-co!.serviceFeeMinor);
    expect(co!.serviceFeeVatTreatment).toBe('reverse_charge');
    expect(co!.serviceFeeVatMinor).toBe(0);
    // The only VAT booked is the commission's (charged to the seller), none for the fee.
    const commissionVat = capture
      .filter((p) => p.account.startsWith('vat_payable:'))
      .reduce((s, p) => s + p.amountMinor, 0);
    const sellerDebits = capture
      .filter((p) => p.account.startsWith('seller_payable:') && p.amountMinor > 0)
      .reduce((s, p) => s + p.amountMinor, 0);
    const commission = -capture
      .filter((p) => p.account === ACCOUNTS.commissionRevenue)
      .reduce((s, p) => s + p.amountMinor, 0);
    expect(-commissionVat).toBe(sellerDebits - commission);

    // Every line refunded: the fee is given back without any VAT reversal.
    const orderId = body.orders[0].id as number;
    for (const line of await linesOf(t, orderId)) {
      await refundOrderLine(t.deps, { orderLineId: line.id, reason: 'Cancelled', actor: { operatorId: 1 } });
    }
    const feeRefunds = await t.deps.db
      .select({ reference: ledgerTransactions.reference })
      .from(ledgerTransactions)
      .where(eq(ledgerTransactions.kind, 'service_fee_refund'));
    const feeRefund = await postingsOf(
      'service_fee_refund',
      feeRefunds.map((r) => r.reference),
    );
    expect(feeRefund.filter((p) => p.account.startsWith('vat_payable:'))).toEqual([]);
    expect(feeRefund.find((p) => p.account === ACCOUNTS.serviceFeeRevenue)?.amountMinor).toBe(
      co!.serviceFeeMinor,
    );
  });

  it('a consumer pays the fee with the market’s VAT: stored, booked and reversed the same', async () => {
    const buyer = await createActor(t.deps, { email: `conso-${engine}@example.com` });
    const offer = picks.find((p) => p.country === 'FR') ?? picks[1]!;
    const body = await checkoutAs(await buyer.cookie(), offer.id, `fee-vat-fr-${engine}`, 'FR');
    const checkoutId = body.checkoutId as string;
    const [co] = await t.deps.db.select().from(checkouts).where(eq(checkouts.id, checkoutId));
    expect(co!.serviceFeeVatTreatment).toBe('standard');
    // 20 % included in the gross fee.
    expect(co!.serviceFeeVatMinor).toBe(Math.round((co!.serviceFeeMinor * 2000) / 12000));
    const capture = await postingsOf('payment_captured', [checkoutId]);
    const feeRevenue = capture
      .filter((p) => p.account === ACCOUNTS.serviceFeeRevenue)
      .reduce((s, p) => s + p.amountMinor, 0);
    expect(feeRevenue).toBe(-(co!.serviceFeeMinor - co!.serviceFeeVatMinor!));
  });
});
