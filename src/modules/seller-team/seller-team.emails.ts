import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { TeamRole } from './seller-team.types.ts';

/** Emails of the seller team, in the style of src/modules/accounts/account-emails.ts. */
export const sellerTeamEmails = {
  /** The one invitation every address gets: a single-use link to join, creating an account or not. */
  invite: (
    locale: string,
    to: string,
    a: { inviter: string; sellerName: string; role: TeamRole; link: string; expiresAt: Date },
  ): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'seller.team-invite',
      subject: m.t('mail.teamInvite.subject', { inviter: a.inviter, seller: a.sellerName }),
      text: `${m.t('mail.teamInvite.body', {
        inviter: a.inviter,
        seller: a.sellerName,
        role: a.role,
        link: a.link,
        email: to,
        date: m.date(a.expiresAt),
      })}${m.sign}`,
    };
  },
};
