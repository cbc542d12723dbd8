import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { privacyRequestEmails } from './privacy-request-emails.ts';
import { readRequestLink } from './privacy-request-token.ts';
import type { PrivacyRequestDeps } from './privacy-requests.deps.ts';
import { privacyRequests } from './privacy-requests.schema.ts';
import { findPrivacyRequest } from './privacy-requests.store.ts';

/**
 * The requester opened the emailed link: their address is confirmed, the request reaches the desk
 * and is acknowledged with its due day (counted from receipt, not from now). Opening it again
 * changes nothing. A forged or expired link is NOT_FOUND.
 */
export async function verifyPrivacyRequest(
  deps: PrivacyRequestDeps,
  input: { token: string },
): Promise<{ requestId: number; dueOn: string; alreadyVerified: boolean }> {
  const now = deps.clock.now();
  const claim = readRequestLink(deps.secret, 'verify', input.token, now);
  const request = claim ? await findPrivacyRequest(deps.db, claim.requestId) : undefined;
  if (!request) throw new AppError('NOT_FOUND', 'This link is not valid or has expired');
  if (request.status !== 'unverified')
    return { requestId: request.id, dueOn: request.dueOn, alreadyVerified: true };
  return deps.db.transaction(async (tx) => {
    const updated = await tx
      .update(privacyRequests)
      .set({ status: 'open', emailVerifiedAt: now })
      .where(and(eq(privacyRequests.id, request.id), eq(privacyRequests.status, 'unverified')))
      .returning({ id: privacyRequests.id });
    if (!updated.length) return { requestId: request.id, dueOn: request.dueOn, alreadyVerified: true };
    await deps.mailer.send(
      tx,
      privacyRequestEmails.received(
        { email: request.email, locale: request.locale, name: request.name },
        { requestId: request.id, kind: request.kind, dueOn: request.dueOn },
      ),
    );
    await recordAudit(tx, {
      action: 'privacy.request_verified',
      at: now,
      details: { requestId: request.id },
    });
    return { requestId: request.id, dueOn: request.dueOn, alreadyVerified: false };
  });
}
