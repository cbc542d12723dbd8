import type { en } from './en.ts';

export const nl: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Bijzondere regeling — gebruikte goederen',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge': 'Btw verlegd — Vrijgestelde intracommunautaire levering, art. 138 Richtlijn 2006/112/EG',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService': 'Btw verlegd — btw verschuldigd door de afnemer, art. 196 Richtlijn 2006/112/EG',
};
