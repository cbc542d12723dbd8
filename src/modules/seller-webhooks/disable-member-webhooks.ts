import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { sellerWebhooks } from './seller-webhooks.schema.ts';
import { disableWebhooks, type WebhookDisableReason } from './seller-webhooks.ts';

/**
 * Disable the webhooks a person added: for one seller when they leave its team, for every seller
 * when their account closes. Each is audited. Pass the transaction of the removal or closure as
 * `deps.db`, so nothing more is sent to an endpoint chosen by someone who lost access.
 */
export async function disableMemberWebhooks(
  deps: { db: Pick<Db, 'update' | 'insert'>; clock: Clock },
  input: { userId: number; sellerId?: number; actorUserId: number | null; reason: WebhookDisableReason },
): Promise<{ disabled: number }> {
  const ids = await disableWebhooks(deps.db, {
    where: and(
      eq(sellerWebhooks.createdBy, input.userId),
      input.sellerId === undefined ? undefined : eq(sellerWebhooks.sellerId, input.sellerId),
    ),
    now: deps.clock.now(),
    actorUserId: input.actorUserId,
    reason: input.reason,
  });
  return { disabled: ids.length };
}
