/**
 * Every PDF in its reader's language (issue 13): the receipt, the seller's invoice and credit notes
 * in the buyer's, the statement and Reloop's invoice in the seller's, with the legal mentions in
 * the document's language. The text is read back from the PDF bytes (the strings pdf-lib drew, in
 * WinAnsi), so what is asserted is what a reader sees.
 */
import { inflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { CATALOGS, en, type MessageKey } from '../../platform/messages/catalogs.ts';
import type { ReceiptView } from '../checkout/receipt.read-model.ts';
import { gradeName } from '../offers/grade-names.ts';
import { invoiceVat } from '../pricing/vat.rules.ts';
import { renderCreditNote } from './credit-note.pdf.ts';
import { docFormat } from './doc-i18n.ts';
import type { CreditNote, InvoiceParty, SellerInvoiceInput } from './documents.types.ts';
import { isWinAnsi, safeText } from './pdf.ts';
import { platformSection, renderPlatformInvoice } from './platform-invoice.ts';
import { renderReceipt } from './receipt.pdf.ts';
import { renderSellerInvoice } from './seller-invoice.pdf.ts';
import { renderStatement, type SellerStatement } from './seller-statement.ts';

const DOC_KEYS = (Object.keys(en) as MessageKey[]).filter((k) => k.startsWith('doc.'));

/** The strings a PDF draws (pdf-lib writes each as `<hex> Tj` in Flate streams), decoded as WinAnsi. */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const win = new TextDecoder('windows-1252');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      body = m[1]!;
    }
    for (const h of body.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(win.decode(Buffer.from(h[1]!, 'hex')));
  }
  return out.join('\n');
}

/** Spaces of any kind as one space (Intl's narrow no-break spaces are drawn as spaces). */
const norm = (s: string) => safeText(s).replace(/[\s\u00a0]+/gu, ' ');

/**
 * Fragments of English messages (the words between placeholders) that a document in `lang` must
 * not show: those its own catalog does not also use.
 */
function englishFragments(lang: string): string[] {
  const own = CATALOGS[lang]!;
  const all = DOC_KEYS.map((k) => own[k]).join('\n');
  return DOC_KEYS.flatMap((k) => en[k].split(/\{[^}]*\}|[()]/))
    .map((f) => f.trim())
    .filter((f) => f.length >= 7 && /[a-z]{3}/.test(f) && !all.includes(f));
}

function expectInLanguage(text: string, lang: string) {
  expect(text).not.toMatch(/\bdoc\.[a-z]/);
  const leaks = englishFragments(lang).filter((f) => text.includes(f));
  expect(leaks, `English in a ${lang} document`).toEqual([]);
}

const READERS = [
  { lang: 'fr', locale: 'fr-FR', market: 'FR' },
  { lang: 'de', locale: 'de-DE', market: 'DE' },
  { lang: 'sv', locale: 'sv-SE', market: 'SE' },
] as const;

describe('document catalogs and the PDF fonts', () => {
  it.each(Object.keys(CATALOGS))(
    'every %s document message is drawable in WinAnsi, unchanged',
    async (lang) => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const catalog = CATALOGS[lang]!;
      for (const key of DOC_KEYS) {
        const value = catalog[key];
        expect(
          [...value].filter((ch) => !isWinAnsi(ch)),
          `${lang} ${key}`,
        ).toEqual([]);
        expect(safeText(value)).toBe(value);
        expect(() => font.encodeText(value), `${lang} ${key}`).not.toThrow();
      }
    },
  );

  it('keeps Swedish, German and French letters and typographic signs through the PDF', async () => {
    const { renderPdf } = await import('./pdf.ts');
    const words = 'Omvänd betalningsskyldighet — Gebrauchtgegenstände, Größe „ok“ — Biens d’occasion…';
    const r = await renderPdf({ title: 'x', blocks: [{ kind: 'text', text: words }] });
    expect(pdfText(r.bytes)).toContain(words);
  });
});

const receipt: ReceiptView = {
  checkoutId: '00000000-0000-4000-8000-000000000013',
  buyerUserId: 7,
  buyerEmail: 'ada@example.com',
  createdAt: new Date('2026-03-02T10:00:00Z'),
  currency: 'EUR',
  market: 'FR',
  paymentMethod: 'card',
  paymentStatus: 'succeeded',
  nextAction: null,
  failureMessage: null,
  paymentDueAt: null,
  serviceFeeMinor: 399,
  totalMinor: 123_456 + 12_299 + 399,
  orders: [
    {
      orderId: 1,
      sellerId: 21,
      sellerName: 'Second Byte',
      state: 1,
      invoiceNumber: 'S21-2026-000001',
      shippingOption: 'Colissimo',
      trackingNumber: null,
      shipper: null,
      shippedAt: null,
      itemsTotalMinor: 123_456,
      shippingTotalMinor: 0,
      insuranceTotalMinor: 0,
      vatTotalMinor: 20_576,
      totalMinor: 123_456,
      vatBreakdown: [
        { treatment: 'standard', rateBp: 2000, netMinor: 102_880, vatMinor: 20_576, grossMinor: 123_456 },
      ],
      lines: [
        {
          lineId: 11,
          productName: 'iPhone 15 128 GB',
          grade: 'VERY_GOOD',
          quantity: 1,
          unitPriceMinor: 123_456,
          lineGrossMinor: 123_456,
          lineNetMinor: 102_880,
          lineVatMinor: 20_576,
          treatment: 'standard',
          state: 1,
        },
      ],
    },
    {
      orderId: 2,
      sellerId: 7,
      sellerName: 'Stockholm Återbruk',
      state: 1,
      invoiceNumber: 'S7-2026-000001',
      shippingOption: 'PostNord',
      trackingNumber: null,
      shipper: null,
      shippedAt: null,
      itemsTotalMinor: 12_299,
      shippingTotalMinor: 0,
      insuranceTotalMinor: 0,
      vatTotalMinor: 0,
      totalMinor: 12_299,
      vatBreakdown: [{ treatment: 'margin', rateBp: 0, netMinor: 12_299, vatMinor: 0, grossMinor: 12_299 }],
      lines: [
        {
          lineId: 12,
          productName: 'Samsung Galaxy A34 128 GB',
          grade: 'GOOD',
          quantity: 1,
          unitPriceMinor: 12_299,
          lineGrossMinor: 12_299,
          lineNetMinor: 12_299,
          lineVatMinor: 0,
          treatment: 'margin',
          state: 1,
        },
      ],
    },
  ],
};

const seller: InvoiceParty = {
  name: 'Refurb SARL',
  tradingName: 'Refurb',
  addressLines: ['3 rue Victor Hugo', '69002 Lyon'],
  country: 'FR',
  vatNumber: 'FR32123456789',
  registration: 'RCS Lyon 123 456 789',
};
const buyerIn = (locale: string): InvoiceParty => ({
  name: 'Käufer GmbH',
  attention: 'Ada Lovelace',
  addressLines: ['Unter den Linden 1', '10117 Berlin'],
  country: 'DE',
  vatNumber: 'DE136695976',
  locale,
});

function invoiceFor(locale: string): SellerInvoiceInput {
  const lines = [
    {
      productName: 'iPhone 13 128 GB',
      grade: 'EXCELLENT',
      sku: 'IP13-128',
      quantity: 1,
      unitPriceMinor: 25_000,
      shippingPriceMinor: 0,
      treatment: 'reverse_charge' as const,
      rateBp: 0,
    },
    {
      productName: 'Pixel 7 128 GB',
      grade: 'FAIR',
      sku: 'PX7-128',
      quantity: 1,
      unitPriceMinor: 30_000,
      shippingPriceMinor: 500,
      treatment: 'margin' as const,
      rateBp: 0,
    },
  ];
  const vat = invoiceVat(
    lines.map((l) => ({
      grossMinor: l.unitPriceMinor + l.shippingPriceMinor,
      treatment: l.treatment,
      rateBp: 0,
    })),
  );
  return {
    currency: 'EUR',
    issuedAt: new Date('2026-11-21T12:00:00Z'),
    seller,
    buyer: buyerIn(locale),
    order: {
      orderId: 42,
      invoiceNumber: 'S7-2026-000042',
      market: 'DE',
      createdAt: new Date('2026-11-21T11:59:00Z'),
      paidAt: new Date('2026-11-21T12:00:00Z'),
      shippedAt: new Date('2026-11-23T09:00:00Z'),
      itemsTotalMinor: 55_000,
      shippingTotalMinor: 500,
      vatTotalMinor: vat.vatTotalMinor,
      vatBreakdown: vat.perRate,
      lines,
    },
    creditNotes: [
      { number: 'CN7-2026-000001', issuedAt: new Date('2026-11-25T08:00:00Z'), totalMinor: 5_000 },
    ],
  };
}

function creditNoteFor(locale: string, cancels = false): CreditNote {
  const line = {
    productName: 'Pixel 7 128 GB',
    grade: 'FAIR',
    sku: 'PX7-128',
    quantity: 1,
    treatment: 'standard' as const,
    rateBp: 2000,
    grossMinor: cancels ? -1_200 : 1_200,
    netMinor: cancels ? -1_000 : 1_000,
    vatMinor: cancels ? -200 : 200,
  };
  return {
    id: 1,
    number: cancels ? 'CN7-2026-000002' : 'CN7-2026-000001',
    sellerId: 7,
    orderId: 42,
    orderLineId: 5,
    refundId: cancels ? null : 9,
    cancelsCreditNoteId: cancels ? 1 : null,
    cancelsNumber: cancels ? 'CN7-2026-000001' : null,
    invoiceNumber: 'S7-2026-000042',
    invoiceIssuedAt: new Date('2026-11-21T12:00:00Z'),
    currency: 'EUR',
    issuedAt: new Date('2026-11-25T08:00:00Z'),
    reason: 'Rayure sur l’écran',
    supplier: seller,
    customer: { ...buyerIn(locale), vatNumber: null },
    lines: [line],
    vatBreakdown: [
      {
        treatment: 'standard',
        rateBp: 2000,
        netMinor: line.netMinor,
        vatMinor: line.vatMinor,
        grossMinor: line.grossMinor,
      },
    ],
    totalMinor: line.grossMinor,
  };
}

it('the language check finds English in a document that is not translated', async () => {
  const english = norm(pdfText((await renderReceipt(receipt, 'en-GB')).bytes));
  for (const lang of ['fr', 'de', 'sv'])
    expect(englishFragments(lang).filter((f) => english.includes(f)).length).toBeGreaterThan(5);
});

describe.each(READERS)('documents of a $lang reader', ({ lang, locale }) => {
  const f = docFormat(locale);
  const t = f.t;

  it('the receipt: words, mentions, grades, dates and amounts in the buyer’s language', async () => {
    const r = await renderReceipt(receipt, locale);
    const text = norm(pdfText(r.bytes));
    expect(text).toContain(t('doc.receipt.title'));
    expect(text).toContain(
      norm(
        t('doc.receipt.payment', {
          method: t('doc.receipt.method.card'),
          status: t('doc.receipt.status.succeeded'),
        }),
      ),
    );
    expect(text).toContain(t('doc.mention.margin'));
    expect(text).toContain(gradeName('VERY_GOOD', locale));
    expect(text).toContain(gradeName('GOOD', locale));
    expect(text).not.toMatch(/VERY_GOOD|\(GOOD\)/);
    expect(text).toContain(norm(f.date(receipt.createdAt)));
    // Amounts unchanged: the stored minor units, in the reader's format.
    expect(text).toContain(norm(`${t('doc.receipt.totalPaid')} ${f.money(136_154, 'EUR')}`));
    expect(text).toContain(norm(f.amount(123_456, 'EUR')));
    expect(text).toContain(
      norm(t('doc.receipt.vatOn', { rate: f.rate(2000), net: f.money(102_880, 'EUR') })),
    );
    expect(text).toContain(norm(t('doc.page', { page: '1', pages: '1' })));
    expectInLanguage(text, lang);
  });

  it('the seller’s invoice: Art. 226 content, the reverse-charge and margin mentions in the buyer’s language', async () => {
    const r = await renderSellerInvoice(invoiceFor(locale));
    const text = norm(pdfText(r.bytes));
    expect(text).toContain(t('doc.invoice.title', { number: 'S7-2026-000042' }));
    expect(text).toContain(t('doc.mention.reverseCharge'));
    expect(text).toContain(t('doc.mention.margin'));
    expect(text).toContain(norm(t('doc.party.customerVatNumber', { number: 'DE136695976' })));
    expect(text).toContain(norm(t('doc.party.attention', { name: 'Ada Lovelace' })));
    expect(text).toContain(f.country('DE'));
    expect(text).toContain(gradeName('EXCELLENT', locale));
    expect(text).toContain(
      norm(t('doc.invoice.supplied', { date: f.date(new Date('2026-11-23T09:00:00Z')) })),
    );
    expect(text).toContain(norm(`${t('doc.total')} ${f.money(55_500, 'EUR')}`));
    expect(text).toContain(norm(`${t('doc.invoice.balance')} ${f.money(50_500, 'EUR')}`));
    expectInLanguage(text, lang);
  });

  it('a credit note and its cancellation in the buyer’s language', async () => {
    const note = norm(pdfText((await renderCreditNote(creditNoteFor(locale))).bytes));
    expect(note).toContain(t('doc.creditNote.title', { number: 'CN7-2026-000001' }));
    expect(note).toContain(norm(t('doc.creditNote.reason', { reason: 'Rayure sur l’écran' })));
    expect(note).toContain(norm(`${t('doc.creditNote.total')} ${f.money(1_200, 'EUR')}`));
    expect(note).toContain(norm(t('doc.creditNote.refunded')));
    expectInLanguage(note, lang);

    const cancel = norm(pdfText((await renderCreditNote(creditNoteFor(locale, true))).bytes));
    expect(cancel).toContain(
      norm(t('doc.creditNote.cancelTitle', { cancels: 'CN7-2026-000001', number: 'CN7-2026-000002' })),
    );
    expect(cancel).toContain(norm(`${t('doc.creditNote.total')} ${f.money(-1_200, 'EUR')}`));
    expectInLanguage(cancel, lang);
  });
});

describe('documents of a Swedish seller', () => {
  const f = docFormat('sv-SE');

  it('its account statement is in Swedish', async () => {
    const s: SellerStatement = {
      sellerId: 7,
      sellerName: 'Stockholm Återbruk AB',
      from: '2026-11-01',
      to: '2026-11-30',
      locale: 'sv-SE',
      balances: [{ currency: 'SEK', openingMinor: 0, closingMinor: 887_500 }],
      rows: [
        {
          date: new Date('2026-11-02T10:00:00Z'),
          kind: 'sale',
          reference: 'c-1',
          description: 'Sale',
          currency: 'SEK',
          amountMinor: 1_000_000,
          balanceMinor: 1_000_000,
        },
        {
          date: new Date('2026-11-02T10:00:00Z'),
          kind: 'commission',
          reference: 'c-1',
          description: 'Commission',
          currency: 'SEK',
          amountMinor: -112_500,
          balanceMinor: 887_500,
        },
      ],
    };
    const text = norm(pdfText((await renderStatement(s)).bytes));
    expect(text).toContain('Kontoutdrag för säljare');
    expect(text).toContain('Försäljning');
    expect(text).toContain('Provision');
    expect(text).toContain(norm(`Utgående saldo ${f.money(887_500, 'SEK')}`));
    expect(f.money(887_500, 'SEK')).toMatch(/^8\s875,00\skr$/u);
    expect(text).toContain(norm(f.amount(-112_500, 'SEK')));
    expect(text).toContain(norm(f.day('2026-11-01')));
    expectInLanguage(text, 'sv');
  });

  it('Reloop’s invoice to it is in Swedish, with the reverse-charge mention for services in Swedish', async () => {
    const r = await renderPlatformInvoice({
      number: 'P-2026-10-S7',
      sellerId: 7,
      period: '2026-10',
      periodStart: new Date('2026-10-01T00:00:00Z'),
      periodEnd: new Date('2026-11-01T00:00:00Z'),
      issuedAt: new Date('2026-11-01T00:00:00Z'),
      supplier: {
        name: 'Reloop SAS',
        addressLines: ['1 rue de Test', '75001 Paris'],
        country: 'FR',
        vatNumber: 'FR40303265045',
      },
      customer: {
        ...seller,
        name: 'Stockholm Återbruk AB',
        country: 'SE',
        vatNumber: 'SE556677889901',
        locale: 'sv-SE',
      },
      treatment: 'reverse_charge',
      rateBp: 0,
      mention: 'Reverse charge — Art. 196 Directive 2006/112/EC',
      sections: [
        platformSection(
          'EUR',
          [
            {
              description: 'Commission on sales',
              kind: 'commission',
              quantity: 2,
              netMinor: 1_800,
              vatMinor: 0,
            },
            {
              description: 'Monthly seller fee',
              kind: 'monthly_fee',
              quantity: 1,
              netMinor: 2_900,
              vatMinor: 0,
            },
          ],
          0,
        ),
      ],
    });
    const text = norm(pdfText(r.bytes));
    expect(text).toContain('Faktura P-2026-10-S7');
    expect(text).toContain('Omvänd betalningsskyldighet — mervärdesskatt betalas av köparen');
    expect(text).toContain('Provision på försäljning (2 order betalda i oktober 2026)');
    expect(text).toContain('Kundens momsreg.nr: SE556677889901');
    expect(text).toContain(norm(`Totalt ${f.money(4_700, 'EUR')}`));
    expectInLanguage(text, 'sv');
  });
});
