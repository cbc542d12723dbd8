import type { en } from './en.ts';

export const it: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Regime del margine — beni usati',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge': 'Inversione contabile — Cessione intracomunitaria non imponibile, art. 138 Direttiva 2006/112/CE',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService': 'Inversione contabile — IVA dovuta dal committente, art. 196 Direttiva 2006/112/CE',
};
