import type { FieldIssue } from '../../platform/errors.ts';

/**
 * An offer the platform took out of sale after a DSA notice (delist-offer.ts) stays out of sale
 * until a complaint against that decision is upheld (relist-offer.ts): the seller may still edit
 * its stock, warranty and prices, which do not put an unpublished offer on sale, but may not
 * publish it. Pure.
 */
export const DELISTED_BY_PLATFORM =
  'was removed from sale by Reloop after a notice of illegal content: it goes back on sale only if a complaint against that decision is upheld';

/** The refusal of a change that would publish an offer the platform delisted, or null. */
export function platformDelistingIssue(
  offer: { delistedByPlatformAt: Date | null },
  change: { published?: boolean },
  field: string,
): FieldIssue | null {
  return offer.delistedByPlatformAt !== null && change.published === true
    ? { field, message: DELISTED_BY_PLATFORM }
    : null;
}
