/**
 * Read model for the policy-version notices: the published terms and privacy versions that have
 * not taken effect yet (accounts' legal_documents, every language of each), and the active people
 * of their market who were not told yet (accounts' users, this module's policy_notices). Never writes.
 */
import { and, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { legalDocuments, users } from '../accounts/accounts.schema.ts';
import { policyNotices } from './marketing.schema.ts';
import type { MarketingPerson } from './marketing-people.read-model.ts';
import { ANNOUNCED_KINDS } from './policy-notice.rules.ts';

export type UpcomingVersion = {
  kind: 'terms' | 'privacy';
  market: string;
  version: string;
  createdAt: Date;
  effectiveAt: Date;
  /** The text in each language it exists in. */
  texts: Array<{ language: string; title: string; body: string }>;
};

/** Terms and privacy versions published at `now` that take effect after it. */
export async function upcomingVersions(db: Db, now: Date): Promise<UpcomingVersion[]> {
  const rows = await db
    .select()
    .from(legalDocuments)
    .where(
      and(
        inArray(legalDocuments.kind, [...ANNOUNCED_KINDS]),
        lte(legalDocuments.createdAt, now),
        gt(legalDocuments.effectiveAt, now),
      ),
    )
    .orderBy(asc(legalDocuments.id));
  const byVersion = new Map<string, UpcomingVersion>();
  for (const r of rows) {
    const key = `${r.kind}|${r.market}|${r.version}`;
    let v = byVersion.get(key);
    if (!v) {
      v = {
        kind: r.kind as 'terms' | 'privacy',
        market: r.market,
        version: r.version,
        createdAt: r.createdAt,
        effectiveAt: r.effectiveAt,
        texts: [],
      };
      byVersion.set(key, v);
    }
    if (r.createdAt < v.createdAt) v.createdAt = r.createdAt;
    v.texts.push({ language: r.language, title: r.title, body: r.body });
  }
  return [...byVersion.values()];
}

/** Active accounts of the version's market not yet told about it, in id order after `afterUserId`. */
export async function peopleNotTold(
  db: Db,
  v: Pick<UpcomingVersion, 'kind' | 'market' | 'version'>,
  afterUserId: number,
  limit: number,
): Promise<MarketingPerson[]> {
  return db
    .select({ userId: users.id, email: users.email, language: users.language, market: users.market })
    .from(users)
    .leftJoin(
      policyNotices,
      and(
        eq(policyNotices.userId, users.id),
        eq(policyNotices.kind, v.kind),
        eq(policyNotices.market, v.market),
        eq(policyNotices.version, v.version),
      ),
    )
    .where(
      and(
        eq(users.status, 'active'),
        eq(users.market, v.market),
        isNull(policyNotices.userId),
        gt(users.id, afterUserId),
        sql`${users.email} <> ''`,
      ),
    )
    .orderBy(asc(users.id))
    .limit(limit);
}
