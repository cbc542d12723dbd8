/** English document (PDF) strings and legal mentions (ICU MessageFormat); every key starts with `doc.`. */
export const en = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Margin scheme — Second-hand goods',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge': 'Reverse charge — Exempt intra-Community supply, Art. 138 Directive 2006/112/EC',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService': 'Reverse charge — VAT due by the customer, Art. 196 Directive 2006/112/EC',
} as const satisfies Record<string, string>;
