/**
 * Read model: who a seller team is — the trader address and country of each seller (sellers),
 * its owners and members with their account language (seller-team, accounts) — for the emails
 * sent to sellers (`sellerTeamRecipients`), several sellers in one read. Never writes.
 */
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from '../sellers/sellers.schema.ts';

export type TeamPerson = { userId: number; email: string; language: string | null };
export type SellerTeam = {
  sellerId: number;
  email: string;
  country: string;
  /** Owners, the first owner first (by membership date, then user id). */
  owners: TeamPerson[];
  /** Every member, owners included, by role, name and user id. */
  members: TeamPerson[];
};

const person = sql.raw(`json_build_object('userId', u.id, 'email', u.email, 'language', u.language)`);
// Qualified by hand: Drizzle writes a lone table's columns unqualified, and a bare "id" in the
// subqueries would be the member's or the user's.
const sellerId = sql.raw('sellers.id');

export async function sellerTeams(
  db: Pick<Db, 'select'>,
  sellerIds: readonly number[],
): Promise<SellerTeam[]> {
  if (sellerIds.length === 0) return [];
  return db
    .select({
      sellerId: sellers.id,
      email: sellers.email,
      country: sellers.country,
      owners: sql<TeamPerson[]>`(SELECT coalesce(json_agg(${person} ORDER BY m.created_at, u.id), '[]'::json)
        FROM seller_members m JOIN users u ON u.id = m.user_id WHERE m.seller_id = ${sellerId} AND m.role = 'owner')`,
      members: sql<
        TeamPerson[]
      >`(SELECT coalesce(json_agg(${person} ORDER BY m.role, u.name, u.id), '[]'::json)
        FROM seller_members m JOIN users u ON u.id = m.user_id WHERE m.seller_id = ${sellerId})`,
    })
    .from(sellers)
    .where(inArray(sellers.id, [...new Set(sellerIds)]));
}
