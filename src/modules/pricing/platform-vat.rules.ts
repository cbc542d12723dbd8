import { DEFAULT_PLATFORM_VAT } from '../ledger/ledger.rules.ts';
import { isEuMemberState } from './vat.rules.ts';

/**
 * VAT on the platform's own services to sellers (commission, monthly fee): French VAT for sellers
 * established in France, reverse charge (VATD Art. 196) for sellers elsewhere in the EU, outside
 * the scope of EU VAT (Art. 44) for sellers outside it.
 */
export const PLATFORM_REVERSE_CHARGE_MENTION = 'Reverse charge — Art. 196 Directive 2006/112/EC';
export const PLATFORM_OUTSIDE_SCOPE_MENTION =
  'VAT not applicable — services supplied to a business established outside the EU (Art. 44 Directive 2006/112/EC)';

export type PlatformVatTreatment = 'standard' | 'reverse_charge' | 'outside_scope';

/**
 * The message key of the mention Reloop's invoices to sellers carry for a treatment, read in the
 * document's language (`doc.mention.*`); the constants above are its English text.
 */
export function platformMentionKey(
  treatment: PlatformVatTreatment,
): 'doc.mention.reverseChargeService' | 'doc.mention.outsideScope' | null {
  if (treatment === 'reverse_charge') return 'doc.mention.reverseChargeService';
  if (treatment === 'outside_scope') return 'doc.mention.outsideScope';
  return null;
}

/** Which VAT the platform's services to a seller established in `country` carry. */
export function platformVatFor(country: string): {
  treatment: PlatformVatTreatment;
  rateBp: number;
  mention: string | null;
} {
  const c = country.trim().toUpperCase();
  if (c === DEFAULT_PLATFORM_VAT.country)
    return { treatment: 'standard', rateBp: DEFAULT_PLATFORM_VAT.rateBp, mention: null };
  if (isEuMemberState(c))
    return { treatment: 'reverse_charge', rateBp: 0, mention: PLATFORM_REVERSE_CHARGE_MENTION };
  return { treatment: 'outside_scope', rateBp: 0, mention: PLATFORM_OUTSIDE_SCOPE_MENTION };
}
