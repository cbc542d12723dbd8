import type { PostalAddress } from '../orders/orders.types.ts';
import type { InvoiceParty } from './documents.types.ts';

/** The seller's trader details an invoice prints (a `sellers` row has them all). */
export type SellerIdentity = {
  name: string;
  legalName: string;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  vatNumber: string | null;
  tradeRegister: string;
  tradeRegisterNumber: string;
};

/** A postal address as orders keep it (the billing address of the order). */
export type InvoiceAddress = Omit<PostalAddress, 'phone'>;

/** The seller as the supplier on its invoices (Art. 226(3), (5)); `locale`: as the customer of Reloop's. */
export function sellerParty(s: SellerIdentity, locale?: string): InvoiceParty {
  return {
    ...(locale ? { locale } : {}),
    name: s.legalName,
    tradingName: s.name,
    addressLines: [s.addressLine, `${s.postalCode} ${s.city}`],
    country: s.country,
    vatNumber: s.vatNumber,
    registration: `${s.tradeRegister} ${s.tradeRegisterNumber}`.trim(),
  };
}

/**
 * The buyer as the customer: the company (or its legal name) with the person to attend, or the
 * person; `locale` is the language the buyer reads documents in (document-locale.read-model.ts).
 */
export function buyerParty(
  a: InvoiceAddress,
  vatNumber: string | null,
  legalName: string | null,
  locale?: string,
): InvoiceParty {
  const company = a.company?.trim() || legalName;
  return {
    name: company || a.name,
    ...(company ? { attention: a.name } : {}),
    ...(locale ? { locale } : {}),
    addressLines: [a.line1, ...(a.line2 ? [a.line2] : []), `${a.postalCode} ${a.city}`],
    country: a.country,
    vatNumber,
  };
}
