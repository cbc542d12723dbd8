/**
 * SQL shared by the privacy module's request and choice use cases, and its query functions for the
 * pages (privacy centre, request desk). Writes only the module's own tables.
 */
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import {
  postmortemDirectives,
  privacyRequests,
  processingObjections,
  processingRestrictions,
} from './privacy-requests.schema.ts';

export type PrivacyRequestRow = typeof privacyRequests.$inferSelect;

export async function findPrivacyRequest(db: Db, id: number): Promise<PrivacyRequestRow | undefined> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return undefined;
  const [row] = await db.select().from(privacyRequests).where(eq(privacyRequests.id, id));
  return row;
}

export const DESK_FILTERS = ['open', 'answered', 'refused', 'unverified', 'all'] as const;
export type DeskFilter = (typeof DESK_FILTERS)[number];

/** The request desk's queue: soonest due first (overdue ones first of all), by state. */
export async function deskQueue(db: Db, filter: DeskFilter): Promise<PrivacyRequestRow[]> {
  const where: SQL | undefined = filter === 'all' ? undefined : eq(privacyRequests.status, filter);
  const q = db.select().from(privacyRequests).where(where);
  return filter === 'open' || filter === 'unverified'
    ? q.orderBy(asc(privacyRequests.dueOn), asc(privacyRequests.id)).limit(500)
    : q.orderBy(desc(privacyRequests.receivedAt), desc(privacyRequests.id)).limit(500);
}

/** A person's own requests (the privacy centre), newest first. */
export async function requestsOf(db: Db, userId: number): Promise<PrivacyRequestRow[]> {
  return db
    .select()
    .from(privacyRequests)
    .where(
      and(
        eq(privacyRequests.userId, userId),
        inArray(privacyRequests.status, ['open', 'answered', 'refused']),
      ),
    )
    .orderBy(desc(privacyRequests.receivedAt), desc(privacyRequests.id))
    .limit(100);
}

export type PrivacyChoices = {
  restriction: { reason: string; since: Date } | null;
  objections: Array<{ purpose: string; since: Date }>;
  directives: {
    instruction: 'delete' | 'keep' | 'hand_over';
    trustedName: string | null;
    trustedEmail: string | null;
    updatedAt: Date;
  } | null;
};

/** What a person chose in the privacy centre (restriction, objections, post-mortem directives). */
export async function privacyChoicesOf(db: Db, userId: number): Promise<PrivacyChoices> {
  const [[restriction], objections, [directives]] = await Promise.all([
    db
      .select({ reason: processingRestrictions.reason, since: processingRestrictions.since })
      .from(processingRestrictions)
      .where(eq(processingRestrictions.userId, userId)),
    db
      .select({ purpose: processingObjections.purpose, since: processingObjections.since })
      .from(processingObjections)
      .where(eq(processingObjections.userId, userId))
      .orderBy(asc(processingObjections.purpose)),
    db
      .select({
        instruction: postmortemDirectives.instruction,
        trustedName: postmortemDirectives.trustedName,
        trustedEmail: postmortemDirectives.trustedEmail,
        updatedAt: postmortemDirectives.updatedAt,
      })
      .from(postmortemDirectives)
      .where(eq(postmortemDirectives.userId, userId)),
  ]);
  return { restriction: restriction ?? null, objections, directives: directives ?? null };
}

/** For other modules: is processing of this person's data restricted (Art. 18)? Then only store it. */
export async function isProcessingRestricted(db: Db, userId: number): Promise<boolean> {
  const [row] = await db
    .select({ userId: processingRestrictions.userId })
    .from(processingRestrictions)
    .where(eq(processingRestrictions.userId, userId));
  return !!row;
}

/** For other modules: has this person objected to a purpose (e.g. `recommendations`)? */
export async function objectsTo(db: Db, userId: number, purpose: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: processingObjections.userId })
    .from(processingObjections)
    .where(and(eq(processingObjections.userId, userId), eq(processingObjections.purpose, purpose)));
  return !!row;
}
