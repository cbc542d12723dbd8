import type { MailMessage } from '../../platform/mail/mailer.ts';

const sign = '\n\n— Reloop, the marketplace for refurbished electronics';

export const onboardingEmails = {
  received: (to: string, name: string, c: { shopName: string; link: string }): MailMessage => ({
    to,
    template: 'seller-onboarding.received',
    subject: `We received your seller application for ${c.shopName}`,
    text: `Hello ${name},\n\nThank you for applying to sell on Reloop as ${c.shopName}. Our compliance team checks the trader information you gave (DSA Art. 30) before your shop can publish offers; you will hear from us by email.\n\nFollow your application here:\n${c.link}${sign}`,
  }),
  resubmitted: (to: string, name: string, c: { shopName: string; link: string }): MailMessage => ({
    to,
    template: 'seller-onboarding.resubmitted',
    subject: `We received your corrected application for ${c.shopName}`,
    text: `Hello ${name},\n\nThank you: your corrected seller application for ${c.shopName} is back with our compliance team.\n\nFollow it here:\n${c.link}${sign}`,
  }),
  approved: (
    to: string,
    name: string,
    c: { shopName: string; slug: string; note: string; link: string },
  ): MailMessage => ({
    to,
    template: 'seller-onboarding.approved',
    subject: `${c.shopName} is approved to sell on Reloop`,
    text: `Hello ${name},\n\nGood news: your trader information was checked and ${c.shopName} may now publish offers on Reloop. Your shop's address is ${c.link}.${c.note ? `\n\nNote from our compliance team: ${c.note}` : ''}\n\nKeep your trader information up to date: we must suspend shops whose information becomes incomplete or inaccurate.${sign}`,
  }),
  rejected: (
    to: string,
    name: string,
    c: { shopName: string; reasons: string; redress: string; link: string },
  ): MailMessage => ({
    to,
    template: 'seller-onboarding.rejected',
    subject: `Your seller application for ${c.shopName} was not accepted`,
    text: `Hello ${name},\n\nWe are sorry: after checking it, we cannot accept your application to sell on Reloop as ${c.shopName}.\n\nWhy: ${c.reasons}\n\n${c.redress}\n\nYou may apply again with complete and accurate information:\n${c.link}${sign}`,
  }),
  correctionRequested: (
    to: string,
    name: string,
    c: { shopName: string; reasons: string; link: string },
  ): MailMessage => ({
    to,
    template: 'seller-onboarding.correction-requested',
    subject: `Please correct your seller application for ${c.shopName}`,
    text: `Hello ${name},\n\nBefore ${c.shopName} can sell on Reloop, some of the trader information you gave must be corrected or completed.\n\nWhat to fix: ${c.reasons}\n\nCorrect your application here:\n${c.link}${sign}`,
  }),
  suspended: (
    to: string,
    c: {
      shopName: string;
      date: string;
      reason: string;
      details: string;
      ground: string;
      lasts: string;
      statementId: string;
      redress: string;
    },
  ): MailMessage => ({
    to,
    template: 'seller-onboarding.suspended',
    subject: `${c.shopName} is suspended on Reloop — statement of reasons`,
    text: `Statement of reasons (Digital Services Act, Art. 17)\n\nDecision: suspension of the provision of our service to ${c.shopName} (all offers unpublished, no new offers) on all Reloop markets, from ${c.date} ${c.lasts}.\nReason: ${c.reason}\nFacts and circumstances: ${c.details}\nGround: ${c.ground}\nThe decision was taken by a member of our staff on our own initiative, without automated means.\n\nTo have the suspension lifted, reply to this email with the corrected information or your plan.\n\n${c.redress}\n\nReference: ${c.statementId}${sign}`,
  }),
  reinstated: (to: string, c: { shopName: string; note: string }): MailMessage => ({
    to,
    template: 'seller-onboarding.reinstated',
    subject: `${c.shopName} may sell on Reloop again`,
    text: `Hello,\n\nThe suspension of ${c.shopName} is lifted: your trader information was checked again. Your offers stay unpublished until you publish them again from the seller portal.${c.note ? `\n\nNote from our compliance team: ${c.note}` : ''}${sign}`,
  }),
  contractEnded: (
    to: string,
    c: {
      shopName: string;
      date: string;
      retainUntil: string;
      statement?: { id: string; details: string; redress: string };
    },
  ): MailMessage => ({
    to,
    template: 'seller-onboarding.contract-ended',
    subject: `Your seller contract for ${c.shopName} has ended`,
    text: `Hello,\n\nYour seller contract for ${c.shopName} ended on ${c.date}; its offers are no longer shown.${c.statement ? `\n\nStatement of reasons (Digital Services Act, Art. 17): termination of the provision of our service on all Reloop markets, decided by a member of our staff on our own initiative, without automated means.\nFacts and circumstances: ${c.statement.details}\n\n${c.statement.redress}\n\nReference: ${c.statement.id}` : ''}\n\nAs the Digital Services Act requires, we keep your trader information until ${c.retainUntil} (six months after the end of the contract) and then delete it.${sign}`,
  }),
};
