/**
 * A seller's account statement: every movement of `seller_payable:<sellerId>` in a period, with
 * opening, running and closing balances, per currency. Derived from the ledger only (postings
 * joined to their transactions for kind, reference and date), so it always agrees with it.
 *
 * Sign (decision): the statement is written from the seller's side — a positive amount is money
 * Reloop owes the seller more (a sale), a negative one less (commission, refund, payout, fee).
 * So amount = −posting (the ledger books seller_payable as a liability: credit −) and the closing
 * balance = −(ledger balance of seller_payable:<id>) up to `to`.
 *
 * Kinds: a `payment_captured` transaction credits the goods (sale) and debits the commission with
 * its VAT (commission); a `refund` debits the goods refunded (refund) and credits the commission
 * given back (commission, positive); `payout`; `monthly_fee`; anything else is `adjustment`.
 *
 * Period: `from` and `to` are calendar days (UTC), both included.
 *
 * The PDF is in the seller's language (document-locale.read-model.ts sellerDocumentLocale), never
 * the page's; the CSV keeps machine-readable codes (kinds, ISO dates, decimal-point amounts).
 */
import type { Db } from '../../platform/db/client.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import { formatAmount } from '../../platform/money.ts';
import { sellersByIds } from '../sellers/sellers.store.ts';
import { csvField, csvText } from './csv.ts';
import { docFormat } from './doc-i18n.ts';
import { sellerDocumentLocale } from './document-locale.read-model.ts';
import { type PdfBlock, type RenderedPdf, renderPdf } from './pdf.ts';
import { pageLabel } from './seller-invoice.pdf.ts';
import { sellerPayableMovements } from './seller-statement.read-model.ts';

export type StatementKind = 'sale' | 'commission' | 'refund' | 'payout' | 'monthly_fee' | 'adjustment';

/** The message of each kind's label in the PDF. */
export const STATEMENT_KIND_LABEL: Record<StatementKind, MessageKey> = {
  sale: 'doc.statement.kind.sale',
  commission: 'doc.statement.kind.commission',
  refund: 'doc.statement.kind.refund',
  payout: 'doc.statement.kind.payout',
  monthly_fee: 'doc.statement.kind.monthlyFee',
  adjustment: 'doc.statement.kind.adjustment',
};

export type StatementRow = {
  date: Date;
  kind: StatementKind;
  reference: string;
  description: string;
  currency: string;
  /** Seller's side: + owed to the seller, − taken from it. */
  amountMinor: number;
  /** Running balance in this row's currency, after this row. */
  balanceMinor: number;
};

export type StatementBalance = { currency: string; openingMinor: number; closingMinor: number };

export type SellerStatement = {
  sellerId: number;
  sellerName: string;
  /** YYYY-MM-DD, both included. */
  from: string;
  to: string;
  /** The seller's language, which the PDF is written in. */
  locale: string;
  balances: StatementBalance[];
  rows: StatementRow[];
};

const DAY_MS = 86_400_000;
/** Long enough for a calendar year (366 days) and its statement in one file. */
export const MAX_STATEMENT_DAYS = 366;

function parseDay(s: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? null : d;
}

/**
 * The statement period from query strings; defaults: the current month up to today (UTC).
 * Throws INVALID_INPUT (field `from` or `to`) for a bad date, from > to, or a period too long.
 */
export function parseStatementRange(
  q: { from?: string | undefined; to?: string | undefined },
  now: Date,
): { from: string; to: string } {
  const today = now.toISOString().slice(0, 10);
  const from = q.from?.trim() || `${today.slice(0, 7)}-01`;
  const to = q.to?.trim() || today;
  const issues: FieldIssue[] = [];
  const f = parseDay(from);
  const t = parseDay(to);
  if (!f) issues.push({ field: 'from', message: 'must be a date like 2026-01-31' });
  if (!t) issues.push({ field: 'to', message: 'must be a date like 2026-01-31' });
  if (f && t && f > t) issues.push({ field: 'from', message: 'must not be after "to"' });
  if (f && t && (t.getTime() - f.getTime()) / DAY_MS + 1 > MAX_STATEMENT_DAYS)
    issues.push({ field: 'from', message: `the period is at most ${MAX_STATEMENT_DAYS} days` });
  if (issues.length)
    throw AppError.invalid(issues, issues.map((i) => `"${i.field}" ${i.message}`).join('; '));
  return { from, to };
}

export function statementKind(ledgerKind: string, postingMinor: number): StatementKind {
  switch (ledgerKind) {
    case 'payment_captured':
      return postingMinor < 0 ? 'sale' : 'commission';
    case 'refund':
      return postingMinor > 0 ? 'refund' : 'commission';
    case 'payout':
      return 'payout';
    case 'monthly_fee':
      return 'monthly_fee';
    default:
      return 'adjustment';
  }
}

export async function sellerStatement(
  db: Db,
  opts: { sellerId: number; from: string; to: string },
): Promise<SellerStatement | null> {
  const [seller] = await sellersByIds(db, [opts.sellerId]);
  if (!seller) return null;
  const start = parseDay(opts.from);
  const endDay = parseDay(opts.to);
  if (!start || !endDay)
    throw AppError.invalid([{ field: 'from', message: 'must be a date like 2026-01-31' }]);
  const end = new Date(endDay.getTime() + DAY_MS);

  const { opening, postings } = await sellerPayableMovements(db, { sellerId: opts.sellerId, start, end });

  const running = new Map<string, number>();
  const openingBy = new Map<string, number>();
  for (const o of opening) {
    const v = -o.sumMinor;
    running.set(o.currency, v);
    openingBy.set(o.currency, v);
  }
  const rows: StatementRow[] = postings.map((p) => {
    const amount = p.amountMinor === 0 ? 0 : -p.amountMinor;
    const balance = (running.get(p.currency) ?? 0) + amount;
    running.set(p.currency, balance);
    if (!openingBy.has(p.currency)) openingBy.set(p.currency, 0);
    return {
      date: p.occurredAt,
      kind: statementKind(p.kind, p.amountMinor),
      reference: p.reference,
      description: p.description,
      currency: p.currency,
      amountMinor: amount,
      balanceMinor: balance,
    };
  });
  const balances = [...openingBy.keys()].sort().map((currency) => ({
    currency,
    openingMinor: openingBy.get(currency)!,
    closingMinor: running.get(currency)!,
  }));
  return {
    sellerId: opts.sellerId,
    sellerName: seller.legalName,
    from: opts.from,
    to: opts.to,
    locale: await sellerDocumentLocale(db, opts.sellerId),
    balances,
    rows,
  };
}

export const STATEMENT_CSV_HEADER = [
  'date',
  'kind',
  'reference',
  'description',
  'currency',
  'amount',
  'balance',
] as const;

/** RFC 4180: CRLF line ends, a header row, amounts as decimal strings ("-12.50"). */
export function statementCsv(s: SellerStatement): string {
  const lines = [STATEMENT_CSV_HEADER.join(',')];
  for (const r of s.rows) {
    lines.push(
      [
        r.date.toISOString(),
        r.kind,
        csvText(r.reference),
        csvText(r.description),
        r.currency,
        formatAmount(r.amountMinor, r.currency),
        formatAmount(r.balanceMinor, r.currency),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function statementBlocks(s: SellerStatement): PdfBlock[] {
  const f = docFormat(s.locale);
  const { t } = f;
  const blocks: PdfBlock[] = [
    { kind: 'title', text: t('doc.statement.title') },
    { kind: 'text', text: t('doc.statement.seller', { name: s.sellerName, sellerId: String(s.sellerId) }) },
    { kind: 'text', text: t('doc.statement.period', { from: f.day(s.from), to: f.day(s.to) }) },
    { kind: 'text', small: true, text: t('doc.statement.sign') },
  ];
  if (s.balances.length === 0) blocks.push({ kind: 'gap' }, { kind: 'text', text: t('doc.statement.none') });
  for (const b of s.balances) {
    const m = (minor: number) => f.amount(minor, b.currency);
    const rows = s.rows.filter((r) => r.currency === b.currency);
    blocks.push(
      { kind: 'heading', text: `${b.currency}` },
      {
        kind: 'totals',
        rows: [{ label: t('doc.statement.opening'), value: f.money(b.openingMinor, b.currency) }],
      },
      {
        kind: 'table',
        columns: [
          { header: t('doc.statement.col.date'), width: 14 },
          { header: t('doc.statement.col.kind'), width: 15 },
          { header: t('doc.statement.col.reference'), width: 37 },
          { header: t('doc.statement.col.amount', { currency: b.currency }), width: 17, align: 'right' },
          { header: t('doc.statement.col.balance', { currency: b.currency }), width: 17, align: 'right' },
        ],
        rows: rows.map((r) => ({
          cells: [
            f.shortDate(r.date),
            t(STATEMENT_KIND_LABEL[r.kind]),
            r.reference,
            m(r.amountMinor),
            m(r.balanceMinor),
          ],
        })),
      },
      {
        kind: 'totals',
        rows: [{ label: t('doc.statement.closing'), value: f.money(b.closingMinor, b.currency), bold: true }],
      },
    );
  }
  return blocks;
}

export async function renderStatement(s: SellerStatement): Promise<RenderedPdf> {
  const f = docFormat(s.locale);
  return renderPdf({
    title: f.t('doc.statement.documentTitle', { seller: s.sellerName, from: s.from, to: s.to }),
    footer: f.t('doc.statement.footer', {
      sellerId: String(s.sellerId),
      from: f.day(s.from),
      to: f.day(s.to),
    }),
    pageLabel: pageLabel(f),
    blocks: statementBlocks(s),
  });
}

export async function statementPdf(s: SellerStatement): Promise<Uint8Array> {
  return (await renderStatement(s)).bytes;
}
