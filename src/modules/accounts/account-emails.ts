import type { MailMessage } from '../../platform/mail/mailer.ts';

const sign = '\n\n— Reloop, the marketplace for refurbished electronics';

export const accountEmails = {
  verifyEmail: (to: string, name: string, link: string): MailMessage => ({
    to,
    template: 'accounts.verify-email',
    subject: 'Confirm your email address',
    text: `Hello ${name},\n\nConfirm your email address to finish creating your Reloop account:\n${link}\n\nThe link works once and expires in 48 hours. If you did not sign up, ignore this email.${sign}`,
  }),
  alreadyRegistered: (to: string, link: string): MailMessage => ({
    to,
    template: 'accounts.already-registered',
    subject: 'Someone tried to sign up with your email',
    text: `Someone, perhaps you, tried to create a Reloop account with this email address, which already has one.\n\nIf it was you, sign in or reset your password here:\n${link}\n\nIf not, you can ignore this email: nothing has changed.${sign}`,
  }),
  resetPassword: (to: string, link: string): MailMessage => ({
    to,
    template: 'accounts.reset-password',
    subject: 'Reset your password',
    text: `Choose a new password for your Reloop account with this link:\n${link}\n\nIt works once and expires in one hour. If you did not ask for it, ignore this email: your password has not changed.${sign}`,
  }),
  passwordChanged: (to: string): MailMessage => ({
    to,
    template: 'accounts.password-changed',
    subject: 'Your password was changed',
    text: `The password of your Reloop account was just changed and your other sessions were signed out.\n\nIf this was not you, reset your password at once and contact support.${sign}`,
  }),
  confirmNewEmail: (to: string, link: string): MailMessage => ({
    to,
    template: 'accounts.confirm-new-email',
    subject: 'Confirm your new email address',
    text: `Confirm that this is the new email address of your Reloop account:\n${link}\n\nThe link works once and expires in 24 hours.${sign}`,
  }),
  emailChanged: (to: string, newEmail: string): MailMessage => ({
    to,
    template: 'accounts.email-changed',
    subject: 'Your email address was changed',
    text: `The email address of your Reloop account is now ${newEmail}. If this was not you, contact support at once.${sign}`,
  }),
  closedByUser: (to: string, name: string, date: string): MailMessage => ({
    to,
    template: 'accounts.closed-by-user',
    subject: 'Your Reloop account is closed',
    text: `Hello ${name},\n\nAs you asked, your Reloop account was closed on ${date}. You are signed out everywhere.\n\nWe keep the records the law requires (orders, invoices) for their legal retention periods and erase the rest according to our privacy policy. To open an account again with this address, contact support.${sign}`,
  }),
  closedByPlatform: (
    to: string,
    name: string,
    c: {
      date: string;
      reason: string;
      details: string;
      ground: string;
      statementId: string;
      redress: string;
    },
  ): MailMessage => ({
    to,
    template: 'accounts.closed-by-platform',
    subject: 'We have closed your Reloop account',
    text: `Hello ${name},\n\nWe closed your Reloop account on ${c.date}.\n\nReason: ${c.reason}\n${c.details}\n\nGround: ${c.ground}\n\nThis decision was taken by a member of our staff, not by automated means.\nStatement of reasons reference: ${c.statementId}\n\nYour options: ${c.redress}${sign}`,
  }),
  operatorInvite: (to: string, inviter: string, role: string, link: string): MailMessage => ({
    to,
    template: 'accounts.operator-invite',
    subject: 'You are invited to the Reloop operator console',
    text: `${inviter} invited you to join the Reloop operator console as ${role}.\n\nAccept the invitation:\n${link}\n\nWithout a Reloop account yet, you choose your name and password there. If you already have one, open the link signed in as ${to} with that address verified: the role goes to that account only, and you sign in again afterwards. The link works once and expires in 7 days.${sign}`,
  }),
};
