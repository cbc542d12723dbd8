import type { Deps } from '../../app/deps.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { objectToMarketing } from '../marketing/object-to-marketing.ts';

/**
 * The privacy centre's "object to marketing" (GDPR Art. 21(2)–(3)): absolute and immediate, every
 * marketing channel off at once (the marketing module's `objectToMarketing`; alerts the person
 * asked for are a service and stay), recorded in the audit log.
 */
export async function objectToMarketingFromCentre(
  deps: Deps,
  input: { userId: number; ip?: string | null },
): Promise<void> {
  await objectToMarketing(deps, { userId: input.userId });
  await recordAudit(deps.db, {
    action: 'privacy.marketing_objected',
    at: deps.clock.now(),
    actorUserId: input.userId,
    subjectUserId: input.userId,
    ip: input.ip ?? null,
  });
}
