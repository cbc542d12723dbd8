import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { readerLocale } from '../../platform/i18n.ts';
import { DEFAULT_MARKET, marketByCode, storefrontsOf } from '../../platform/markets.ts';
import { users } from './accounts.schema.ts';

/**
 * The locale a person's emails are written in: the language chosen on the account, in the
 * account's market (fr + BE → fr-BE), else the account market's own locale (issue 13). The one
 * place that decides it for accounts; other modules ask through `recipientLocale`.
 */
export function userLocale(user: { language: string | null; market: string }): string {
  return readerLocale(user.language, marketByCode(user.market) ?? DEFAULT_MARKET);
}

/**
 * The storefront (its URL locale, `nl-be`) that links in a reader's emails open on `market`: the
 * market's storefront in the reader's language where it has one (nl on BE → nl-be), else the
 * market's own (en on BE → fr-be, fr on DE → de-de). `locale` is the reader's (`userLocale`,
 * `buyerLocale`, `sellerLocale`).
 */
export function readerStorefront(locale: string, market: string): string {
  const m = marketByCode(market) ?? DEFAULT_MARKET;
  const language = (locale.split('-')[0] ?? '').toLowerCase();
  return (storefrontsOf(m).find((s) => s.locale.startsWith(`${language}-`)) ?? m).locale;
}

/** The storefront an account's email links open: its market's, in its language (`readerStorefront`). */
export function userStorefront(user: { language: string | null; market: string }): string {
  return readerStorefront(userLocale(user), user.market);
}

/** The locale of the account `userId`, or null when there is no such account. */
export async function recipientLocale(db: Db, userId: number): Promise<string | null> {
  const [row] = await db
    .select({ language: users.language, market: users.market })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ? userLocale(row) : null;
}

/** The languages chosen on several accounts (null: none chosen, the market's), by user id. */
export async function accountLanguages(
  db: Db,
  userIds: readonly number[],
): Promise<Map<number, string | null>> {
  if (!userIds.length) return new Map();
  const rows = await db
    .select({ id: users.id, language: users.language })
    .from(users)
    .where(inArray(users.id, [...userIds]));
  return new Map(rows.map((r) => [r.id, r.language]));
}
