import type { en } from './en.ts';

export const de: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Gebrauchtgegenstände/Sonderregelung',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge': 'Steuerschuldnerschaft des Leistungsempfängers — Steuerfreie innergemeinschaftliche Lieferung, Art. 138 Richtlinie 2006/112/EG',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService': 'Steuerschuldnerschaft des Leistungsempfängers, Art. 196 Richtlinie 2006/112/EG',
};
