import type { VatTreatment } from '../pricing/vat.rules.ts';

/** A trader or customer as an invoice names it (Art. 226(5)). */
export type InvoiceParty = {
  /** Legal name (or the person's name). */
  name: string;
  /** The person to attend, for a company customer (printed "Attn. …" in the document's language). */
  attention?: string;
  /** Trading name, when it differs from the legal name. */
  tradingName?: string;
  addressLines: string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  vatNumber: string | null;
  /** e.g. "RCS Paris 123 456 789". */
  registration?: string;
  email?: string;
  /**
   * The locale documents addressed to this party are written in (doc-i18n.ts), decided when the
   * document is issued; absent on documents issued before issue 13 (they read English).
   */
  locale?: string;
};

export type SellerInvoiceLine = {
  productName: string;
  grade: string;
  sku: string;
  quantity: number;
  /** As charged: incl. VAT for standard and margin lines, excl. VAT for reverse charge. */
  unitPriceMinor: number;
  /** Shipping of the whole line, as charged (same basis as the unit price). */
  shippingPriceMinor: number;
  treatment: VatTreatment;
  rateBp: number;
};

export type VatRateTotal = {
  treatment: VatTreatment;
  rateBp: number;
  netMinor: number;
  vatMinor: number;
  grossMinor: number;
};

/** One order as its seller's invoice needs it. */
export type InvoiceOrder = {
  orderId: number;
  invoiceNumber: string;
  market: string;
  createdAt: Date;
  paidAt: Date | null;
  shippedAt: Date | null;
  itemsTotalMinor: number;
  shippingTotalMinor: number;
  vatTotalMinor: number;
  /** EN 16931 per-rate totals, as stored on the order (authoritative for VAT). */
  vatBreakdown: VatRateTotal[];
  lines: SellerInvoiceLine[];
};

export type SellerInvoiceInput = {
  order: InvoiceOrder;
  seller: InvoiceParty;
  buyer: InvoiceParty;
  issuedAt: Date;
  currency: string;
  /** Credit notes issued against this invoice, oldest first (the invoice lists them). */
  creditNotes?: CreditNoteRef[];
};

/** One line of a credit note: what of an invoiced line is credited (goods and shipping, as charged). */
export type CreditNoteLine = {
  productName: string;
  grade: string;
  sku: string;
  /** The invoiced quantity the line was for (a partial credit is an amount, not units). */
  quantity: number;
  treatment: VatTreatment;
  rateBp: number;
  /** As charged: incl. VAT for standard and margin lines, excl. VAT for reverse charge. */
  grossMinor: number;
  netMinor: number;
  vatMinor: number;
};

/** A credit note as issued (credit_notes row). */
export type CreditNote = {
  id: number;
  number: string;
  sellerId: number;
  orderId: number;
  orderLineId: number | null;
  refundId: number | null;
  /** A cancellation (its refund failed after the credit note was issued): the note it cancels. */
  cancelsCreditNoteId: number | null;
  cancelsNumber: string | null;
  invoiceNumber: string;
  invoiceIssuedAt: Date;
  currency: string;
  issuedAt: Date;
  reason: string;
  supplier: InvoiceParty;
  customer: InvoiceParty;
  lines: CreditNoteLine[];
  vatBreakdown: VatRateTotal[];
  totalMinor: number;
};

/** A credit note as the seller's invoice lists it. */
export type CreditNoteRef = { number: string; issuedAt: Date; totalMinor: number };
