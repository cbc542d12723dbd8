import type { Db } from '../../platform/db/client.ts';
import type { FieldIssue } from '../../platform/errors.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import { maySellIn, sellerMarkets } from './offer-terms.rules.ts';

/**
 * Field issues for the markets a seller may not list in (offer-terms.rules.ts maySellIn: EU
 * sellers in the EU markets, others only at home). `fieldOf` names the issue of each market.
 */
export async function marketAccessIssues(
  db: Db,
  sellerId: number,
  markets: ReadonlyArray<{ code: string; field: string }>,
): Promise<FieldIssue[]> {
  if (markets.length === 0) return [];
  const s = await findSeller(db, sellerId);
  if (!s) return [];
  return marketIssuesFor(s.country, markets);
}

/** The same, for a seller whose country is known. */
export function marketIssuesFor(
  country: string,
  markets: ReadonlyArray<{ code: string; field: string }>,
): FieldIssue[] {
  const allowed = sellerMarkets(country)
    .map((m) => m.code)
    .join(', ');
  return markets
    .filter((m) => !maySellIn(country, m.code))
    .map((m) => ({
      field: m.field,
      message: `is not open to a seller based in ${country} (${allowed ? `markets: ${allowed}` : 'no market'})`,
    }));
}
