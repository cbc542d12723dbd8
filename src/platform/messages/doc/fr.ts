import type { en } from './en.ts';

export const fr: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Régime particulier — Biens d’occasion',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge': 'Autoliquidation — Exonération de TVA, livraison intracommunautaire, art. 138 de la directive 2006/112/CE',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService': 'Autoliquidation — TVA due par le preneur, art. 196 de la directive 2006/112/CE',
};
