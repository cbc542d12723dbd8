/**
 * Reloop's monthly invoice to a seller for its own services: commission on the seller's sales
 * (net of the commission given back on refunds) and the monthly seller fee.
 *
 * Amounts come from the ledger, for the calendar month (UTC):
 * - commission: Σ orders.commission_minor of the seller's orders whose payment was captured in the
 *   month (the `payment_captured` transaction whose reference is the order's checkout). The
 *   transaction's own `platform_revenue:commission` leg cannot be used: it sums all the sellers
 *   of a multi-seller checkout.
 * - commission refunded: the `platform_revenue:commission` legs of `refund` transactions in the
 *   month that touch `seller_payable:<id>` (one refund transaction is for one seller).
 * - monthly fee: the `platform_revenue:monthly_fee` leg of the `monthly_fee` transaction of
 *   reference `<sellerId>:<period>`, whenever it was posted.
 * Orders in several currencies give one section per currency (its own totals).
 *
 * VAT (decision; VATD Arts. 44, 196 — B2B services are supplied where the customer is
 * established): sellers established in the platform's country pay its VAT on the net amounts;
 * sellers established in another member state are reverse-charged ("Reverse charge — Art. 196
 * Directive 2006/112/EC", no VAT, the seller's VAT number printed); sellers outside the EU: no VAT,
 * outside the scope of EU VAT. The VAT printed is the VAT the ledger charged — per order at
 * capture, per refund, on the fee — summed per line and section (issue 11, defect 12): the invoice
 * documents what the seller was charged, so it can differ by a cent from a VAT recomputed on the
 * summed net, and a seller who moved abroad after the month still sees the VAT it paid.
 *
 * Numbering and freezing: `P-<YYYY>-<MM>-S<sellerId>`, one invoice per seller and month (a month
 * without activity still has its invoice, for 0.00, on request). The job `issue-platform-invoices`
 * issues last month's invoices of every seller charged in it early in the next month
 * (issue-monthly-platform-invoices.ts); a download before the job ran issues it on demand
 * (issue-platform-invoice.ts). Either way it is stored whole in `platform_invoices`: issuing
 * again returns the same document (number, date of issue, amounts), whatever is posted later.
 * The supplier is the platform's identity from configuration (config.ts PLATFORM_*).
 *
 * Language: the seller's (document-locale.read-model.ts), decided when the invoice is issued and
 * stored with it (`customer.locale`); its lines are stored by kind and count and worded when it
 * is rendered, its mention is the treatment's (`platformMentionKey`). Invoices issued before
 * that have neither and print their stored English words.
 */
import type { PlatformIdentity } from '../../config.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { mulDivHalfUp } from '../../platform/money.ts';
import { DEFAULT_PLATFORM_VAT } from '../ledger/ledger.rules.ts';
import {
  PLATFORM_OUTSIDE_SCOPE_MENTION,
  PLATFORM_REVERSE_CHARGE_MENTION,
  type PlatformVatTreatment,
  platformMentionKey,
  platformVatFor,
} from '../pricing/platform-vat.rules.ts';
import { sellersByIds } from '../sellers/sellers.store.ts';
import { sellerDocumentLocale } from './document-locale.read-model.ts';
import type { InvoiceParty } from './documents.types.ts';
import { sellerParty } from './invoice-parties.ts';
import { type PdfBlock, type RenderedPdf, renderPdf } from './pdf.ts';
import { platformInvoiceAmounts } from './platform-invoice.read-model.ts';
import { customerFormat, pageLabel, partyLines } from './seller-invoice.pdf.ts';

/** The platform as the supplier of its invoices, from configuration (config.ts PLATFORM_*). */
export function platformParty(p: PlatformIdentity): InvoiceParty {
  return {
    name: p.name,
    addressLines: p.addressLines,
    country: p.country,
    vatNumber: p.vatNumber,
    registration: p.registration,
    email: p.phone ? `${p.email} · ${p.phone}` : p.email,
  };
}

export {
  PLATFORM_OUTSIDE_SCOPE_MENTION,
  PLATFORM_REVERSE_CHARGE_MENTION,
  type PlatformVatTreatment,
  platformVatFor,
};

/** What a line invoices, worded in the document's language when rendered. */
export type PlatformInvoiceLineKind =
  | 'commission'
  | 'commission_no_vat'
  | 'commission_returned'
  | 'monthly_fee';

export type PlatformInvoiceLine = {
  /** English wording (what invoices issued before `kind` print). */
  description: string;
  kind?: PlatformInvoiceLineKind;
  quantity: number;
  netMinor: number;
  /** The VAT charged for this line as the ledger posted it; absent: computed on the section's net. */
  vatMinor?: number;
};
export type PlatformInvoiceSection = {
  currency: string;
  lines: PlatformInvoiceLine[];
  netMinor: number;
  vatMinor: number;
  grossMinor: number;
};

export type PlatformInvoiceData = {
  number: string;
  sellerId: number;
  period: string;
  periodStart: Date;
  /** Exclusive: the first instant of the next month, also the date of issue. */
  periodEnd: Date;
  issuedAt: Date;
  supplier: InvoiceParty;
  customer: InvoiceParty;
  treatment: PlatformVatTreatment;
  rateBp: number;
  mention: string | null;
  sections: PlatformInvoiceSection[];
};

export function platformInvoiceNumber(sellerId: number, period: string): string {
  return `P-${period.slice(0, 4)}-${period.slice(5, 7)}-S${sellerId}`;
}

/** The month's bounds (UTC); INVALID_INPUT for a malformed month or one not over at `now`. */
export function parsePeriod(period: string, now?: Date): { start: Date; end: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12)
    throw AppError.invalid(
      [{ field: 'period', message: 'must be a month like 2026-01' }],
      'The period must be a month like 2026-01',
    );
  const start = new Date(Date.UTC(Number(m[1]), month - 1, 1));
  const end = new Date(Date.UTC(Number(m[1]), month, 1));
  if (now && end > now)
    throw AppError.invalid(
      [{ field: 'period', message: 'a month is invoiced once it is over' }],
      `The invoice for ${period} is issued once the month is over`,
    );
  return { start, end };
}

/**
 * Net amounts + VAT per currency: the lines' VAT as charged when every line carries it, else VAT on
 * the section's summed net, half-up (sign-aware).
 */
export function platformSection(
  currency: string,
  lines: PlatformInvoiceLine[],
  rateBp: number,
): PlatformInvoiceSection {
  const net = lines.reduce((a, l) => a + l.netMinor, 0);
  const charged = lines.length > 0 && lines.every((l) => l.vatMinor !== undefined);
  const vat = charged
    ? lines.reduce((a, l) => a + (l.vatMinor ?? 0), 0)
    : rateBp
      ? mulDivHalfUp(net, rateBp, 10_000)
      : 0;
  return { currency, lines, netMinor: net, vatMinor: vat, grossMinor: net + vat };
}

/**
 * The invoice of a seller and month as it would be issued at `issuedAt` (default: the first day
 * after the month), computed from the ledger; null for an unknown seller. Issuing and freezing it
 * is issue-platform-invoice.ts's.
 */
export async function platformInvoiceData(
  db: Db,
  opts: { sellerId: number; period: string; now?: Date; issuedAt?: Date; supplier: InvoiceParty },
): Promise<PlatformInvoiceData | null> {
  const { start, end } = parsePeriod(opts.period, opts.now);
  const [seller] = await sellersByIds(db, [opts.sellerId]);
  if (!seller) return null;
  const vat = platformVatFor(seller.country);

  const { sales, refunds, fees } = await platformInvoiceAmounts(db, {
    sellerId: opts.sellerId,
    period: opts.period,
    start,
    end,
  });

  const byCurrency = new Map<string, PlatformInvoiceLine[]>();
  const add = (currency: string, line: PlatformInvoiceLine) => {
    const ls = byCurrency.get(currency) ?? [];
    ls.push(line);
    byCurrency.set(currency, ls);
  };
  for (const s of sales)
    add(s.currency, {
      description:
        s.vatMinor === 0 && vat.treatment === 'standard'
          ? `Commission on sales (${s.count} order(s) paid in ${opts.period}, no VAT charged)`
          : `Commission on sales (${s.count} order(s) paid in ${opts.period})`,
      kind: s.vatMinor === 0 && vat.treatment === 'standard' ? 'commission_no_vat' : 'commission',
      quantity: s.count,
      netMinor: s.commissionMinor,
      vatMinor: s.vatMinor,
    });
  for (const r of refunds)
    if (r.commissionBackMinor !== 0)
      add(r.currency, {
        description: `Commission returned on refunds (${r.count} refund(s))`,
        kind: 'commission_returned',
        quantity: r.count,
        netMinor: -r.commissionBackMinor,
        vatMinor: -r.vatBackMinor,
      });
  for (const f of fees)
    add(f.currency, {
      description: `Monthly seller fee ${opts.period}`,
      kind: 'monthly_fee',
      quantity: 1,
      netMinor: f.feeMinor,
      vatMinor: f.vatMinor,
    });

  // As charged: a seller charged VAT in the month is invoiced with it, wherever it is now.
  const anyVat = [...byCurrency.values()].some((ls) => ls.some((l) => (l.vatMinor ?? 0) !== 0));
  const charged = anyVat && vat.treatment !== 'standard' ? platformVatFor(DEFAULT_PLATFORM_VAT.country) : vat;
  return {
    number: platformInvoiceNumber(opts.sellerId, opts.period),
    sellerId: opts.sellerId,
    period: opts.period,
    periodStart: start,
    periodEnd: end,
    issuedAt: opts.issuedAt ?? end,
    supplier: opts.supplier,
    customer: sellerParty(seller, await sellerDocumentLocale(db, opts.sellerId)),
    treatment: charged.treatment,
    rateBp: charged.rateBp,
    mention: charged.mention,
    sections: [...byCurrency.keys()]
      .sort()
      .map((c) => platformSection(c, byCurrency.get(c)!, charged.rateBp)),
  };
}

const LINE_KEY = {
  commission: 'doc.platformInvoice.commission',
  commission_no_vat: 'doc.platformInvoice.commissionNoVat',
  commission_returned: 'doc.platformInvoice.commissionReturned',
  monthly_fee: 'doc.platformInvoice.monthlyFee',
} as const;

export function platformInvoiceBlocks(d: PlatformInvoiceData): PdfBlock[] {
  const f = customerFormat(d.customer);
  const { t } = f;
  const last = new Date(d.periodEnd.getTime() - 86_400_000);
  const vatLabel =
    d.treatment === 'standard'
      ? t('doc.platformInvoice.vatRate', { rate: f.rate(d.rateBp) })
      : d.treatment === 'reverse_charge'
        ? t('doc.platformInvoice.vatReverseCharge')
        : t('doc.platformInvoice.vatNotApplicable');
  const describe = (l: PlatformInvoiceLine) =>
    l.kind ? t(LINE_KEY[l.kind], { count: l.quantity, period: f.month(d.period) }) : l.description;
  const blocks: PdfBlock[] = [
    { kind: 'title', text: t('doc.invoice.title', { number: d.number }) },
    { kind: 'text', text: t('doc.invoice.number', { number: d.number }) },
    { kind: 'text', text: t('doc.issueDate', { date: f.date(d.issuedAt) }) },
    {
      kind: 'text',
      text: t('doc.platformInvoice.services', { from: f.date(d.periodStart), to: f.date(last) }),
    },
    { kind: 'gap' },
    {
      kind: 'columns',
      left: { title: t('doc.supplier', { name: d.supplier.name }), lines: partyLines(d.supplier, f) },
      right: {
        title: t('doc.customer', { name: d.customer.name }),
        lines: partyLines(d.customer, f, { customerVat: d.treatment === 'reverse_charge' }),
      },
    },
    { kind: 'gap', size: 10 },
  ];
  if (d.sections.length === 0)
    blocks.push({
      kind: 'text',
      text: t('doc.platformInvoice.nothing', { period: f.month(d.period), amount: f.amount(0, 'EUR') }),
    });
  for (const s of d.sections) {
    const m = (minor: number) => f.amount(minor, s.currency);
    const mc = (minor: number) => f.money(minor, s.currency);
    blocks.push(
      {
        kind: 'table',
        columns: [
          { header: t('doc.col.description'), width: 50 },
          { header: t('doc.col.qty'), width: 8, align: 'right' },
          { header: t('doc.col.netAmount', { currency: s.currency }), width: 24, align: 'right' },
          { header: t('doc.col.vatAmount', { currency: s.currency }), width: 18, align: 'right' },
        ],
        rows: s.lines.map((l) => ({
          cells: [
            describe(l),
            String(l.quantity),
            m(l.netMinor),
            l.vatMinor === undefined ? '' : m(l.vatMinor),
          ],
        })),
      },
      {
        kind: 'totals',
        rows: [
          { label: t('doc.totalExclVat'), value: mc(s.netMinor) },
          { label: vatLabel, value: mc(s.vatMinor) },
          { label: t('doc.total'), value: mc(s.grossMinor), bold: true },
        ],
      },
      { kind: 'gap' },
    );
  }
  // Issued before invoices had a language: the mention as stored (English).
  const mentionKey = platformMentionKey(d.treatment);
  const mention = d.customer.locale ? (mentionKey ? t(mentionKey) : null) : d.mention;
  if (mention) blocks.push({ kind: 'text', text: mention, bold: true });
  blocks.push({ kind: 'text', small: true, text: t('doc.platformInvoice.settled') });
  return blocks;
}

export async function renderPlatformInvoice(d: PlatformInvoiceData): Promise<RenderedPdf> {
  const f = customerFormat(d.customer);
  return renderPdf({
    title: f.t('doc.invoice.title', { number: d.number }),
    footer: f.t('doc.platformInvoice.footer', { supplier: d.supplier.name, number: d.number }),
    pageLabel: pageLabel(f),
    blocks: platformInvoiceBlocks(d),
  });
}

export async function platformInvoicePdf(d: PlatformInvoiceData): Promise<Uint8Array> {
  return (await renderPlatformInvoice(d)).bytes;
}
