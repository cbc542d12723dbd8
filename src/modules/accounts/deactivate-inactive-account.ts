import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { businessProfiles, users } from './accounts.schema.ts';
import { revokeSessions } from './accounts.store.ts';
import { endIntegrationsOf } from './end-integrations-of.ts';

/**
 * Retention (privacy module): an account unused for its retention period, warned 30 days before,
 * is closed by the platform and signed out everywhere; erasure follows. Its address stays free to
 * register again (inactivity is no ground to bar anyone). False when the account is not active.
 * Run in the caller's transaction; the caller clears the API key cache after the commit.
 */
export async function deactivateInactiveAccount(
  deps: { db: Db; clock: Clock },
  input: { userId: number },
): Promise<boolean> {
  const now = deps.clock.now();
  const rows = await deps.db
    .update(users)
    .set({
      status: 'closed',
      closedAt: now,
      closedBy: 'platform',
      reregistrationAllowedAt: now,
      updatedAt: now,
    })
    .where(and(eq(users.id, input.userId), eq(users.status, 'active')))
    .returning({ id: users.id });
  if (!rows.length) return false;
  await deps.db
    .update(businessProfiles)
    .set({ active: false })
    .where(eq(businessProfiles.userId, input.userId));
  await revokeSessions(deps.db, input.userId, now);
  await endIntegrationsOf(deps, { userId: input.userId, actorUserId: input.userId });
  return true;
}
