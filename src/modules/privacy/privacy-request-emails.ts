/**
 * The emails of data-subject requests, in the requester's locale (the form's page, or the
 * account's language): the link that confirms the email address, the acknowledgement with the
 * due day, the extension notice with its reasons, the answer (a signed download link for a copy of
 * the data, or a written answer), and a refusal that names the right to complain to a
 * supervisory authority and to a judicial remedy (GDPR Art. 12(4)).
 */
import { type Day, toDate } from '../../platform/calendar.ts';
import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { RequestKind } from './privacy-choices.rules.ts';

export type Requester = { email: string; locale: string; name: string };

const kindName = (t: ReturnType<typeof mailText>['t'], kind: RequestKind) => t(`privacy.kind.${kind}`);

export const privacyRequestEmails = {
  verify(to: Requester, a: { kind: RequestKind; link: string; expiresAt: Date }): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'privacy.request-verify',
      subject: m.t('mail.privacy.request.verify.subject'),
      text: `${m.greeting(to.name)}\n\n${m.t('mail.privacy.request.verify.body', {
        kind: kindName(m.t, a.kind),
        link: a.link,
        expires: m.date(a.expiresAt),
      })}${m.sign}`,
    };
  },

  received(to: Requester, a: { requestId: number; kind: RequestKind; dueOn: Day }): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'privacy.request-received',
      subject: m.t('mail.privacy.request.received.subject', { id: String(a.requestId) }),
      text: `${m.greeting(to.name)}\n\n${m.t('mail.privacy.request.received.body', {
        id: String(a.requestId),
        kind: kindName(m.t, a.kind),
        due: m.date(toDate(a.dueOn)),
      })}${m.sign}`,
    };
  },

  extended(to: Requester, a: { requestId: number; reason: string; dueOn: Day }): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'privacy.request-extended',
      subject: m.t('mail.privacy.request.extended.subject', { id: String(a.requestId) }),
      text: `${m.greeting(to.name)}\n\n${m.t('mail.privacy.request.extended.body', {
        id: String(a.requestId),
        reason: a.reason,
        due: m.date(toDate(a.dueOn)),
      })}${m.sign}`,
    };
  },

  dataReady(
    to: Requester,
    a: { requestId: number; link: string; expiresAt: Date; text: string },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'privacy.request-data-ready',
      subject: m.t('mail.privacy.request.dataReady.subject', { id: String(a.requestId) }),
      text: `${m.greeting(to.name)}\n\n${m.t('mail.privacy.request.dataReady.body', {
        id: String(a.requestId),
        link: a.link,
        expires: m.date(a.expiresAt),
      })}${a.text ? `\n\n${a.text}` : ''}${m.sign}`,
    };
  },

  answered(
    to: Requester,
    a: { requestId: number; kind: RequestKind; text: string; erased?: boolean },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'privacy.request-answered',
      subject: m.t('mail.privacy.request.answered.subject', { id: String(a.requestId) }),
      text: `${m.greeting(to.name)}\n\n${m.t('mail.privacy.request.answered.body', {
        id: String(a.requestId),
        kind: kindName(m.t, a.kind),
      })}${a.erased ? `\n\n${m.t('mail.privacy.request.answered.erased')}` : ''}${a.text ? `\n\n${a.text}` : ''}${m.sign}`,
    };
  },

  refused(
    to: Requester,
    a: { requestId: number; kind: RequestKind; text: string; ccpa: boolean },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'privacy.request-refused',
      subject: m.t('mail.privacy.request.refused.subject', { id: String(a.requestId) }),
      text: `${m.greeting(to.name)}\n\n${m.t('mail.privacy.request.refused.body', {
        id: String(a.requestId),
        kind: kindName(m.t, a.kind),
        reason: a.text,
      })}\n\n${m.t(a.ccpa ? 'mail.privacy.request.refused.remedies.ccpa' : 'mail.privacy.request.refused.remedies')}${m.sign}`,
    };
  },
};
