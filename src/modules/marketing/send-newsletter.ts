import type { Deps } from '../../app/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { readerStorefront, userLocale } from '../accounts/recipient-locale.ts';
import type { MarketingDeps } from './marketing.deps.ts';
import { type MarketingState, newsletterIssue, sendableCategories } from './marketing.rules.ts';
import { newsletterSends } from './marketing.schema.ts';
import { marketingEmails } from './marketing-emails.ts';
import { newsletterCandidates } from './marketing-people.read-model.ts';
import { type NewsletterPick, newsletterPicks } from './newsletter-content.read-model.ts';
import { listUnsubscribeHeaders, signUnsubscribe } from './unsubscribe-token.ts';

const BATCH = 200;

/** The address of the List-Unsubscribe mailto: the sender's domain (MAIL_FROM). */
export function unsubscribeMailbox(mailFrom: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'reloop.example';
  return `unsubscribe@${domain}`;
}

/**
 * The newsletter: each person who may receive email marketing (marketing.rules.ts: a basis, no
 * objection, the categories their basis covers) gets one email per issue of their frequency
 * (weekly or monthly, in their market's time zone), in their language, with the one-click
 * unsubscribe headers (RFC 8058) and a footer link that works without signing in. Idempotent:
 * one row per person and issue (newsletter_sends) is written with the mail.
 */
export async function sendNewsletter(
  deps: Pick<MarketingDeps, 'db' | 'clock' | 'mailer' | 'siteUrl' | 'secret' | 'config'>,
): Promise<{ sent: number }> {
  const now = deps.clock.now();
  const picksByMarket = new Map<string, { deals: NewsletterPick[]; newArrivals: NewsletterPick[] }>();
  const mailbox = unsubscribeMailbox(deps.config.MAIL_FROM);
  let sent = 0;
  let after = 0;
  for (;;) {
    const batch = await newsletterCandidates(deps.db, after, BATCH);
    if (!batch.length) break;
    after = batch[batch.length - 1]!.userId;
    for (const person of batch) {
      const state: MarketingState = { ...person.prefs, lastPaidOrderAt: person.lastPaidOrderAt };
      const categories = sendableCategories(state, 'email', now);
      if (!categories.length || !person.prefs.basisAt || person.prefs.basis === 'none') continue;
      const market = marketByCode(person.market) ?? DEFAULT_MARKET;
      const issue = newsletterIssue(person.prefs.frequency, now, market.timeZone);
      let picks = picksByMarket.get(market.code);
      if (!picks) {
        picks = await newsletterPicks(deps.db, market.code);
        picksByMarket.set(market.code, picks);
      }
      const locale = userLocale(person);
      const storefront = readerStorefront(locale, market.code);
      const token = signUnsubscribe(deps.secret, { userId: person.userId, list: 'newsletter' });
      const unsubscribeLink = deps.siteUrl(`/u/${token}`);
      const product = (p: NewsletterPick) => ({
        name: p.name,
        priceMinor: p.priceMinor,
        currency: market.currency,
        link: deps.siteUrl(`/${storefront}/p/${p.slug}`),
      });
      const claimed = await deps.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(newsletterSends)
          .values({ userId: person.userId, issue, sentAt: now })
          .onConflictDoNothing()
          .returning({ userId: newsletterSends.userId });
        if (!row) return false;
        await deps.mailer.send(
          tx,
          marketingEmails.newsletter(
            { email: person.email, locale },
            {
              frequency: person.prefs.frequency,
              categories,
              deals: picks.deals.map(product),
              newArrivals: picks.newArrivals.map(product),
              basis: {
                kind: person.prefs.basis === 'explicit' ? 'explicit' : 'soft_opt_in',
                since: person.prefs.basisAt!,
              },
              unsubscribeLink,
              preferencesLink: deps.siteUrl(`/${storefront}/account/marketing`),
              headers: listUnsubscribeHeaders(unsubscribeLink, mailbox, token),
              timeZone: market.timeZone,
            },
          ),
        );
        return true;
      });
      if (claimed) sent++;
    }
  }
  return { sent };
}

export const sendNewsletterJob = (deps: Deps): Job => ({
  name: 'send-newsletter',
  everyMs: 60 * 60_000,
  run: () => sendNewsletter(deps),
});
