/**
 * Identifiers on the wire. Back Market gives listings a UUID (`id`) and a legacy integer
 * (`listing_id`); Reloop's offers have an integer id, so a listing's UUID is that integer encoded in
 * a fixed UUID-v4-shaped pattern: stable, reversible, and accepted wherever a listing id is.
 * Products have UUIDs; the deprecated integer product ids (`backmarket_id`, `OrderLine.product_id`,
 * `Backbox.product`) are a stable 31-bit number derived from the UUID — informational only.
 */
const LISTING_UUID = /^00000000-0000-4000-8000-([0-9a-f]{12})$/i;

export function listingUuid(offerId: number): string {
  return `00000000-0000-4000-8000-${offerId.toString(16).padStart(12, '0')}`;
}

/** An offer id from a listing reference (integer or listing UUID), or null when it cannot be one. */
export function offerIdFromListingRef(ref: string | undefined | null): number | null {
  if (!ref) return null;
  const s = ref.trim();
  if (/^\d{1,10}$/.test(s)) {
    const n = Number(s);
    return n >= 1 && n <= 2_147_483_647 ? n : null;
  }
  const m = LISTING_UUID.exec(s);
  if (!m) return null;
  const n = Number.parseInt(m[1]!, 16);
  return n >= 1 && n <= 2_147_483_647 ? n : null;
}

/** Deprecated integer product id: the first 31 bits of the product UUID. */
export function legacyProductNumber(productId: string): number {
  return Number.parseInt(productId.replace(/-/g, '').slice(0, 8), 16) >>> 1;
}
