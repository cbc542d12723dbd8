import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { revokeMemberApiKeys } from '../seller-api/revoke-member-api-keys.ts';
import { disableMemberWebhooks } from '../seller-webhooks/disable-member-webhooks.ts';

/**
 * A closed account's seller integrations end with it: the API keys the person created are revoked
 * and the webhooks they added disabled, for every seller (audited by those modules). Run in the
 * closure's transaction; the caller clears the API key lookup cache after the commit.
 */
export async function endIntegrationsOf(
  deps: { db: Pick<Db, 'update' | 'insert'>; clock: Clock },
  input: { userId: number; actorUserId: number },
): Promise<void> {
  const scope = { userId: input.userId, actorUserId: input.actorUserId, reason: 'account_closed' as const };
  await revokeMemberApiKeys(deps, scope);
  await disableMemberWebhooks(deps, scope);
}
