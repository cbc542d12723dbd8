import { type MailText, mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { QualityFlag } from './quality.rules.ts';

const rate = (m: MailText, bp: number) => m.percent(bp, { min: 2, max: 2 });

const flagLines = (m: MailText, flags: readonly QualityFlag[]) =>
  flags
    .map((f) =>
      m.t('mail.quality.flagLine', {
        rate: m.t(`mail.quality.rate.${f.rate}`),
        value: rate(m, f.valueBp),
        threshold: rate(m, f.thresholdBp),
      }),
    )
    .join('\n');

/** The seller's quality emails, in the seller's locale (`noticeRecipients`). */
export const qualityEmails = {
  flagged: (
    locale: string,
    to: string,
    c: { shopName: string; flags: readonly QualityFlag[]; link: string },
  ): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'quality.flagged',
      subject: m.t('mail.quality.flagged.subject', { shop: c.shopName }),
      text: `${m.greeting()}\n\n${m.t('mail.quality.flagged.body', { shop: c.shopName, flags: flagLines(m, c.flags), link: c.link })}${m.sign}`,
    };
  },
  warned: (locale: string, to: string, c: { shopName: string; note: string; link: string }): MailMessage => {
    const m = mailText(locale);
    return {
      to,
      template: 'quality.warned',
      subject: m.t('mail.quality.warned.subject', { shop: c.shopName }),
      text: `${m.greeting()}\n\n${m.t('mail.quality.warned.body', { shop: c.shopName, note: c.note, link: c.link })}${m.sign}`,
    };
  },
};
