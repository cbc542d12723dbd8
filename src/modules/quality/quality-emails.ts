import type { MailMessage } from '../../platform/mail/mailer.ts';
import { formatBp, QUALITY_RATE_LABELS, type QualityFlag } from './quality.rules.ts';

const sign = '\n\n— Reloop, the marketplace for refurbished electronics';

const flagLines = (flags: readonly QualityFlag[]) =>
  flags
    .map(
      (f) =>
        `- ${QUALITY_RATE_LABELS[f.rate]}: ${formatBp(f.valueBp)} (threshold ${formatBp(f.thresholdBp)})`,
    )
    .join('\n');

export const qualityEmails = {
  flagged: (
    to: string,
    c: { shopName: string; flags: readonly QualityFlag[]; link: string },
  ): MailMessage => ({
    to,
    template: 'quality.flagged',
    subject: `${c.shopName}: quality rates above Reloop's thresholds`,
    text: `Hello,\n\nOver the last 90 days, these rates of ${c.shopName} went above the thresholds of Reloop's quality criteria:\n\n${flagLines(c.flags)}\n\nUntil they are back within, these rates lower your offers' buybox ranking, and our team will review your account. Accept or cancel orders quickly, ship within the delay you promise, and describe each device's grade accurately.\n\nYour dashboard shows the rates and their trend:\n${c.link}${sign}`,
  }),
  warned: (to: string, c: { shopName: string; note: string; link: string }): MailMessage => ({
    to,
    template: 'quality.warned',
    subject: `${c.shopName}: warning about your quality rates`,
    text: `Hello,\n\nOur team reviewed the quality rates of ${c.shopName}, which are above Reloop's thresholds.\n\n${c.note}\n\nIf the rates stay above the thresholds, Reloop may suspend your shop and unpublish its offers (seller terms §6, quality criteria). Your dashboard shows the rates and their trend:\n${c.link}${sign}`,
  }),
};
