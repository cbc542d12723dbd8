import { localDay } from '../../platform/calendar.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { marketByCode } from '../../platform/markets.ts';
import { readerStorefront } from '../accounts/recipient-locale.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestKind } from './privacy-choices.rules.ts';
import { kindsOf } from './privacy-choices.rules.ts';
import { privacyRequestEmails } from './privacy-request-emails.ts';
import { REQUEST_LINK_DAYS, signRequestLink } from './privacy-request-token.ts';
import type { PrivacyRequestDeps } from './privacy-requests.deps.ts';
import { privacyRequests } from './privacy-requests.schema.ts';
import { initialDueDay, regimeOf } from './request-deadline.rules.ts';

export type SubmitPrivacyRequestInput = {
  market: string;
  /** The locale the requester is answered in (the form's page, or the account's). */
  locale: string;
  kind: string;
  name: string;
  email: string;
  details?: string;
  /** Signed in (the privacy centre): their account, verified already; null for the public form. */
  userId: number | null;
};

export const DETAILS_MAX = 4000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A data-subject request arrives. From the public form it waits for its email address to be
 * confirmed (a signed link, 7 days) before it reaches the desk; from the privacy centre it is in
 * the desk at once and acknowledged with its due day. The deadline counts from today either way.
 */
export async function submitPrivacyRequest(
  deps: PrivacyRequestDeps,
  input: SubmitPrivacyRequestInput,
): Promise<{ requestId: number; status: 'unverified' | 'open'; dueOn: string }> {
  const market = marketByCode(input.market);
  if (!market) throw AppError.invalid([{ field: 'market', message: 'is not a market' }]);
  const regime = regimeOf(market.code);
  const issues: FieldIssue[] = [];
  const kind = (kindsOf(regime) as readonly string[]).includes(input.kind)
    ? (input.kind as RequestKind)
    : null;
  if (!kind) issues.push({ field: 'kind', message: `must be one of ${kindsOf(regime).join(', ')}` });
  const name = input.name.trim();
  if (!name) issues.push({ field: 'name', message: 'is required' });
  else if (name.length > 200) issues.push({ field: 'name', message: 'must be at most 200 characters' });
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254)
    issues.push({ field: 'email', message: 'must be an email address' });
  const details = (input.details ?? '').trim();
  if (details.length > DETAILS_MAX)
    issues.push({ field: 'details', message: `must be at most ${DETAILS_MAX} characters` });
  if ((kind === 'rectification' || kind === 'objection') && !details)
    issues.push({ field: 'details', message: 'is required' });
  if (issues.length || !kind) throw AppError.invalid(issues);

  const now = deps.clock.now();
  const receivedOn = localDay(now, market.timeZone);
  const dueOn = initialDueDay(regime, receivedOn);
  const fromAccount = input.userId !== null;
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(privacyRequests)
      .values({
        market: market.code,
        locale: input.locale,
        regime,
        kind,
        source: fromAccount ? 'account' : 'form',
        userId: input.userId,
        name,
        email,
        details,
        status: fromAccount ? 'open' : 'unverified',
        receivedAt: now,
        receivedOn,
        initialDueOn: dueOn,
        dueOn,
        ...(fromAccount ? { emailVerifiedAt: now, identityVerifiedAt: now } : {}),
      })
      .returning({ id: privacyRequests.id });
    const requestId = row!.id;
    const to = { email, locale: input.locale, name };
    if (fromAccount) {
      await deps.mailer.send(tx, privacyRequestEmails.received(to, { requestId, kind, dueOn }));
    } else {
      const expiresAt = new Date(now.getTime() + REQUEST_LINK_DAYS * 86_400_000);
      const token = signRequestLink(deps.secret, 'verify', { requestId, expiresAt });
      const storefront = readerStorefront(input.locale, market.code);
      const link = deps.siteUrl(`/${storefront}/privacy/request/verify?token=${token}`);
      await deps.mailer.send(tx, privacyRequestEmails.verify(to, { kind, link, expiresAt }));
    }
    await recordAudit(tx, {
      action: 'privacy.request_submitted',
      at: now,
      actorUserId: input.userId,
      subjectUserId: input.userId,
      details: { requestId, kind, source: fromAccount ? 'account' : 'form', dueOn },
    });
    return { requestId, status: fromAccount ? ('open' as const) : ('unverified' as const), dueOn };
  });
}
