/**
 * Credit notes (issue 11, defect 8): every refund or cancellation of an invoiced order issues a
 * credit note in the seller's own gap-free series per year, referencing the original invoice, with
 * the Art. 226 content; the seller invoice lists them; they are in the documents lists.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { linesOf, offerPicks, type Pick, placeOrder, shipOrder, type TestApp } from '../../../test/orders.ts';
import { users } from '../accounts/accounts.schema.ts';
import { gradeName } from '../offers/grade-names.ts';
import { orders } from '../orders/orders.schema.ts';
import { lineTotals } from '../refunds/refund.rules.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { refunds } from '../refunds/refunds.schema.ts';
import { settleRefund } from '../refunds/settle-refund.ts';
import { cancelOrderLines } from '../seller-orders/seller-order-actions.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { renderCreditNote } from './credit-note.pdf.ts';
import { creditNoteByNumber, creditNotesOfOrder, creditNotesOfSeller } from './credit-notes.read-model.ts';
import { docFormat } from './doc-i18n.ts';
import type { VatRateTotal } from './documents.types.ts';
import { issueCreditNote } from './issue-credit-note.ts';
import { safeText } from './pdf.ts';
import { renderSellerInvoice } from './seller-invoice.pdf.ts';
import { loadSellerInvoice } from './seller-invoice.read-model.ts';

describe.each(ENGINES)('credit notes on %s', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  let next = 0;
  const pick = (f: (p: Pick) => boolean = () => true) => {
    const candidates = picks.filter(f);
    return candidates[next++ % candidates.length]!;
  };
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    picks = await offerPicks(t);
  });
  afterAll(() => t.close());

  const orderOf = async (id: number) => (await t.deps.db.select().from(orders).where(eq(orders.id, id)))[0]!;
  const order = async (lines: Array<{ offerId: number; quantity?: number; insurance?: boolean }>) => {
    const body = await placeOrder(t, { lines, email: `cn-${next}@example.com` });
    const orderId = body.orders[0].id as number;
    return { body, orderId, order: await orderOf(orderId), lines: await linesOf(t, orderId) };
  };
  const OP = { operatorId: 1 };

  it('a refund after invoicing issues a credit note in the seller’s own gap-free series, referencing the invoice', async () => {
    const p = pick();
    const o = await order([{ offerId: p.id }]);
    await shipOrder(t, o.orderId);
    expect(o.order.invoiceNumber).toMatch(/^S\d+-2026-\d{6}$/);
    const r1 = await refundOrderLine(t.deps, {
      orderLineId: o.lines[0]!.id,
      amountMinor: 1000,
      reason: 'Scratch on the screen',
      actor: OP,
    });
    const [note] = await creditNotesOfOrder(t.deps.db, o.orderId);
    expect(note).toMatchObject({
      sellerId: p.sellerId,
      orderId: o.orderId,
      refundId: r1.refundId,
      invoiceNumber: o.order.invoiceNumber,
      currency: 'EUR',
      totalMinor: 1000,
      reason: 'Scratch on the screen',
    });
    expect(note!.number).toMatch(new RegExp(`^CN${p.sellerId}-2026-\\d{6}$`));
    expect(note!.issuedAt.toISOString()).toBe(t.clock.now().toISOString());

    // A second refund of the same line: the next number of the series, no gap.
    const r2 = await refundOrderLine(t.deps, {
      orderLineId: o.lines[0]!.id,
      amountMinor: 500,
      reason: 'Gesture',
      actor: OP,
    });
    const notes = await creditNotesOfOrder(t.deps.db, o.orderId);
    expect(notes.map((n) => n.refundId)).toEqual([r1.refundId, r2.refundId]);
    const seq = (n: string) => Number(n.slice(-6));
    expect(seq(notes[1]!.number)).toBe(seq(notes[0]!.number) + 1);

    // Issuing again for a refund returns the same credit note and takes no number.
    const again = await t.deps.db.transaction((tx) =>
      issueCreditNote({ db: tx, clock: t.clock }, { refundId: r1.refundId }),
    );
    expect(again).toMatchObject({ issued: true, number: notes[0]!.number });
    const all = await creditNotesOfSeller(t.deps.db, p.sellerId);
    const year = all
      .filter((n) => n.number.includes('-2026-'))
      .map((n) => seq(n.number))
      .sort((a, b) => a - b);
    expect(year).toEqual(year.map((_, i) => i + 1));
  });

  it('refunding a whole order in parts credits exactly its goods and, per rate, exactly its invoiced VAT', async () => {
    // Two offers of one seller that ship together (some pairs have no common carrier).
    let o: Awaited<ReturnType<typeof order>> | undefined;
    for (const p of picks)
      for (const q of picks.filter((x) => x.sellerId === p.sellerId && x.id > p.id)) {
        if (o) break;
        o = await order([
          { offerId: p.id, quantity: 2, insurance: true },
          { offerId: q.id, insurance: true },
        ]).catch(() => undefined);
      }
    if (!o) throw new Error('no two offers of one seller ship together');
    await shipOrder(t, o.orderId);
    for (const l of o.lines) {
      const total = lineTotals(l).totalMinor;
      let left = total;
      for (const part of [333, 1001, 7]) {
        if (part >= left) break;
        await refundOrderLine(t.deps, { orderLineId: l.id, amountMinor: part, reason: 'Partial', actor: OP });
        left -= part;
      }
      await refundOrderLine(t.deps, { orderLineId: l.id, reason: 'The rest', actor: OP });
    }
    const notes = await creditNotesOfOrder(t.deps.db, o.orderId);
    expect(notes.length).toBeGreaterThanOrEqual(2);
    // Insurance is not the seller's supply: not on its credit notes.
    const goods = o.order.itemsTotalMinor + o.order.shippingTotalMinor;
    expect(notes.reduce((a, n) => a + n.totalMinor, 0)).toBe(goods);
    const invoiced = o.order.vatBreakdown as VatRateTotal[];
    const key = (v: VatRateTotal) => `${v.treatment}:${v.treatment === 'standard' ? v.rateBp : 0}`;
    const credited = new Map<string, { gross: number; vat: number }>();
    for (const n of notes)
      for (const v of n.vatBreakdown) {
        const c = credited.get(key(v)) ?? { gross: 0, vat: 0 };
        credited.set(key(v), { gross: c.gross + v.grossMinor, vat: c.vat + v.vatMinor });
      }
    for (const v of invoiced) expect(credited.get(key(v))).toEqual({ gross: v.grossMinor, vat: v.vatMinor });
  });

  it('a seller cancellation after invoicing issues a credit note too (goods, not insurance)', async () => {
    const p = pick();
    const o = await order([{ offerId: p.id, insurance: true }]);
    await cancelOrderLines(t.deps, { sellerId: p.sellerId, orderId: o.orderId, reason: 'Out of stock' });
    const [note] = await creditNotesOfOrder(t.deps.db, o.orderId);
    const totals = lineTotals(o.lines[0]!);
    expect(note).toMatchObject({
      invoiceNumber: o.order.invoiceNumber,
      totalMinor: totals.goodsMinor,
      reason: 'Out of stock',
    });
    expect(totals.insuranceMinor).toBeGreaterThan(0);
  });

  it('a pending refund has no credit note until it succeeds; a refund of insurance only has none', async () => {
    const p = pick();
    const o = await order([{ offerId: p.id }]);
    await shipOrder(t, o.orderId);
    const pending = {
      ...t.deps,
      payments: {
        ...t.deps.payments,
        refund: async () => ({ status: 'pending' as const, providerRef: 'sbx_re_pending_1' }),
      },
    };
    const r = await refundOrderLine(pending, {
      orderLineId: o.lines[0]!.id,
      amountMinor: 700,
      reason: 'Later',
      actor: OP,
    });
    expect(r.status).toBe('pending');
    expect(await creditNotesOfOrder(t.deps.db, o.orderId)).toEqual([]);
    expect(await issueCreditNote(t.deps, { refundId: r.refundId })).toEqual({
      issued: false,
      why: 'refund_not_settled',
    });
    await t.deps.db.update(refunds).set({ status: 'succeeded' }).where(eq(refunds.id, r.refundId));
    expect(await issueCreditNote(t.deps, { refundId: r.refundId })).toMatchObject({ issued: true });
    expect((await creditNotesOfOrder(t.deps.db, o.orderId)).map((n) => n.totalMinor)).toEqual([700]);
  });

  it('the PDF has the Art. 226 content and refers to the invoice; the invoice lists its credit notes', async () => {
    const p = pick((x) => x.country === 'FR');
    const o = await order([{ offerId: p.id }]);
    await shipOrder(t, o.orderId);
    await refundOrderLine(t.deps, {
      orderLineId: o.lines[0]!.id,
      amountMinor: 1200,
      reason: 'Battery at 79 %',
      actor: OP,
    });
    const [note] = await creditNotesOfOrder(t.deps.db, o.orderId);
    const [seller] = await t.deps.db.select().from(sellers).where(eq(sellers.id, p.sellerId));
    const rendered = await renderCreditNote(note!);
    const text = rendered.lines.join('\n');
    // In the buyer's language, decided when it was issued: a French market buyer with no chosen
    // language reads French (issue 13). Amounts and dates as stored, in French formats.
    expect(note!.customer.locale).toBe('fr-FR');
    const f = docFormat('fr-FR');
    const tr = (...a: Parameters<typeof f.t>) => safeText(f.t(...a));
    const eur = (minor: number) => safeText(f.money(minor, 'EUR'));
    const n = (minor: number) => safeText(f.amount(minor, 'EUR'));
    expect(rendered.lines).toContain(tr('doc.creditNote.number', { number: note!.number }));
    expect(rendered.lines).toContain(tr('doc.issueDate', { date: f.date(t.clock.now()) }));
    expect(text).toContain(
      tr('doc.creditNote.credits', {
        invoice: o.order.invoiceNumber!,
        date: f.date(o.order.paidAt!),
        orderId: String(o.orderId),
      }),
    );
    expect(text).toContain(tr('doc.onBehalf.creditNote', { seller: seller!.legalName }).slice(0, 40));
    expect(text).toContain(tr('doc.supplier', { name: seller!.legalName }));
    if (seller!.vatNumber) expect(text).toContain(tr('doc.party.vatNumber', { number: seller!.vatNumber }));
    expect(text).toContain('Client : Ada Lovelace');
    expect(text).toContain('Motif : Battery at 79 %');
    expect(rendered.lines).toContain(`${tr('doc.creditNote.total')} | ${eur(1200)}`);
    const line = o.lines[0]!;
    // The grade by its name in the customer's language, never its seller-API code (issue 13).
    expect(text).toContain(gradeName(line.grade, 'fr-FR'));
    expect(text).not.toMatch(/\b(PREMIUM|EXCELLENT|VERY_GOOD|GOOD|FAIR|STALLONE)\b/);
    if (line.vatTreatment === 'margin') expect(text).toContain(tr('doc.mention.margin'));
    else {
      const v = note!.vatBreakdown[0]!;
      expect(rendered.lines).toContain(`${safeText(f.rate(v.rateBp))} | ${n(v.netMinor)} | ${n(v.vatMinor)}`);
    }

    const invoice = await renderSellerInvoice((await loadSellerInvoice(t.deps.db, o.orderId))!);
    const goods = o.order.itemsTotalMinor + o.order.shippingTotalMinor;
    expect(invoice.lines).toContain(
      `${tr('doc.invoice.creditNote', { number: note!.number, date: f.date(note!.issuedAt) })} | -${eur(1200)}`,
    );
    expect(invoice.lines).toContain(`${tr('doc.invoice.balance')} | ${eur(goods - 1200)}`);
  });

  it('credit notes are in the documents lists and downloadable by the seller, the buyer and compliance', async () => {
    const buyer = await createActor(t.deps, { email: 'cn-buyer@example.com' });
    const session = async (a: Awaited<ReturnType<typeof createActor>>) => {
      const csrf = csrfPair(t.deps);
      return {
        cookie: `${await a.cookie()}; ${csrf.cookie}`,
        'x-csrf-token': csrf.header,
        'x-forwarded-for': '198.51.100.90',
      };
    };
    const req = async (
      method: string,
      path: string,
      a?: Awaited<ReturnType<typeof createActor>>,
      body?: unknown,
      extra: Record<string, string> = {},
    ) => {
      const res = await t.app.request(path, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(a ? await session(a) : { 'x-forwarded-for': '198.51.100.91' }),
          ...extra,
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
    };
    const p = pick();
    const cart = JSON.parse(
      new TextDecoder().decode((await req('POST', '/api/v1/carts', buyer, { market: 'fr-fr' })).bytes),
    ).id;
    await req('POST', `/api/v1/carts/${cart}/lines`, buyer, { offerId: p.id });
    const placed = JSON.parse(
      new TextDecoder().decode(
        (
          await req(
            'POST',
            `/api/v1/carts/${cart}/checkout`,
            buyer,
            {
              shippingAddress: {
                name: 'Ada Lovelace',
                line1: '12 rue de Rivoli',
                postalCode: '75004',
                city: 'Paris',
                country: 'FR',
              },
              paymentMethod: 'card',
              card: {
                number: '4242424242424242',
                expMonth: 12,
                expYear: 2030,
                cvc: '123',
                holder: 'Ada Lovelace',
              },
            },
            { 'idempotency-key': 'cn-lists-1' },
          )
        ).bytes,
      ),
    );
    const orderId = placed.orders[0].id as number;
    const [line] = await linesOf(t, orderId);
    await cancelOrderLines(t.deps, { sellerId: p.sellerId, orderId, reason: 'Damaged in storage' });
    const [note] = await creditNotesOfOrder(t.deps.db, orderId);
    expect(line).toBeDefined();
    expect(await creditNoteByNumber(t.deps.db, note!.number)).toMatchObject({ refundId: note!.refundId });

    const member = await createActor(t.deps, {
      email: 'cn-seller@example.com',
      sellers: [{ sellerId: p.sellerId, role: 'staff' }],
    });
    // This member reads the portal in English (it follows the account's language).
    await t.deps.db.update(users).set({ language: 'en' }).where(eq(users.id, member.userId));
    const page = await req('GET', `/seller/${p.sellerId}/money`, member);
    expect(page.res.status).toBe(200);
    const pageText = new TextDecoder().decode(page.bytes);
    expect(pageText).toContain('<h2 id="credit-notes-h">Credit notes</h2>');
    expect(pageText).toContain(`/seller/${p.sellerId}/credit-notes/${note!.number}.pdf`);
    expect(pageText).toContain(note!.invoiceNumber);

    const own = await req('GET', `/seller/${p.sellerId}/credit-notes/${note!.number}.pdf`, member);
    expect(own.res.status).toBe(200);
    expect(own.res.headers.get('content-disposition')).toBe(
      `attachment; filename="credit-note-${note!.number}.pdf"`,
    );
    expect(Buffer.from(own.bytes).equals(Buffer.from((await renderCreditNote(note!)).bytes))).toBe(true);
    expect((await PDFDocument.load(own.bytes)).getPageCount()).toBeGreaterThanOrEqual(1);
    // Another seller's number through this seller's path: 404.
    const [other] = await t.deps.db
      .select({ id: sellers.id })
      .from(sellers)
      .where(sql`${sellers.id} <> ${p.sellerId}`)
      .orderBy(asc(sellers.id));
    const otherMember = await createActor(t.deps, {
      email: 'cn-other@example.com',
      sellers: [{ sellerId: other!.id, role: 'staff' }],
    });
    expect(
      (await req('GET', `/seller/${other!.id}/credit-notes/${note!.number}.pdf`, otherMember)).res.status,
    ).toBe(404);

    const mine = await req(
      'GET',
      `/fr-fr/orders/${placed.checkoutId}/credit-notes/${note!.number}.pdf`,
      buyer,
    );
    expect(mine.res.status).toBe(200);
    expect(Buffer.from(mine.bytes).equals(Buffer.from(own.bytes))).toBe(true);
    const stranger = await createActor(t.deps, { email: 'cn-stranger@example.com' });
    expect(
      (await req('GET', `/fr-fr/orders/${placed.checkoutId}/credit-notes/${note!.number}.pdf`, stranger)).res
        .status,
    ).toBe(404);

    const compliance = await createActor(t.deps, {
      email: 'cn-compliance@example.com',
      buyerType: null,
      operator: ['compliance'],
    });
    const list = await req('GET', `/console/sellers/${p.sellerId}/documents`, compliance);
    expect(list.res.status).toBe(200);
    const listText = new TextDecoder().decode(list.bytes);
    expect(listText).toContain('<h1>');
    expect(listText).toContain(`/console/sellers/${p.sellerId}/credit-notes/${note!.number}.pdf`);
    expect(
      (await req('GET', `/console/sellers/${p.sellerId}/credit-notes/${note!.number}.pdf`, compliance)).res
        .status,
    ).toBe(200);
    const support = await createActor(t.deps, {
      email: 'cn-support@example.com',
      buyerType: null,
      operator: ['support'],
    });
    expect((await req('GET', `/console/sellers/${p.sellerId}/documents`, support)).res.status).toBe(403);
  });

  it('a cancellation of a credit note is in the seller’s and the console’s documents lists, marked as such', async () => {
    const p = pick();
    const o = await order([{ offerId: p.id }]);
    await shipOrder(t, o.orderId);
    const r = await refundOrderLine(t.deps, {
      orderLineId: o.lines[0]!.id,
      amountMinor: 900,
      reason: 'Scratch',
      actor: OP,
    });
    const [row] = await t.deps.db.select().from(refunds).where(eq(refunds.id, r.refundId));
    await settleRefund(t.deps, {
      refundRef: row!.providerRef!,
      outcome: 'failed',
      message: 'Card closed',
      source: 'provider_event',
    });
    const [note, cancel] = await creditNotesOfOrder(t.deps.db, o.orderId);
    expect(cancel?.cancelsNumber).toBe(note!.number);
    // The invoice lists both; the cancellation takes back what the note credited.
    const invoice = (await loadSellerInvoice(t.deps.db, o.orderId))!;
    expect(invoice.creditNotes?.map((n) => [n.number, n.totalMinor])).toEqual([
      [note!.number, 900],
      [cancel!.number, -900],
    ]);
    const headers = async (a: Awaited<ReturnType<typeof createActor>>) => {
      const csrf = csrfPair(t.deps);
      return { cookie: `${await a.cookie()}; ${csrf.cookie}`, 'x-forwarded-for': '198.51.100.93' };
    };
    const member = await createActor(t.deps, {
      email: `cn-cancel-seller-${engine}@example.com`,
      sellers: [{ sellerId: p.sellerId, role: 'staff' }],
    });
    await t.deps.db.update(users).set({ language: 'en' }).where(eq(users.id, member.userId));
    const page = await (
      await t.app.request(`/seller/${p.sellerId}/money`, { headers: await headers(member) })
    ).text();
    expect(page).toContain(`/seller/${p.sellerId}/credit-notes/${cancel!.number}.pdf`);
    expect(page).toContain(`cancels ${note!.number}`);
    const compliance = await createActor(t.deps, {
      email: `cn-cancel-compliance-${engine}@example.com`,
      operator: ['compliance'],
    });
    const list = await (
      await t.app.request(`/console/sellers/${p.sellerId}/documents`, { headers: await headers(compliance) })
    ).text();
    expect(list).toContain(`cancels ${note!.number}`);
    const pdf = await t.app.request(`/seller/${p.sellerId}/credit-notes/${cancel!.number}.pdf`, {
      headers: await headers(member),
    });
    expect(pdf.status).toBe(200);
  });
});
