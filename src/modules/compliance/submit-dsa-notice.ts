import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { resolveLocation } from './dsa-content.read-model.ts';
import { dsaEmails } from './dsa-emails.ts';
import { dsaNotices } from './dsa-notices.schema.ts';
import { checkNoticeForm, locateContent, targetIssue } from './notice.rules.ts';

export type DsaNoticeInput = {
  /** The form's fields as sent (checked here: notice.rules.ts). */
  form: Record<string, unknown>;
  /** The storefront market it was sent from. */
  market: string;
  /** The locale the notifier is answered in. */
  locale: string;
  /** Signed in: their account; else null. */
  userId: number | null;
};

/**
 * Anyone (signed in or not) reports content they believe illegal (DSA Art. 16): the form is
 * checked, the URL must be on this site and lead to the kind of content chosen (400 naming `url`
 * otherwise), the notice is stored for a person to decide, and its receipt is confirmed by email
 * at once when an email was given (Art. 16(4)).
 */
export async function submitDsaNotice(
  deps: { db: Db; clock: Clock; mailer: Mailer; siteUrl: (path: string) => string },
  input: DsaNoticeInput,
): Promise<{ noticeId: number }> {
  const checked = checkNoticeForm(input.form);
  if (!checked.ok) throw AppError.invalid(checked.issues);
  const form = checked.value;
  const location = locateContent(form.url, deps.siteUrl('/'));
  if (!location)
    throw AppError.invalid([{ field: 'url', message: 'must be the address of a page on this site' }]);
  const target = await resolveLocation(deps.db, location);
  // Stored absolute, whether a full address or a path of this site was given.
  const url = new URL(form.url, deps.siteUrl('/')).href;
  const issue = targetIssue(form.contentKind, target);
  if (issue) throw AppError.invalid([issue]);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(dsaNotices)
      .values({
        market: input.market,
        locale: input.locale,
        contentKind: form.contentKind,
        url,
        ...target,
        category: form.category,
        explanation: form.explanation,
        notifierName: form.name,
        notifierEmail: form.email,
        notifierUserId: input.userId,
        goodFaith: true,
        status: 'open',
        receivedAt: now,
      })
      .returning({ id: dsaNotices.id });
    if (form.email)
      await deps.mailer.send(
        tx,
        dsaEmails.noticeReceived(
          { email: form.email, locale: input.locale },
          { noticeId: row!.id, url, category: form.category, at: now },
        ),
      );
    return { noticeId: row!.id };
  });
}
