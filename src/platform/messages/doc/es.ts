import type { en } from './en.ts';

export const es: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Régimen especial de los bienes usados',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge': 'Inversión del sujeto pasivo — Entrega intracomunitaria exenta, art. 138 Directiva 2006/112/CE',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService': 'Inversión del sujeto pasivo — IVA a cargo del destinatario, art. 196 Directiva 2006/112/CE',
};
