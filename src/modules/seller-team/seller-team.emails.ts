import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { TeamRole } from './seller-team.types.ts';

const sign = '\n\n— Reloop, the marketplace for refurbished electronics';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Emails of the seller team, in the style of src/modules/accounts/account-emails.ts. */
export const sellerTeamEmails = {
  /** An existing account was added at once. */
  added: (
    to: string,
    a: { name: string; inviter: string; sellerName: string; role: TeamRole; link: string },
  ): MailMessage => ({
    to,
    template: 'seller.team-added',
    subject: `You now have access to ${a.sellerName} on Reloop`,
    text: `Hello ${a.name},\n\n${a.inviter} added you as ${a.role} of ${a.sellerName} on the Reloop seller portal.\n\nSign in with your usual Reloop account: ${a.link}\n\nIf you did not expect this, you can ignore this email or ask the seller to remove you.${sign}`,
  }),
  /** No account with this email: a single-use link to create one and join. */
  invite: (
    to: string,
    a: { inviter: string; sellerName: string; role: TeamRole; link: string; expiresAt: Date },
  ): MailMessage => ({
    to,
    template: 'seller.team-invite',
    subject: `${a.inviter} invites you to ${a.sellerName} on Reloop`,
    text: `${a.inviter} invited you to join ${a.sellerName} as ${a.role} on the Reloop seller portal.\n\nAccept the invitation, choose your name and password:\n${a.link}\n\nThe link works once and expires on ${day(a.expiresAt)} (7 days). If you did not expect this, ignore this email: no account is created.${sign}`,
  }),
};
