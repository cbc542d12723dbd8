/**
 * The emails of erasure and retention, in the person's locale (their account's language, else
 * their market's): the erasure report (sent to the address before it is anonymised), the warning
 * before an inactive account is deactivated, and the notice that it was.
 */
import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { type ErasureReport, heldByReason } from './erasure-report.ts';

export type Recipient = { email: string; locale: string; name?: string };

const sum = (rows: Array<{ count: number }>) => rows.reduce((n, r) => n + r.count, 0);

export const erasureEmails = {
  report(to: Recipient, report: ErasureReport): MailMessage {
    const m = mailText(to.locale);
    const held = heldByReason(report).map((h) =>
      h.reason === 'open_claim'
        ? m.t('mail.privacy.erasure.report.held.open_claim', { count: h.count })
        : h.until === null
          ? m.t('mail.privacy.erasure.report.held.trader_traceability.running', { count: h.count })
          : m.t(`mail.privacy.erasure.report.held.${h.reason}`, {
              count: h.count,
              until: m.date(new Date(h.until)),
            }),
    );
    const kept = held.length
      ? `${m.t('mail.privacy.erasure.report.heldIntro')}\n${held.join('\n')}`
      : m.t('mail.privacy.erasure.report.noneHeld');
    return {
      to: to.email,
      template: 'privacy.erasure-report',
      subject: m.t('mail.privacy.erasure.report.subject'),
      text: `${m.greeting(to.name)}\n\n${m.t('mail.privacy.erasure.report.body', {
        date: m.date(new Date(report.erasedAt)),
        deleted: sum(report.deleted),
        anonymised: sum(report.anonymised),
      })}\n\n${kept}\n\n${m.t('mail.privacy.erasure.report.last')}${m.sign}`,
    };
  },

  inactivityWarning(
    to: Recipient,
    a: { deactivateOn: Date; signInLink: string; eraseAfterDays: number },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'privacy.inactivity-warning',
      subject: m.t('mail.privacy.erasure.warning.subject'),
      text: `${m.greeting(to.name)}\n\n${m.t('mail.privacy.erasure.warning.body', {
        date: m.date(a.deactivateOn),
        days: a.eraseAfterDays,
        link: a.signInLink,
      })}${m.sign}`,
    };
  },

  deactivated(to: Recipient, a: { eraseOn: Date }): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'privacy.account-deactivated',
      subject: m.t('mail.privacy.erasure.deactivated.subject'),
      text: `${m.greeting(to.name)}\n\n${m.t('mail.privacy.erasure.deactivated.body', { date: m.date(a.eraseOn) })}${m.sign}`,
    };
  },
};
