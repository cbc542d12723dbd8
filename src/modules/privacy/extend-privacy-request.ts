import { and, eq, isNull } from 'drizzle-orm';
import { localDay } from '../../platform/calendar.ts';
import { AppError } from '../../platform/errors.ts';
import { marketByCode } from '../../platform/markets.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { privacyRequestEmails } from './privacy-request-emails.ts';
import type { PrivacyRequestDeps } from './privacy-requests.deps.ts';
import { privacyRequests } from './privacy-requests.schema.ts';
import { findPrivacyRequest } from './privacy-requests.store.ts';
import { checkExtension, MAX_EXTENSION } from './request-deadline.rules.ts';

/**
 * An operator extends an open request once (GDPR: by up to two further months; CCPA: up to 45
 * days), with reasons, and the requester is told at once: the notice is this email. Refused with
 * INVALID_STATE (409) after the first period, or when already extended.
 */
export async function extendPrivacyRequest(
  deps: PrivacyRequestDeps,
  input: { requestId: number; operatorUserId: number; reason: string; by?: number },
): Promise<{ dueOn: string }> {
  const reason = input.reason.trim();
  if (!reason) throw AppError.invalid([{ field: 'reason', message: 'is required' }]);
  if (reason.length > 2000)
    throw AppError.invalid([{ field: 'reason', message: 'must be at most 2000 characters' }]);
  const request = await findPrivacyRequest(deps.db, input.requestId);
  if (!request) throw AppError.notFound('Request');
  if (request.status !== 'open') throw new AppError('INVALID_STATE', 'Only an open request can be extended');
  const market = marketByCode(request.market)!;
  const now = deps.clock.now();
  const by = input.by ?? MAX_EXTENSION[request.regime].max;
  const r = checkExtension({
    regime: request.regime,
    received: request.receivedOn,
    today: localDay(now, market.timeZone),
    alreadyExtended: !!request.extendedAt,
    by,
  });
  if (!r.ok) {
    if (r.reason === 'bad_length') {
      const { unit, max } = MAX_EXTENSION[request.regime];
      throw AppError.invalid([{ field: 'by', message: `must be 1 to ${max} ${unit}` }]);
    }
    throw new AppError(
      'INVALID_STATE',
      r.reason === 'too_late'
        ? `An extension must be notified by ${request.initialDueOn}, within the first period`
        : 'The request was extended already',
    );
  }
  await deps.db.transaction(async (tx) => {
    const done = await tx
      .update(privacyRequests)
      .set({ dueOn: r.dueDay, extendedAt: now, extendedBy: input.operatorUserId, extensionReason: reason })
      .where(and(eq(privacyRequests.id, request.id), isNull(privacyRequests.extendedAt)))
      .returning({ id: privacyRequests.id });
    if (!done.length) throw new AppError('INVALID_STATE', 'The request was extended already');
    await deps.mailer.send(
      tx,
      privacyRequestEmails.extended(
        { email: request.email, locale: request.locale, name: request.name },
        { requestId: request.id, reason, dueOn: r.dueDay },
      ),
    );
    await recordAudit(tx, {
      action: 'privacy.request_extended',
      at: now,
      actorUserId: input.operatorUserId,
      subjectUserId: request.userId,
      details: { requestId: request.id, reason, by, dueOn: r.dueDay },
    });
  });
  return { dueOn: r.dueDay };
}
