/**
 * Reloop's monthly invoice to a seller (issue 11, defects 12 and 14): built from the VAT the
 * ledger charged per order, frozen once issued, with the platform's identity from configuration.
 */
import { inflateSync } from 'node:zlib';
import { and, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder, type TestApp } from '../../../test/orders.ts';
import { monthlyFee, sellerPayable } from '../ledger/ledger.rules.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { orders } from '../orders/orders.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { docFormat } from './doc-i18n.ts';
import { safeText } from './pdf.ts';

const DAY = 86_400_000;
/** The seller is French and its owner chose no language: its invoices are in French (issue 13). */
const FR = docFormat('fr-FR');

describe.each(ENGINES)("the platform's monthly invoice on %s", (engine) => {
  let t: TestApp;
  let sellerId: number;
  let member: Awaited<ReturnType<typeof createActor>>;
  const get = async (path: string) => {
    const res = await t.app.request(path, {
      headers: { 'x-forwarded-for': '198.51.100.80', cookie: await member.cookie() },
    });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  /** The text a PDF draws (pdf-lib writes each string as `<hex> Tj` in Flate streams). */
  const pdfText = (b: Buffer) => {
    const raw = b.toString('latin1');
    const out: string[] = [];
    for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
      let body: string;
      try {
        body = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        body = m[1]!;
      }
      for (const h of body.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
        out.push(Buffer.from(h[1]!, 'hex').toString('latin1'));
    }
    return out.join('\n');
  };

  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 12, sellers: 4, offers: 80 },
      {
        PLATFORM_LEGAL_NAME: 'Operator of Reloop SA',
        PLATFORM_ADDRESS_LINE: '5 quai du Test',
        PLATFORM_POSTAL_CODE: '69002',
        PLATFORM_CITY: 'Lyon',
        PLATFORM_VAT_NUMBER: 'FR68900000001',
        PLATFORM_TRADE_REGISTER: 'RCS Lyon 900 000 001',
        PLATFORM_CONTACT_EMAIL: 'invoices@operator.example',
      },
    );
    const picks = (await offerPicks(t)).filter((p) => p.country === 'FR');
    sellerId = picks[0]!.sellerId;
    const mine = picks.filter((p) => p.sellerId === sellerId);
    for (const p of mine.slice(0, 3)) await placeOrder(t, { lines: [{ offerId: p.id }] });
    member = await createActor(t.deps, {
      email: 'pi-seller@example.com',
      sellers: [{ sellerId, role: 'staff' }],
    });
  });
  afterAll(() => t.close());

  /** The VAT the ledger charged the seller per captured order of November: Σ (debit − commission). */
  const vatChargedPerOrder = async () => {
    const rows = await t.deps.db
      .select({ debit: ledgerPostings.amountMinor, commission: orders.commissionMinor })
      .from(orders)
      .innerJoin(
        ledgerTransactions,
        and(
          eq(ledgerTransactions.kind, 'payment_captured'),
          eq(ledgerTransactions.reference, sql`${orders.checkoutId}::text`),
        ),
      )
      .innerJoin(
        ledgerPostings,
        and(
          eq(ledgerPostings.transactionId, ledgerTransactions.id),
          eq(ledgerPostings.account, sellerPayable(sellerId)),
          gt(ledgerPostings.amountMinor, 0),
        ),
      )
      .where(eq(orders.sellerId, sellerId));
    return rows.reduce((a, r) => a + r.debit - r.commission, 0);
  };

  it('is issued once the month is over, with the platform’s identity from configuration', async () => {
    expect((await get(`/seller/${sellerId}/platform-invoices/2026-11.pdf`)).res.status).toBe(400);
    t.clock.advance(11 * DAY); // 2026-12-02
    const a = await get(`/seller/${sellerId}/platform-invoices/2026-11.pdf`);
    expect(a.res.status).toBe(200);
    const text = pdfText(a.bytes);
    expect(text).toContain('Operator of Reloop SA');
    expect(text).toContain('FR68900000001');
    expect(text).toContain('RCS Lyon 900 000 001');
    expect(text).toContain('invoices@operator.example');
    // Never the demo Pro customer's VAT number.
    expect(text).not.toContain('FR40303265045');
  });

  it('its VAT is the VAT charged per order, as stored, even after the seller moved abroad', async () => {
    const charged = await vatChargedPerOrder();
    expect(charged).toBeGreaterThan(0);
    // The seller moves to Germany in December: November's services were charged French VAT.
    await t.deps.db.update(sellers).set({ country: 'DE' }).where(eq(sellers.id, sellerId));
    const later = await get(`/seller/${sellerId}/platform-invoices/2026-11.pdf`);
    const text = pdfText(later.bytes);
    // In the seller's language decided at issue (French), whatever its country now.
    expect(text).toContain(`Facture P-2026-11-S${sellerId}`);
    expect(text).toContain(safeText(FR.amount(charged, 'EUR')));
    expect(text).not.toContain('Autoliquidation');
    expect(text).not.toContain('Steuerschuldnerschaft');
    await t.deps.db.update(sellers).set({ country: 'FR' }).where(eq(sellers.id, sellerId));
  });

  it('is frozen once issued: the same document, whatever is posted afterwards', async () => {
    const first = await get(`/seller/${sellerId}/platform-invoices/2026-11.pdf`);
    // A fee for November posted late, and another order captured: the issued invoice stays.
    await postLedgerEntry(
      t.deps.db,
      monthlyFee({ sellerId, period: '2026-11', feeMinor: 2900, currency: 'EUR', vatRateBp: 2000 }),
      t.clock.now(),
    );
    const again = await get(`/seller/${sellerId}/platform-invoices/2026-11.pdf`);
    expect(again.res.status).toBe(200);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(pdfText(again.bytes)).not.toContain(
      FR.t('doc.platformInvoice.monthlyFee', { period: FR.month('2026-11') }),
    );
  });
});
