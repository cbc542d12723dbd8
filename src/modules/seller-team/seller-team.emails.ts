import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { TeamRole } from './seller-team.types.ts';

const sign = '\n\n— Reloop, the marketplace for refurbished electronics';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Emails of the seller team, in the style of src/modules/accounts/account-emails.ts. */
export const sellerTeamEmails = {
  /** The one invitation every address gets: a single-use link to join, creating an account or not. */
  invite: (
    to: string,
    a: { inviter: string; sellerName: string; role: TeamRole; link: string; expiresAt: Date },
  ): MailMessage => ({
    to,
    template: 'seller.team-invite',
    subject: `${a.inviter} invites you to ${a.sellerName} on Reloop`,
    text: `${a.inviter} invited you to join ${a.sellerName} as ${a.role} on the Reloop seller portal.\n\nAccept the invitation:\n${a.link}\n\nWithout a Reloop account yet, you choose your name and password there. If you already have one, open the link signed in as ${to} with that address verified: access goes to that account only, once you accept.\n\nThe link works once and expires on ${day(a.expiresAt)} (7 days). If you did not expect this, ignore this email: nothing changes.${sign}`,
  }),
};
