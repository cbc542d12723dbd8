import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { type KeyRevocationReason, revokeKeys } from './api-keys.ts';
import { sellerApiKeys } from './seller-api.schema.ts';

/**
 * Revoke the API keys a person created: for one seller when they leave its team, for every seller
 * when their account closes. Each revocation is audited. Pass the transaction of the removal or
 * closure as `deps.db`, so the keys stop working exactly when the access they came from ends, and
 * call `forgetAuthenticatedKeys` after its commit (a lookup cached meanwhile must not outlive it).
 */
export async function revokeMemberApiKeys(
  deps: { db: Pick<Db, 'update' | 'insert'>; clock: Clock },
  input: { userId: number; sellerId?: number; actorUserId: number | null; reason: KeyRevocationReason },
): Promise<{ revoked: number }> {
  const revoked = await revokeKeys(deps.db, {
    where: and(
      eq(sellerApiKeys.createdBy, input.userId),
      input.sellerId === undefined ? undefined : eq(sellerApiKeys.sellerId, input.sellerId),
    ),
    now: deps.clock.now(),
    actorUserId: input.actorUserId,
    reason: input.reason,
  });
  return { revoked };
}
