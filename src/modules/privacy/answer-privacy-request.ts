import { and, eq } from 'drizzle-orm';
import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { readerStorefront } from '../accounts/recipient-locale.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { eraseAccount } from './erase-account.ts';
import { DATA_KINDS } from './privacy-choices.rules.ts';
import { privacyRequestEmails } from './privacy-request-emails.ts';
import { REQUEST_LINK_DAYS, signRequestLink } from './privacy-request-token.ts';
import { privacyRequests } from './privacy-requests.schema.ts';
import { findPrivacyRequest } from './privacy-requests.store.ts';

export const ANSWER_MAX = 6000;

export type AnswerInput = {
  requestId: number;
  operatorUserId: number;
  outcome: string;
  /** The written answer: required for a refusal (its reasons) and for any answer not made of data. */
  text?: string;
};

/**
 * An operator answers an open request; the system sends the answer, in the requester's language.
 * - `refuse`: the reasons, with the right to complain to a supervisory authority and to a judicial
 *   remedy (Art. 12(4)).
 * - `fulfil` access / portability / know, about an account: a signed link (7 days) to a ZIP of the
 *   person's data, built when it is opened; the identity must be verified first.
 * - `fulfil` erasure, about an account: the account is erased (`eraseAccount`, which emails the
 *   erasure report), then the answer; identity verified first.
 * - anything else (or no account behind the email address): the written answer.
 */
export async function answerPrivacyRequest(
  deps: Deps,
  input: AnswerInput,
): Promise<{ status: 'answered' | 'refused'; erased: boolean; downloadLink: string | null }> {
  const outcome = input.outcome === 'fulfil' || input.outcome === 'refuse' ? input.outcome : null;
  const text = (input.text ?? '').trim();
  if (!outcome) throw AppError.invalid([{ field: 'outcome', message: 'must be fulfil or refuse' }]);
  if (text.length > ANSWER_MAX)
    throw AppError.invalid([{ field: 'text', message: `must be at most ${ANSWER_MAX} characters` }]);
  const request = await findPrivacyRequest(deps.db, input.requestId);
  if (!request) throw AppError.notFound('Request');
  if (request.status !== 'open') throw new AppError('INVALID_STATE', 'Only an open request can be answered');
  const aboutData = DATA_KINDS.has(request.kind) || request.kind === 'erasure';
  // Whether data is handed over or erased, or none is found, depends on who asks: verify first.
  if (outcome === 'fulfil' && aboutData && !request.identityVerifiedAt)
    throw new AppError(
      'INVALID_STATE',
      'Verify the requester’s identity before handing over or erasing data',
    );
  const withData = outcome === 'fulfil' && request.userId !== null && aboutData;
  if (!text && !withData) throw AppError.invalid([{ field: 'text', message: 'is required' }]);

  const now = deps.clock.now();
  const to = { email: request.email, locale: request.locale, name: request.name };
  const erased = withData && request.kind === 'erasure';
  if (erased) {
    // Its own transaction: it signs the person out everywhere and emails the report.
    await eraseAccount(deps, {
      userId: request.userId!,
      requestedBy: input.operatorUserId,
      reason: 'request_desk',
    });
  }
  let downloadLink: string | null = null;
  const status = outcome === 'refuse' ? ('refused' as const) : ('answered' as const);
  await deps.db.transaction(async (tx) => {
    const done = await tx
      .update(privacyRequests)
      .set({ status, answeredAt: now, answeredBy: input.operatorUserId, answerText: text || null })
      .where(and(eq(privacyRequests.id, request.id), eq(privacyRequests.status, 'open')))
      .returning({ id: privacyRequests.id });
    if (!done.length) throw new AppError('INVALID_STATE', 'Only an open request can be answered');
    if (outcome === 'refuse') {
      await deps.mailer.send(
        tx,
        privacyRequestEmails.refused(to, {
          requestId: request.id,
          kind: request.kind,
          text,
          ccpa: request.regime === 'ccpa',
        }),
      );
    } else if (withData && !erased) {
      const expiresAt = new Date(now.getTime() + REQUEST_LINK_DAYS * 86_400_000);
      const token = signRequestLink(deps.secret, 'download', { requestId: request.id, expiresAt });
      const storefront = readerStorefront(request.locale, request.market);
      downloadLink = deps.siteUrl(`/${storefront}/privacy/request/download?token=${token}`);
      await deps.mailer.send(
        tx,
        privacyRequestEmails.dataReady(to, { requestId: request.id, link: downloadLink, expiresAt, text }),
      );
    } else {
      await deps.mailer.send(
        tx,
        privacyRequestEmails.answered(to, {
          requestId: request.id,
          kind: request.kind,
          text,
          erased,
        }),
      );
    }
    await recordAudit(tx, {
      action: outcome === 'refuse' ? 'privacy.request_refused' : 'privacy.request_answered',
      at: now,
      actorUserId: input.operatorUserId,
      subjectUserId: request.userId,
      details: { requestId: request.id, kind: request.kind, erased, dataLinkSent: !!downloadLink },
    });
  });
  return { status, erased, downloadLink };
}
