import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../platform/errors.ts';
import { invoiceVat } from '../pricing/vat.rules.ts';
import { csvField, csvText, parseCsv } from './csv.ts';
import type { InvoiceParty, SellerInvoiceInput, SellerInvoiceLine } from './documents.types.ts';
import {
  parsePeriod,
  platformInvoiceNumber,
  platformSection,
  platformVatFor,
  renderPlatformInvoice,
} from './platform-invoice.ts';
import { lineAmounts, renderSellerInvoice } from './seller-invoice.pdf.ts';
import {
  parseStatementRange,
  type SellerStatement,
  statementCsv,
  statementKind,
} from './seller-statement.ts';

const seller: InvoiceParty = {
  name: 'Refurb SARL',
  tradingName: 'Refurb',
  addressLines: ['3 rue Victor Hugo', '69002 Lyon'],
  country: 'FR',
  vatNumber: 'FR32123456789',
  registration: 'RCS Lyon 123 456 789',
};
// These documents are read in English (the locale decided at issue); doc-i18n.test.ts has the others.

const buyer: InvoiceParty = {
  name: 'Ada Lovelace',
  addressLines: ['12 rue de Rivoli', '75004 Paris'],
  country: 'FR',
  vatNumber: null,
  locale: 'en-GB',
};
const line = (over: Partial<SellerInvoiceLine>): SellerInvoiceLine => ({
  productName: 'iPhone 13 128 GB Blue',
  grade: 'EXCELLENT',
  sku: 'IP13-128-B',
  quantity: 1,
  unitPriceMinor: 30000,
  shippingPriceMinor: 0,
  treatment: 'standard',
  rateBp: 2000,
  ...over,
});
function invoice(lines: SellerInvoiceLine[], b: InvoiceParty = buyer): SellerInvoiceInput {
  const vat = invoiceVat(
    lines.map((l) => ({
      grossMinor: l.unitPriceMinor * l.quantity + l.shippingPriceMinor,
      treatment: l.treatment,
      rateBp: l.rateBp,
    })),
  );
  const items = lines.reduce((a, l) => a + l.unitPriceMinor * l.quantity, 0);
  const shipping = lines.reduce((a, l) => a + l.shippingPriceMinor, 0);
  return {
    currency: 'EUR',
    issuedAt: new Date('2026-11-21T12:00:00Z'),
    seller,
    buyer: b,
    order: {
      orderId: 42,
      invoiceNumber: 'S7-2026-000042',
      market: 'FR',
      createdAt: new Date('2026-11-21T11:59:00Z'),
      paidAt: new Date('2026-11-21T12:00:00Z'),
      shippedAt: null,
      itemsTotalMinor: items,
      shippingTotalMinor: shipping,
      vatTotalMinor: vat.vatTotalMinor,
      vatBreakdown: vat.perRate,
      lines,
    },
  };
}

describe('seller invoice (Art. 226)', () => {
  it('standard lines: number, dates, parties, unit prices excl. VAT, VAT per rate, totals', async () => {
    const r = await renderSellerInvoice(
      invoice([
        line({ quantity: 2, unitPriceMinor: 12000, shippingPriceMinor: 600 }),
        line({ productName: 'Book', sku: 'BK', unitPriceMinor: 2110, rateBp: 550 }),
      ]),
    );
    const text = r.lines.join('\n');
    expect(new TextDecoder().decode(r.bytes.slice(0, 5))).toBe('%PDF-');
    expect((await PDFDocument.load(r.bytes)).getPageCount()).toBe(1);
    expect(text).toContain('Invoice number: S7-2026-000042');
    expect(text).toContain('Date of issue: 21 November 2026');
    expect(text).toContain('Date of supply: the date of dispatch');
    expect(text).toContain('Issued by Reloop on behalf of Refurb SARL');
    expect(text).toContain('Supplier: Refurb SARL');
    expect(text).toContain('VAT number: FR32123456789');
    expect(text).toContain('69002 Lyon');
    expect(text).toContain('Customer: Ada Lovelace');
    // 2 × 120.00 incl. 20 % → unit 100.00 excl. VAT, line 200.00; shipping 6.00 → 5.00.
    expect(r.lines).toContain(
      '2 | iPhone 13 128 GB Blue — Excellent (SKU IP13-128-B) | 100.00 | 20% | 200.00',
    );
    expect(r.lines).toContain('1 | Delivery of iPhone 13 128 GB Blue | 5.00 | 20% | 5.00');
    // Per rate (EN 16931): 246.00 incl. 20 % → 205.00 + 41.00; 21.10 incl. 5.5 % → 20.00 + 1.10.
    expect(r.lines).toContain('20% | 205.00 | 41.00');
    expect(r.lines).toContain('5.5% | 20.00 | 1.10');
    expect(r.lines).toContain('Total excl. VAT | €225.00');
    expect(r.lines).toContain('Total VAT | €42.10');
    expect(r.lines).toContain('Total | €267.10');
    expect(text).not.toContain('Margin scheme');
    expect(text).not.toContain('Reverse charge');
  });

  it('margin-scheme lines never show VAT and carry the mention', async () => {
    const r = await renderSellerInvoice(
      invoice([line({ treatment: 'margin', unitPriceMinor: 30000, shippingPriceMinor: 500 })]),
    );
    const text = r.lines.join('\n');
    expect(r.lines).toContain('Margin scheme — Second-hand goods');
    expect(r.lines).toContain('Margin-scheme goods (VAT not shown) | €305.00');
    expect(r.lines).toContain('Total | €305.00');
    expect(text).not.toMatch(/%/);
    expect(text).not.toContain('Total VAT');
    expect(text).not.toContain('VAT summary');
  });

  it('reverse charge: customer VAT number, 0 % and the Art. 138 mention', async () => {
    const pro = { ...buyer, name: 'Buyer GmbH', country: 'DE', vatNumber: 'DE136695976' };
    const r = await renderSellerInvoice(
      invoice([line({ treatment: 'reverse_charge', unitPriceMinor: 25000, rateBp: 1900 })], pro),
    );
    expect(r.lines).toContain('Customer VAT number: DE136695976');
    expect(r.lines).toContain('0% (reverse charge) | 250.00 | 0.00');
    expect(r.lines).toContain(
      'Reverse charge — Exempt intra-Community supply, Art. 138 Directive 2006/112/EC',
    );
    expect(r.lines).toContain('Total | €250.00');
  });

  it('unit prices excl. VAT only for standard lines', () => {
    expect(lineAmounts(line({ unitPriceMinor: 100, quantity: 3, rateBp: 2100 }))).toEqual({
      unitMinor: 83,
      itemsMinor: 248,
      shippingMinor: 0,
    });
    expect(lineAmounts(line({ treatment: 'margin', unitPriceMinor: 100, quantity: 3 })).unitMinor).toBe(100);
  });

  it('a long order breaks across pages', async () => {
    const many = Array.from({ length: 80 }, (_, i) => line({ productName: `Phone ${i}`, sku: `SKU-${i}` }));
    const r = await renderSellerInvoice(invoice(many));
    expect((await PDFDocument.load(r.bytes)).getPageCount()).toBeGreaterThan(1);
    expect(r.lines).toContain('Total | €24,000.00');
  });
});

describe('platform invoice rules', () => {
  it('VAT by where the seller is established', () => {
    expect(platformVatFor('FR')).toEqual({ treatment: 'standard', rateBp: 2000, mention: null });
    expect(platformVatFor('de')).toMatchObject({
      treatment: 'reverse_charge',
      rateBp: 0,
      mention: 'Reverse charge — Art. 196 Directive 2006/112/EC',
    });
    expect(platformVatFor('GB').treatment).toBe('outside_scope');
    expect(platformVatFor('US').treatment).toBe('outside_scope');
  });

  it('VAT on the summed net, half-up; negative nets (refunds) mirror', () => {
    const s = platformSection(
      'EUR',
      [
        { description: 'a', quantity: 1, netMinor: 1234 },
        { description: 'b', quantity: 1, netMinor: 1 },
      ],
      2000,
    );
    expect(s).toMatchObject({ netMinor: 1235, vatMinor: 247, grossMinor: 1482 });
    expect(platformSection('EUR', [{ description: 'c', quantity: 1, netMinor: -1235 }], 2000).vatMinor).toBe(
      -247,
    );
    expect(platformSection('EUR', [{ description: 'd', quantity: 1, netMinor: 5000 }], 0).vatMinor).toBe(0);
  });

  it('numbers and periods', () => {
    expect(platformInvoiceNumber(12, '2026-03')).toBe('P-2026-03-S12');
    expect(parsePeriod('2026-12')).toEqual({
      start: new Date('2026-12-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
    for (const bad of ['2026-13', '2026-00', '26-01', '2026-1'])
      expect(() => parsePeriod(bad), bad).toThrow(/must be a month/);
    expect(() => parsePeriod('2026-11', new Date('2026-11-21T00:00:00Z'))).toThrow(/once the month is over/);
    expect(() => parsePeriod('2026-10', new Date('2026-11-01T00:00:00Z'))).not.toThrow();
  });

  it('renders the reverse-charge mention and the customer VAT number', async () => {
    const r = await renderPlatformInvoice({
      number: 'P-2026-10-S3',
      sellerId: 3,
      period: '2026-10',
      periodStart: new Date('2026-10-01T00:00:00Z'),
      periodEnd: new Date('2026-11-01T00:00:00Z'),
      issuedAt: new Date('2026-11-01T00:00:00Z'),
      supplier: { name: 'Reloop SAS', addressLines: [], country: 'FR', vatNumber: 'FR40303265045' },
      customer: { ...seller, name: 'Berlin Refurb GmbH', country: 'DE', vatNumber: 'DE136695976' },
      treatment: 'reverse_charge',
      rateBp: 0,
      mention: 'Reverse charge — Art. 196 Directive 2006/112/EC',
      sections: [platformSection('EUR', [{ description: 'Commission', quantity: 2, netMinor: 1800 }], 0)],
    });
    expect(r.lines).toContain('Services supplied: 1 October 2026 to 31 October 2026');
    expect(r.lines).toContain('Customer VAT number: DE136695976');
    expect(r.lines).toContain('VAT (reverse charge) | €0.00');
    expect(r.lines).toContain('Reverse charge — Art. 196 Directive 2006/112/EC');
  });
});

describe('statement rules', () => {
  it('kinds from the ledger kind and the posting side', () => {
    expect(statementKind('payment_captured', -1000)).toBe('sale');
    expect(statementKind('payment_captured', 120)).toBe('commission');
    expect(statementKind('refund', 1000)).toBe('refund');
    expect(statementKind('refund', -120)).toBe('commission');
    expect(statementKind('payout', 500)).toBe('payout');
    expect(statementKind('monthly_fee', 2400)).toBe('monthly_fee');
    expect(statementKind('write_off', 1)).toBe('adjustment');
  });

  it('CSV fields: RFC 4180 quoting and formula neutralising', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(csvText('@SUM')).toBe("'@SUM");
    expect(csvText('Refund 12')).toBe('Refund 12');
  });

  it('CSV parses back to the same rows', () => {
    const s: SellerStatement = {
      sellerId: 1,
      sellerName: 'X',
      from: '2026-11-01',
      to: '2026-11-30',
      locale: 'en-GB',
      balances: [{ currency: 'EUR', openingMinor: 0, closingMinor: 8875 }],
      rows: [
        {
          date: new Date('2026-11-02T10:00:00Z'),
          kind: 'sale',
          reference: 'abc',
          description: 'Sale, "quoted"\nnext line',
          currency: 'EUR',
          amountMinor: 10000,
          balanceMinor: 10000,
        },
        {
          date: new Date('2026-11-02T10:00:00Z'),
          kind: 'commission',
          reference: 'abc',
          description: 'Commission',
          currency: 'EUR',
          amountMinor: -1125,
          balanceMinor: 8875,
        },
      ],
    };
    const csv = statementCsv(s);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['date', 'kind', 'reference', 'description', 'currency', 'amount', 'balance']);
    expect(rows.slice(1)).toEqual([
      ['2026-11-02T10:00:00.000Z', 'sale', 'abc', 'Sale, "quoted"\nnext line', 'EUR', '100.00', '100.00'],
      ['2026-11-02T10:00:00.000Z', 'commission', 'abc', 'Commission', 'EUR', '-11.25', '88.75'],
    ]);
  });

  it('statement periods: defaults, validation', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    expect(parseStatementRange({}, now)).toEqual({ from: '2026-11-01', to: '2026-11-21' });
    expect(parseStatementRange({ from: '2026-01-01', to: '2026-12-31' }, now)).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    const fieldOf = (q: { from?: string; to?: string }) => {
      try {
        parseStatementRange(q, now);
        return null;
      } catch (e) {
        return isAppError(e) ? e.fields.map((f) => f.field) : 'other';
      }
    };
    expect(fieldOf({ from: '2026-02-30' })).toEqual(['from']);
    expect(fieldOf({ from: 'yesterday' })).toEqual(['from']);
    expect(fieldOf({ to: '2026-13-01' })).toEqual(['to']);
    expect(fieldOf({ from: '2026-11-10', to: '2026-11-09' })).toEqual(['from']);
    expect(fieldOf({ from: '2024-01-01', to: '2026-01-01' })).toEqual(['from']);
  });
});
