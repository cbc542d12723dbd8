import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { SuspensionReason } from './onboarding.types.ts';

/**
 * Seller onboarding's emails: to the applicant in their account's locale (`findUserContact`), to a
 * seller in its locale (`noticeRecipients`). A reviewer's reasons, notes and facts are quoted as
 * written; suspension reasons, grounds, durations and the redress come from the catalog by code,
 * in the reader's language (the stored statement of reasons keeps its own text).
 */
export const onboardingEmails = {
  received: (
    locale: string,
    to: string,
    name: string,
    c: { shopName: string; link: string },
  ): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'seller-onboarding.received',
      subject: m.t('mail.onboarding.received.subject', { shop: c.shopName }),
      text: `${m.greeting(name)}\n\n${m.t('mail.onboarding.received.body', { shop: c.shopName, link: c.link })}${m.sign}`,
    };
  },
  resubmitted: (
    locale: string,
    to: string,
    name: string,
    c: { shopName: string; link: string },
  ): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'seller-onboarding.resubmitted',
      subject: m.t('mail.onboarding.resubmitted.subject', { shop: c.shopName }),
      text: `${m.greeting(name)}\n\n${m.t('mail.onboarding.resubmitted.body', { shop: c.shopName, link: c.link })}${m.sign}`,
    };
  },
  approved: (
    locale: string,
    to: string,
    name: string,
    c: { shopName: string; slug: string; note: string; link: string },
  ): MailMessage => {
    const m = mailText(locale);
    const note = c.note ? `\n\n${m.t('mail.onboarding.note', { note: c.note })}` : '';
    return {
      to,
      template: 'seller-onboarding.approved',
      subject: m.t('mail.onboarding.approved.subject', { shop: c.shopName }),
      text: `${m.greeting(name)}\n\n${m.t('mail.onboarding.approved.body', { shop: c.shopName, link: c.link })}${note}\n\n${m.t('mail.onboarding.approved.keepUpToDate')}${m.sign}`,
    };
  },
  rejected: (
    locale: string,
    to: string,
    name: string,
    c: { shopName: string; reasons: string; link: string },
  ): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'seller-onboarding.rejected',
      subject: m.t('mail.onboarding.rejected.subject', { shop: c.shopName }),
      text: `${m.greeting(name)}\n\n${m.t('mail.onboarding.rejected.body', { shop: c.shopName, reasons: c.reasons, redress: m.t('mail.redress.seller'), link: c.link })}${m.sign}`,
    };
  },
  correctionRequested: (
    locale: string,
    to: string,
    name: string,
    c: { shopName: string; reasons: string; link: string },
  ): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'seller-onboarding.correction-requested',
      subject: m.t('mail.onboarding.correction.subject', { shop: c.shopName }),
      text: `${m.greeting(name)}\n\n${m.t('mail.onboarding.correction.body', { shop: c.shopName, reasons: c.reasons, link: c.link })}${m.sign}`,
    };
  },
  suspended: (
    locale: string,
    to: string,
    c: {
      shopName: string;
      date: Date;
      reason: SuspensionReason;
      details: string;
      statementId: string;
      /** The complaint form for this decision (DSA Art. 20). */
      complaintLink?: string;
    },
  ): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'seller-onboarding.suspended',
      subject: m.t('mail.onboarding.suspended.subject', { shop: c.shopName }),
      text: `${m.t('mail.onboarding.suspended.body', {
        shop: c.shopName,
        date: m.date(c.date),
        lasts: m.t(`mail.suspension.lasts.${c.reason}`),
        reason: m.t(`mail.suspension.reason.${c.reason}`),
        details: c.details,
        ground: m.t('mail.ground.incompatibleTerms', { clause: m.t(`mail.suspension.clause.${c.reason}`) }),
        redress: m.t('mail.redress.seller'),
        statementId: c.statementId,
      })}${c.complaintLink ? `\n\n${m.t('mail.dsa.complaintLink', { link: c.complaintLink })}` : ''}${m.sign}`,
    };
  },
  reinstated: (locale: string, to: string, c: { shopName: string; note: string }): MailMessage => {
    const m = mailText(locale);
    const note = c.note ? `\n\n${m.t('mail.onboarding.note', { note: c.note })}` : '';
    return {
      to,
      template: 'seller-onboarding.reinstated',
      subject: m.t('mail.onboarding.reinstated.subject', { shop: c.shopName }),
      text: `${m.greeting()}\n\n${m.t('mail.onboarding.reinstated.body', { shop: c.shopName })}${note}${m.sign}`,
    };
  },
  contractEnded: (
    locale: string,
    to: string,
    c: {
      shopName: string;
      date: Date;
      retainUntil: Date;
      /** `complaintLink`: the complaint form for this decision (DSA Art. 20). */
      statement?: { id: string; details: string; complaintLink?: string };
    },
  ): MailMessage => {
    const m = mailText(locale);
    const complaint = c.statement?.complaintLink
      ? `\n\n${m.t('mail.dsa.complaintLink', { link: c.statement.complaintLink })}`
      : '';
    const statement = c.statement
      ? `\n\n${m.t('mail.onboarding.ended.statement', { details: c.statement.details, redress: m.t('mail.redress.seller'), statementId: c.statement.id })}${complaint}`
      : '';
    return {
      to,
      template: 'seller-onboarding.contract-ended',
      subject: m.t('mail.onboarding.ended.subject', { shop: c.shopName }),
      text: `${m.greeting()}\n\n${m.t('mail.onboarding.ended.body', { shop: c.shopName, date: m.date(c.date) })}${statement}\n\n${m.t('mail.onboarding.ended.retention', { date: m.date(c.retainUntil) })}${m.sign}`,
    };
  },
};
