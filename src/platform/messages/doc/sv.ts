import type { en } from './en.ts';

export const sv: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Vinstmarginalbeskattning för begagnade varor',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge': 'Omvänd betalningsskyldighet — Skattefri gemenskapsintern leverans, art. 138 direktiv 2006/112/EG',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService': 'Omvänd betalningsskyldighet — mervärdesskatt betalas av köparen, art. 196 direktiv 2006/112/EG',
};
