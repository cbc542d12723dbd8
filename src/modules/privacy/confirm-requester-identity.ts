import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { findActiveUserByEmail } from '../accounts/accounts.store.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { PrivacyRequestDeps } from './privacy-requests.deps.ts';
import { privacyRequests } from './privacy-requests.schema.ts';
import { findPrivacyRequest } from './privacy-requests.store.ts';

/**
 * An operator confirms who the requester is (how, in `note`: the proof seen). The request is then
 * about the active account of its email address, if there is one; access and erasure are only
 * carried out after this. Requests from the privacy centre are confirmed at once (signed in).
 */
export async function confirmRequesterIdentity(
  deps: Pick<PrivacyRequestDeps, 'db' | 'clock'>,
  input: { requestId: number; operatorUserId: number; note: string },
): Promise<{ userId: number | null }> {
  const note = input.note.trim();
  if (!note) throw AppError.invalid([{ field: 'note', message: 'is required' }]);
  if (note.length > 1000)
    throw AppError.invalid([{ field: 'note', message: 'must be at most 1000 characters' }]);
  const request = await findPrivacyRequest(deps.db, input.requestId);
  if (!request) throw AppError.notFound('Request');
  if (request.status !== 'open') throw new AppError('INVALID_STATE', 'Only an open request can be verified');
  if (request.identityVerifiedAt) throw new AppError('INVALID_STATE', 'The identity is verified already');
  const account = request.userId ? null : await findActiveUserByEmail(deps.db, request.email);
  const userId = request.userId ?? account?.id ?? null;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(privacyRequests)
      .set({ identityVerifiedAt: now, identityVerifiedBy: input.operatorUserId, identityNote: note, userId })
      .where(and(eq(privacyRequests.id, request.id), eq(privacyRequests.status, 'open')));
    await recordAudit(tx, {
      action: 'privacy.identity_verified',
      at: now,
      actorUserId: input.operatorUserId,
      subjectUserId: userId,
      details: { requestId: request.id, note },
    });
  });
  return { userId };
}
