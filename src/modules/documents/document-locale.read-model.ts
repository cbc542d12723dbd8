/**
 * Read model — serves: the language of documents (doc-i18n.ts): a buyer's (receipt, the seller's
 * invoice, credit notes) and a seller's (account statement, Reloop's monthly invoice).
 * Reads: users (accounts), seller_members (seller-team), sellers (sellers). Never writes.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { readerLocale } from '../../platform/i18n.ts';
import { marketByCode } from '../../platform/markets.ts';
import { users } from '../accounts/accounts.schema.ts';
import { sellerMembers } from '../seller-team/seller-team.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';

type Reader = Pick<Db, 'select'>;

/**
 * The region whose formats a reader in `country` uses: its market's; a country without a
 * storefront reads English with European formats, or the chosen language in that country.
 */
function regionOf(country: string, language: string | null): { bcp47: string } {
  return marketByCode(country) ?? { bcp47: language ? `en-${country.toUpperCase()}` : 'en-GB' };
}

/**
 * The locale a buyer reads documents in: the account's language in the order's market region
 * (`readerLocale`), else the order's market's locale. No account (null): the market's.
 */
export async function buyerDocumentLocale(
  db: Reader,
  buyer: { buyerUserId: number | null; market: string },
): Promise<string> {
  let language: string | null = null;
  if (buyer.buyerUserId !== null) {
    const [u] = await db
      .select({ language: users.language })
      .from(users)
      .where(eq(users.id, buyer.buyerUserId));
    language = u?.language ?? null;
  }
  return readerLocale(language, regionOf(buyer.market, language));
}

/**
 * The locale a seller reads documents in: its (first) owner's account language in the seller's
 * country, else the locale of the seller's country's market (English where it has none).
 */
export async function sellerDocumentLocale(db: Reader, sellerId: number): Promise<string> {
  const [s] = await db.select({ country: sellers.country }).from(sellers).where(eq(sellers.id, sellerId));
  const [owner] = await db
    .select({ language: users.language })
    .from(sellerMembers)
    .innerJoin(users, eq(users.id, sellerMembers.userId))
    .where(and(eq(sellerMembers.sellerId, sellerId), eq(sellerMembers.role, 'owner')))
    .orderBy(asc(sellerMembers.createdAt), asc(sellerMembers.userId))
    .limit(1);
  const language = owner?.language ?? null;
  return readerLocale(language, regionOf(s?.country ?? 'GB', language));
}
