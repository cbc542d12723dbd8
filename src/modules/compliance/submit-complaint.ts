import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { findUser } from '../accounts/accounts.store.ts';
import { userLocale } from '../accounts/recipient-locale.ts';
import { complaintIssues, complaintWindowOpen } from './complaint.rules.ts';
import { sellerSuspendedBy } from './dsa-content.read-model.ts';
import { dsaEmails } from './dsa-emails.ts';
import { marketZone, noticeComplaintTokenValid } from './dsa-links.ts';
import { dsaComplaints } from './dsa-notices.schema.ts';
import { findNotice, noticeOfStatement, openComplaintAbout } from './dsa-notices.store.ts';
import { findStatement } from './list-statements.ts';

export type ComplaintInput = {
  /** A statement of reasons complained about (the person it was addressed to)… */
  statementId?: string;
  /** …or a notice's decision (its notifier, with the signed link of the decision email). */
  noticeId?: number;
  token?: string;
  explanation: string;
  /** Not signed in: the email the decision was sent to. */
  email?: string;
  /** Signed in: their account and the sellers they are a member of. */
  userId: number | null;
  sellerIds?: readonly number[];
  market: string;
  locale: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notYours = () =>
  new AppError('FORBIDDEN', 'Only the person this decision was addressed to can contest it', [
    { field: 'email', message: 'is not the address this decision was sent to' },
  ]);

/**
 * The person a decision concerns contests it (DSA Art. 20): free, electronic, within six months
 * of being informed (complaint.rules.ts; 422 WINDOW_CLOSED after). Either the addressee of a
 * statement of reasons — signed in as that user or as a member of the seller concerned, or with
 * the email it was sent to (a closed account cannot sign in) — or a notifier about the decision on
 * their notice, through the signed link of the decision email. One open complaint per decision;
 * its receipt is confirmed by email. A person decides (decide-complaint.ts).
 */
export async function submitComplaint(
  deps: { db: Db; clock: Clock; mailer: Mailer; secret: string },
  input: ComplaintInput,
): Promise<{ complaintId: number }> {
  const issues = complaintIssues(input.explanation);
  if (issues.length) throw AppError.invalid(issues);
  const now = deps.clock.now();
  let about: { statementId: string | null; noticeId: number | null };
  let informedAt: Date;
  let complainant: { userId: number | null; email: string; locale: string };

  if (input.statementId !== undefined) {
    if (!UUID.test(input.statementId)) throw AppError.notFound('Decision');
    const statement = await findStatement(deps.db, input.statementId);
    if (!statement) throw AppError.notFound('Decision');
    const subject = statement.subjectUserId ? await findUser(deps.db, statement.subjectUserId) : undefined;
    const sellerId =
      (await noticeOfStatement(deps.db, statement.id))?.sellerId ??
      (await sellerSuspendedBy(deps.db, statement.id));
    if (input.userId !== null) {
      const member = sellerId !== null && (input.sellerIds ?? []).includes(sellerId);
      if (input.userId !== statement.subjectUserId && !member) throw notYours();
      const me = await findUser(deps.db, input.userId);
      if (!me) throw notYours();
      complainant = { userId: me.id, email: me.email, locale: userLocale(me) };
    } else {
      const email = (input.email ?? '').trim().toLowerCase();
      if (!email) throw AppError.invalid([{ field: 'email', message: 'is required' }]);
      if (!subject || subject.email.toLowerCase() !== email) throw notYours();
      complainant = { userId: subject.id, email: subject.email, locale: userLocale(subject) };
    }
    about = { statementId: statement.id, noticeId: null };
    informedAt = statement.effectiveAt;
  } else if (input.noticeId !== undefined) {
    const notice = await findNotice(deps.db, input.noticeId);
    if (!notice || !input.token || !noticeComplaintTokenValid(deps.secret, notice.id, input.token))
      throw AppError.notFound('Decision');
    if (notice.status !== 'decided' || !notice.decidedAt || !notice.notifierEmail)
      throw new AppError('INVALID_STATE', 'This notice has not been decided yet');
    complainant = { userId: notice.notifierUserId, email: notice.notifierEmail, locale: notice.locale };
    about = { statementId: null, noticeId: notice.id };
    informedAt = notice.decidedAt;
  } else {
    throw AppError.invalid([{ field: 'statement', message: 'name the decision you contest' }]);
  }

  if (!complaintWindowOpen(informedAt, now, marketZone(input.market)))
    throw new AppError('WINDOW_CLOSED', 'Decisions can be contested within 6 months of being informed');
  return deps.db.transaction(async (tx) => {
    if (await openComplaintAbout(tx, about))
      throw new AppError('CONFLICT', 'A complaint about this decision is already open');
    const [row] = await tx
      .insert(dsaComplaints)
      .values({
        ...about,
        complainantUserId: complainant.userId,
        complainantEmail: complainant.email,
        complainantLocale: complainant.locale,
        market: input.market,
        explanation: input.explanation.trim(),
        informedAt,
        status: 'open',
        receivedAt: now,
      })
      .returning({ id: dsaComplaints.id });
    await deps.mailer.send(
      tx,
      dsaEmails.complaintReceived(
        { email: complainant.email, locale: complainant.locale },
        { complaintId: row!.id, at: now },
      ),
    );
    return { complaintId: row!.id };
  });
}
