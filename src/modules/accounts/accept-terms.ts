import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from './accounts.deps.ts';
import { findUser } from './accounts.store.ts';
import { acceptCurrentDocuments } from './legal-acceptance.ts';

/** Accept the terms and privacy versions now in force in the user's market. */
export async function acceptTerms(
  deps: AccountsDeps,
  a: { userId: number; meta: RequestMeta },
): Promise<void> {
  const user = await findUser(deps.db, a.userId);
  if (!user) throw AppError.notFound('Account');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const ids = await acceptCurrentDocuments(tx, {
      userId: user.id,
      market: user.market,
      language: user.language,
      now,
      ip: a.meta.ip,
    });
    await recordAudit(tx, {
      action: 'account.terms_accepted',
      at: now,
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: a.meta.ip,
      details: { documentIds: ids },
    });
  });
}
