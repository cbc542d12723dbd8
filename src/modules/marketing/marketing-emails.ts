/**
 * The emails of the marketing module, each in its recipient's locale: the newsletter (with its
 * one-click unsubscribe headers and footer link), an alert that fired, a new version of the terms
 * or privacy policy, and the confirmation link of a "do not sell or share" request.
 */

import type { MessageKey } from '../../platform/i18n.ts';
import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { gradeName } from '../offers/grade-names.ts';
import type { Category, Frequency } from './marketing.rules.ts';

export type Recipient = { email: string; locale: string };

export type NewsletterProduct = { name: string; priceMinor: number; currency: string; link: string };

export type NewsletterContent = {
  frequency: Frequency;
  categories: readonly Category[];
  deals: readonly NewsletterProduct[];
  newArrivals: readonly NewsletterProduct[];
  /** Why the person receives it: their explicit opt-in (with its day) or the soft opt-in. */
  basis: { kind: 'explicit' | 'soft_opt_in'; since: Date };
  unsubscribeLink: string;
  preferencesLink: string;
  headers: Record<string, string>;
  timeZone: string;
};

export const marketingEmails = {
  newsletter(to: Recipient, c: NewsletterContent): MailMessage {
    const m = mailText(to.locale);
    const products = (list: readonly NewsletterProduct[]) =>
      list
        .map(
          (p) =>
            `- ${m.t('mail.marketing.newsletter.product', { name: p.name, price: m.money(p.priceMinor, p.currency), link: p.link })}`,
        )
        .join('\n');
    const sections = c.categories.flatMap((category) => {
      const title = m.t(`mail.marketing.newsletter.section.${category}` as MessageKey);
      if (category === 'deals') return c.deals.length ? [`${title}\n${products(c.deals)}`] : [];
      if (category === 'new_arrivals')
        return c.newArrivals.length ? [`${title}\n${products(c.newArrivals)}`] : [];
      return [`${title}\n${m.t(`mail.marketing.newsletter.text.${category}` as MessageKey)}`];
    });
    const why =
      c.basis.kind === 'explicit'
        ? m.t('mail.marketing.why.explicit', { date: m.date(c.basis.since, c.timeZone) })
        : m.t('mail.marketing.why.soft');
    return {
      to: to.email,
      template: 'marketing.newsletter',
      subject: m.t(
        c.frequency === 'weekly'
          ? 'mail.marketing.newsletter.subject.weekly'
          : 'mail.marketing.newsletter.subject.monthly',
      ),
      text: `${m.greeting()}\n\n${m.t('mail.marketing.newsletter.intro')}\n\n${sections.join('\n\n')}${m.sign}\n\n—\n${why}\n${m.t('mail.marketing.footer', { unsubscribe: c.unsubscribeLink, preferences: c.preferencesLink })}`,
      headers: c.headers,
    };
  },

  alertFired(
    to: Recipient,
    a: {
      kind: 'back_in_stock' | 'price_below';
      product: string;
      grade: string;
      priceMinor: number;
      targetMinor: number | null;
      currency: string;
      productLink: string;
      alertsLink: string;
    },
  ): MailMessage {
    const m = mailText(to.locale);
    const values = {
      product: a.product,
      grade: gradeName(a.grade, to.locale),
      price: m.money(a.priceMinor, a.currency),
      target: a.targetMinor === null ? '' : m.money(a.targetMinor, a.currency),
      link: a.productLink,
      alerts: a.alertsLink,
    };
    const back = a.kind === 'back_in_stock';
    return {
      to: to.email,
      template: back ? 'marketing.alert.back-in-stock' : 'marketing.alert.price',
      subject: m.t(back ? 'mail.marketing.alert.back.subject' : 'mail.marketing.alert.price.subject', values),
      text: `${m.greeting()}\n\n${m.t(back ? 'mail.marketing.alert.back.body' : 'mail.marketing.alert.price.body', values)}\n\n${m.t('mail.marketing.alert.once', values)}${m.sign}`,
    };
  },

  policyNotice(
    to: Recipient,
    a: {
      kind: 'terms' | 'privacy';
      version: string;
      effectiveAt: Date;
      timeZone: string;
      title: string;
      body: string;
      accountLink: string;
    },
  ): MailMessage {
    const m = mailText(to.locale);
    const values = {
      kind: a.kind,
      version: a.version,
      date: m.date(a.effectiveAt, a.timeZone),
      account: a.accountLink,
    };
    return {
      to: to.email,
      template: `marketing.policy-notice.${a.kind}`,
      subject: m.t('mail.marketing.policy.subject', values),
      text: `${m.greeting()}\n\n${m.t('mail.marketing.policy.body', values)}\n\n${m.t(a.kind === 'terms' ? 'mail.marketing.policy.terms.choice' : 'mail.marketing.policy.privacy.choice', values)}\n\n${a.title}\n\n${a.body}${m.sign}`,
    };
  },

  saleOptOutConfirmation(to: Recipient, a: { link: string; expiresAt: Date; timeZone: string }): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'marketing.sale-opt-out.confirm',
      subject: m.t('mail.marketing.dns.subject'),
      text: `${m.greeting()}\n\n${m.t('mail.marketing.dns.body', { link: a.link, expires: m.dateTime(a.expiresAt, a.timeZone) })}${m.sign}`,
    };
  },
};
