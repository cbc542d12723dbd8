/**
 * Restriction (GDPR Art. 18) and objection (Art. 21(1)) act, on every engine: while a person's
 * processing is restricted no newsletter, review request or alert email goes to them (each waits
 * and goes once it is lifted); an objection to personalised recommendations (or a restriction)
 * turns off the recently viewed products of the signed-in person even with consent; the console's
 * user page shows both.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { buyerWithShippedLines } from '../../../test/after-sales.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { createAlert } from '../marketing/create-alert.ts';
import { notifyAlerts } from '../marketing/notify-alerts.ts';
import { saveMarketingChoices } from '../marketing/save-marketing-choices.ts';
import { sendNewsletter } from '../marketing/send-newsletter.ts';
import { buyboxWinners } from '../offers/offers.schema.ts';
import { sendReviewRequests } from '../reviews/send-review-requests.ts';
import { liftProcessingRestriction } from './lift-processing-restriction.ts';
import { objectToProcessing } from './object-to-processing.ts';
import { processingChoicesOf } from './processing-choices.read-model.ts';
import { restrictProcessing } from './restrict-processing.ts';

const DAY = 86_400_000;

describe.each(ENGINES)('restriction and objection act (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 3, offers: 60 });
  });
  afterAll(() => t?.close());

  const mailsTo = (to: string, template: string) =>
    t.deps.db
      .select()
      .from(mailOutbox)
      .where(sql`${mailOutbox.toAddress} = ${to} AND ${mailOutbox.template} LIKE ${template}`);

  it('no newsletter while processing is restricted; it goes once the restriction is lifted', async () => {
    const ann = await createActor(t.deps, { email: 'ann@example.com' });
    await saveMarketingChoices(t.deps, {
      userId: ann.userId,
      source: 'account',
      choices: {
        channels: { email: true, sms: false, push: false },
        categories: ['deals'],
        frequency: 'weekly',
      },
    });
    await restrictProcessing(t.deps, { userId: ann.userId, reason: 'accuracy_contested' });
    expect(await processingChoicesOf(t.deps.db, ann.userId)).toEqual({
      restrictedSince: t.clock.now(),
      objections: [],
    });
    expect(await sendNewsletter(t.deps)).toEqual({ sent: 0 });
    expect(await mailsTo('ann@example.com', 'marketing.newsletter')).toHaveLength(0);
    await liftProcessingRestriction(t.deps, { userId: ann.userId });
    expect(await sendNewsletter(t.deps)).toEqual({ sent: 1 });
    expect(await mailsTo('ann@example.com', 'marketing.newsletter')).toHaveLength(1);
  });

  it('no review request while restricted; it is sent once the restriction is lifted', async () => {
    const buyer = await buyerWithShippedLines(t, {
      email: 'rex@example.com',
      count: 1,
      deliveredBy: 'carrier',
    });
    await restrictProcessing(t.deps, { userId: buyer.buyerId, reason: 'unlawful' });
    t.clock.advance(8 * DAY);
    expect(await sendReviewRequests(t.deps)).toEqual({ sent: 0 });
    expect(await mailsTo('rex@example.com', 'reviews.request')).toHaveLength(0);
    await liftProcessingRestriction(t.deps, { userId: buyer.buyerId });
    expect(await sendReviewRequests(t.deps)).toEqual({ sent: 1 });
    expect(await mailsTo('rex@example.com', 'reviews.request')).toHaveLength(1);
    t.clock.advance(-8 * DAY);
  });

  it('an alert does not fire while restricted; it fires once the restriction is lifted', async () => {
    const alf = await createActor(t.deps, { email: 'alf@example.com' });
    const [winner] = await t.deps.db
      .select()
      .from(buyboxWinners)
      .where(eq(buyboxWinners.market, 'FR'))
      .limit(1);
    const created = await createAlert(t.deps, {
      userId: alf.userId,
      productId: winner!.productId,
      market: 'FR',
      grade: winner!.grade as 'GOOD',
      kind: 'price_below',
      targetMinor: winner!.priceMinor - 100,
    });
    expect(created).toMatchObject({ ok: true });
    // The price drops to the target (test tooling: the offers module would do this).
    await t.deps.db
      .update(buyboxWinners)
      .set({ priceMinor: winner!.priceMinor - 100 })
      .where(
        and(
          eq(buyboxWinners.productId, winner!.productId),
          eq(buyboxWinners.market, 'FR'),
          eq(buyboxWinners.grade, winner!.grade),
        ),
      );
    await restrictProcessing(t.deps, { userId: alf.userId, reason: 'legal_claims' });
    expect(await notifyAlerts(t.deps)).toEqual({ sent: 0 });
    expect(await mailsTo('alf@example.com', 'marketing.alert.%')).toHaveLength(0);
    await liftProcessingRestriction(t.deps, { userId: alf.userId });
    expect(await notifyAlerts(t.deps)).toEqual({ sent: 1 });
    expect(await mailsTo('alf@example.com', 'marketing.alert.%')).toHaveLength(1);
  });

  it('an objection to recommendations, or a restriction, turns recently viewed off for the signed-in person despite consent', async () => {
    const ola = await createActor(t.deps, { email: 'ola@example.com' });
    const csrf = csrfPair(t.deps);
    const session = await ola.cookie();
    const home = await (await t.app.request('/fr-fr')).text();
    const slugs = [...new Set([...home.matchAll(/href="\/fr-fr\/p\/([a-z0-9-]+)"/g)].map((m) => m[1]!))];
    const accepted = await t.app.request('/consent', {
      method: 'POST',
      headers: { cookie: `${csrf.cookie}; ${session}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        _csrf: csrf.header,
        choice: 'accept_all',
        market: 'fr-fr',
        method: 'banner',
      }),
    });
    const consentLine = accepted.headers.getSetCookie().find((l) => l.startsWith('rl_consent='))!;
    const consent = consentLine.split(';')[0]!;
    const view = (cookies: string[]) =>
      t.app.request(`/fr-fr/p/${slugs[1]}`, {
        headers: { cookie: [consent, `rl_recent=${slugs[0]}`, ...cookies].join('; ') },
      });
    const recentCookie = (res: Response) =>
      res.headers.getSetCookie().find((l) => l.startsWith('rl_recent='));

    const before = await view([session]);
    expect(await before.text()).toContain('recent-h');

    await objectToProcessing(t.deps, { userId: ola.userId, purpose: 'recommendations' });
    const objected = await view([session]);
    expect(await objected.text()).not.toContain('recent-h');
    expect(recentCookie(objected)).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    // Signed out, the browser's consent alone decides (the objection is the account's).
    expect(await (await view([])).text()).toContain('recent-h');

    await objectToProcessing(t.deps, { userId: ola.userId, purpose: 'recommendations', withdraw: true });
    expect(await (await view([session])).text()).toContain('recent-h');
    await restrictProcessing(t.deps, { userId: ola.userId, reason: 'objection_pending' });
    expect(await (await view([session])).text()).not.toContain('recent-h');
  });

  it('the console’s user page shows the restriction and the objections', async () => {
    const pia = await createActor(t.deps, { email: 'pia@example.com' });
    const support = await createActor(t.deps, { email: 'desk@example.com', operator: ['support'] });
    const page = async () =>
      (
        await t.app.request(`/console/users/${pia.userId}`, { headers: { cookie: await support.cookie() } })
      ).text();
    expect(await page()).not.toContain('Processing restricted since');
    await restrictProcessing(t.deps, { userId: pia.userId, reason: 'accuracy_contested' });
    await objectToProcessing(t.deps, { userId: pia.userId, purpose: 'recommendations' });
    const text = (await page()).replace(/<[^>]+>/g, '');
    expect(text).toContain(
      'Processing restricted since 2026-11-21 12:00 UTC — My data is inaccurate and you are checking it',
    );
    expect(text).toContain('Objects to: Personalised recommendations, since 2026-11-21 12:00 UTC');
  });
});
