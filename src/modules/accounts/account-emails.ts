import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { ClosureReason } from './accounts.types.ts';

/**
 * The accounts' emails, each in its recipient's locale (`recipientLocale`/`userLocale`, or the
 * page's for a sign-up; English for operators). Templates ids never change with the language.
 */
export const accountEmails = {
  verifyEmail: (locale: string, to: string, name: string, link: string): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'accounts.verify-email',
      subject: m.t('mail.verifyEmail.subject'),
      text: `${m.greeting(name)}\n\n${m.t('mail.verifyEmail.body', { link })}${m.sign}`,
    };
  },
  alreadyRegistered: (locale: string, to: string, link: string): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'accounts.already-registered',
      subject: m.t('mail.alreadyRegistered.subject'),
      text: `${m.t('mail.alreadyRegistered.body', { link })}${m.sign}`,
    };
  },
  resetPassword: (locale: string, to: string, link: string): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'accounts.reset-password',
      subject: m.t('mail.resetPassword.subject'),
      text: `${m.t('mail.resetPassword.body', { link })}${m.sign}`,
    };
  },
  passwordChanged: (locale: string, to: string): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'accounts.password-changed',
      subject: m.t('mail.passwordChanged.subject'),
      text: `${m.t('mail.passwordChanged.body')}${m.sign}`,
    };
  },
  confirmNewEmail: (locale: string, to: string, link: string): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'accounts.confirm-new-email',
      subject: m.t('mail.confirmNewEmail.subject'),
      text: `${m.t('mail.confirmNewEmail.body', { link })}${m.sign}`,
    };
  },
  emailChanged: (locale: string, to: string, newEmail: string): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'accounts.email-changed',
      subject: m.t('mail.emailChanged.subject'),
      text: `${m.t('mail.emailChanged.body', { email: newEmail })}${m.sign}`,
    };
  },
  closedByUser: (locale: string, to: string, name: string, date: Date): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'accounts.closed-by-user',
      subject: m.t('mail.closedByUser.subject'),
      text: `${m.greeting(name)}\n\n${m.t('mail.closedByUser.body', { date: m.date(date) })}${m.sign}`,
    };
  },
  /**
   * The statement of reasons of a closure, told in the reader's language: reason, ground and
   * redress come from the catalog by code (the stored statement keeps its own text); the details
   * and the legal ground are quoted as the operator wrote them.
   */
  closedByPlatform: (
    locale: string,
    to: string,
    name: string,
    c: {
      date: Date;
      reason: ClosureReason;
      details: string;
      legalGround: string;
      statementId: string;
      /** The complaint form for this decision (DSA Art. 20). */
      complaintLink?: string;
    },
  ): MailMessage => {
    const m = mailText(locale);
    const ground =
      c.reason === 'illegal_content'
        ? m.t('mail.ground.illegalContent', { legalGround: c.legalGround })
        : m.t('mail.ground.incompatibleTerms', { clause: m.t(`mail.closure.clause.${c.reason}`) });
    return {
      to,
      template: 'accounts.closed-by-platform',
      subject: m.t('mail.closedByPlatform.subject'),
      text: `${m.greeting(name)}\n\n${m.t('mail.closedByPlatform.body', {
        date: m.date(c.date),
        reason: m.t(`mail.closure.reason.${c.reason}`),
        details: c.details,
        ground,
        statementId: c.statementId,
        redress: m.t('mail.redress.user'),
      })}${c.complaintLink ? `\n\n${m.t('mail.dsa.complaintLink', { link: c.complaintLink })}` : ''}${m.sign}`,
    };
  },
  /** To a future operator: operators read English (OPERATOR_LOCALE), whatever their account says. */
  operatorInvite: (locale: string, to: string, inviter: string, role: string, link: string): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'accounts.operator-invite',
      subject: m.t('mail.operatorInvite.subject'),
      text: `${m.t('mail.operatorInvite.body', { inviter, role, link, email: to })}${m.sign}`,
    };
  },
};
