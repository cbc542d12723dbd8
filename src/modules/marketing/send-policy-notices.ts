import type { Deps } from '../../app/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { readerStorefront, userLocale } from '../accounts/recipient-locale.ts';
import type { MarketingDeps } from './marketing.deps.ts';
import { policyNotices } from './marketing.schema.ts';
import { marketingEmails } from './marketing-emails.ts';
import { announceable, noticeIsLate } from './policy-notice.rules.ts';
import { peopleNotTold, type UpcomingVersion, upcomingVersions } from './policy-versions.read-model.ts';

const BATCH = 500;

/** The text of a version in the reader's language, else the market's, else English, else any. */
function textFor(v: UpcomingVersion, locale: string, marketLocale: string) {
  const lang = (l: string) => (l.split('-')[0] ?? '').toLowerCase();
  for (const want of [lang(locale), lang(marketLocale), 'en']) {
    const t = v.texts.find((x) => x.language.toLowerCase() === want);
    if (t) return t;
  }
  return v.texts[0]!;
}

/**
 * Every active user of a market is emailed once about each new version of its terms or privacy
 * policy before it takes effect, in their language, with its text (policy_notices makes it
 * idempotent, written with each mail). A version published fewer than 30 days before it takes
 * effect is still announced, and reported as late.
 */
export async function sendPolicyNotices(
  deps: Pick<MarketingDeps, 'db' | 'clock' | 'mailer' | 'siteUrl' | 'logger'>,
): Promise<{ sent: number; late: string[] }> {
  const now = deps.clock.now();
  let sent = 0;
  const late: string[] = [];
  for (const v of await upcomingVersions(deps.db, now)) {
    if (!announceable(v, now)) continue;
    const market = marketByCode(v.market) ?? DEFAULT_MARKET;
    let after = 0;
    let first = true;
    for (;;) {
      const people = await peopleNotTold(deps.db, v, after, BATCH);
      if (!people.length) break;
      if (first && noticeIsLate(v, now)) {
        late.push(`${v.kind}|${v.market}|${v.version}`);
        deps.logger.warn(
          { kind: v.kind, market: v.market, version: v.version, effectiveAt: v.effectiveAt },
          'policy version announced less than 30 days before it takes effect',
        );
      }
      first = false;
      after = people[people.length - 1]!.userId;
      await deps.db.transaction(async (tx) => {
        const rows = await tx
          .insert(policyNotices)
          .values(
            people.map((p) => ({
              userId: p.userId,
              kind: v.kind,
              market: v.market,
              version: v.version,
              sentAt: now,
            })),
          )
          .onConflictDoNothing()
          .returning({ userId: policyNotices.userId });
        const claimed = new Set(rows.map((r) => r.userId));
        for (const p of people) {
          if (!claimed.has(p.userId)) continue;
          const locale = userLocale(p);
          const text = textFor(v, locale, market.bcp47);
          await deps.mailer.send(
            tx,
            marketingEmails.policyNotice(
              { email: p.email, locale },
              {
                kind: v.kind,
                version: v.version,
                effectiveAt: v.effectiveAt,
                timeZone: market.timeZone,
                title: text.title,
                body: text.body,
                accountLink: deps.siteUrl(`/${readerStorefront(locale, market.code)}/account`),
              },
            ),
          );
          sent++;
        }
      });
    }
  }
  return { sent, late };
}

export const sendPolicyNoticesJob = (deps: Deps): Job => ({
  name: 'send-policy-notices',
  everyMs: 60 * 60_000,
  run: () => sendPolicyNotices(deps),
});
