import { type Translate, translator } from '../i18n.ts';
import { formatMoneyForDisplay } from '../money.ts';

/** The locale operator and platform alerts are read in: operators read English (issue 13). */
export const OPERATOR_LOCALE = 'en';

export type MailText = {
  locale: string;
  t: Translate;
  /** An amount as charged, in the reader's locale ("12,50 €", "€12.50", "1 234,00 kr"). */
  money: (amountMinor: number, currency: string) => string;
  /** A day ("6 décembre 2026"), in a time zone (UTC unless given). */
  date: (d: Date, timeZone?: string) => string;
  /** A day and time ("6. Dezember 2026 um 10:00"). */
  dateTime: (d: Date, timeZone?: string) => string;
  /** A rate in basis points as a percentage ("5,5 %", "20%"). */
  percent: (bp: number, fractionDigits?: { min: number; max: number }) => string;
  /** "Hello {name}," then a blank line, or "Hello," without a name. */
  greeting: (name?: string) => string;
  /** A blank line then the signature. */
  sign: string;
};

/**
 * What an email builder needs to write in its recipient's locale: the messages (`mail.*`), and
 * money, dates and rates formatted by Intl for that locale, never by hand.
 */
export function mailText(locale: string): MailText {
  const t = translator(locale);
  return {
    locale,
    t,
    money: (minor, currency) => formatMoneyForDisplay(minor, currency, locale),
    date: (d, timeZone = 'UTC') => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(d),
    dateTime: (d, timeZone = 'UTC') =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(d),
    percent: (bp, digits = { min: 0, max: 2 }) =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: digits.min,
        maximumFractionDigits: digits.max,
      }).format(bp / 10_000),
    greeting: (name) => (name ? t('mail.greeting', { name }) : t('mail.greeting.anonymous')),
    sign: `\n\n${t('mail.signature')}`,
  };
}
