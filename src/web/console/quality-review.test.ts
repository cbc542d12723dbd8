import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { auditEvents } from '../../modules/audit/audit.schema.ts';
import { statementsOfReasons } from '../../modules/compliance/compliance.schema.ts';
import { offers } from '../../modules/offers/offers.schema.ts';
import { sellerQualityDays } from '../../modules/quality/quality.schema.ts';
import { recomputeQuality } from '../../modules/quality/recompute-quality.ts';
import { sellerLocale } from '../../modules/seller-onboarding/seller-notices.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { translator } from '../../platform/i18n.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { mailText } from '../../platform/mail/mail-text.ts';
import { portalLocale } from '../seller/seller-view.ts';

describe.each(ENGINES)('quality flags, history and reviews on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let compliance: TestBrowser;
  let n = 0;
  const browserFor = async (spec: Parameters<typeof createActor>[1]) => {
    const a = await createActor(t.deps, spec);
    const b = new TestBrowser(t.app, `203.0.113.${60 + ++n}`);
    const [name, value] = (await a.cookie()).split('=');
    b.cookies.set(name!, value!);
    return b;
  };
  const seller = async (id: number) => (await t.deps.db.select().from(sellers).where(eq(sellers.id, id)))[0]!;
  const mails = (to: string, template: string) =>
    t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, to), eq(mailOutbox.template, template)));
  const advance = (ms: number) => (t.clock as unknown as { advance(ms: number): void }).advance(ms);

  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 6, sellers: 4, offers: 30 },
      { RATE_LIMIT_ANON_PER_MIN: '0', RATE_LIMIT_WRITES_PER_MIN: '0' },
    );
    // Every seller within its thresholds to start with (the generated data has random rates).
    await t.deps.db.update(sellers).set({
      aestheticDefectBp: 0,
      wrongProductBp: 0,
      defectiveProductBp: 0,
      wrongAccessoriesBp: 0,
      lateDeliveryBp: 0,
      cancellationBp: 0,
    });
  });
  afterAll(() => t?.close());

  it('flags a seller above a threshold once, records every day, and clears the flag when back within', async () => {
    const s = await seller(2);
    await t.deps.db.update(sellers).set({ aestheticDefectBp: 900 }).where(eq(sellers.id, 2));
    const first = await recomputeQuality(t.deps);
    expect(first.raised).toEqual([2]);
    expect(first.flagged).toEqual([2]);
    expect((await seller(2)).qualityFlaggedAt?.toISOString()).toBe(t.clock.now().toISOString());
    const flaggedMail = await mails(s.email, 'quality.flagged');
    expect(flaggedMail).toHaveLength(1);
    // In the seller's language (issue 13), its rates formatted for that locale.
    const m = mailText(await sellerLocale(t.deps.db, s));
    const rate = (bp: number) => m.percent(bp, { min: 2, max: 2 });
    expect(flaggedMail[0]!.textBody).toContain(
      m.t('mail.quality.flagLine', {
        rate: m.t('mail.quality.rate.aestheticDefectBp'),
        value: rate(900),
        threshold: rate(300),
      }),
    );

    // Every open seller has today's row.
    const today = await t.deps.db
      .select()
      .from(sellerQualityDays)
      .where(eq(sellerQualityDays.day, t.clock.now().toISOString().slice(0, 10)));
    expect(today.map((d) => d.sellerId).sort()).toEqual([1, 2, 3, 4]);
    expect(today.find((d) => d.sellerId === 2)!.aestheticDefectBp).toBe(900);

    // A second run the same day neither raises again nor emails again.
    const second = await recomputeQuality(t.deps);
    expect(second.raised).toEqual([]);
    expect(await mails(s.email, 'quality.flagged')).toHaveLength(1);

    // The next day's run adds a row; the seeded history before it is kept.
    advance(DAY_MS);
    await recomputeQuality(t.deps);
    const days = await t.deps.db.select().from(sellerQualityDays).where(eq(sellerQualityDays.sellerId, 2));
    expect(days).toHaveLength(91);
    expect(
      days
        .filter((d) => d.aestheticDefectBp === 900)
        .map((d) => d.day)
        .sort(),
    ).toEqual(['2026-11-21', '2026-11-22']);
  });

  it('queues the flagged seller in the console; a review needs an outcome and a note to warn', async () => {
    // Signed in after the clock moved: operator sessions expire after 30 idle minutes.
    compliance = await browserFor({
      email: 'qa-compliance@example.com',
      buyerType: null,
      operator: ['compliance'],
    });
    const queue = await compliance.get('/console/sellers/quality');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain('1 waiting for a review');
    expect(queue.text).toContain('href="/console/sellers/2#quality-h"');
    expect(queue.text).toContain('To review');

    const page = await compliance.get('/console/sellers/2');
    expect(page.text).toContain('Record the review');
    expect(page.text).toContain('Aesthetic defects, daily');
    expect(page.text).toMatch(/<svg class="chart-svg"[^>]*role="img"/);

    const noNote = await compliance.post('/console/sellers/2/quality-review', {
      outcome: 'warned',
      note: '',
    });
    expect(noNote.status).toBe(400);
    expect(noNote.text).toContain('Note to the seller: is required');
    const noOutcome = await compliance.post('/console/sellers/2/quality-review', {
      outcome: 'ignore',
      note: 'x',
    });
    expect(noOutcome.status).toBe(400);
    expect((await seller(2)).qualityReviewedAt).toBeNull();

    const s = await seller(2);
    const warned = await compliance.post('/console/sellers/2/quality-review', {
      outcome: 'warned',
      note: 'Three customers reported scratches on grade Excellent devices this month.',
    });
    expect(warned.status).toBe(303);
    expect(warned.location).toBe('/console/sellers/2?done=reviewed');
    const after = await seller(2);
    expect(after.qualityReviewOutcome).toBe('warned');
    expect(after.qualityReviewedAt?.toISOString()).toBe(t.clock.now().toISOString());
    const mail = await mails(s.email, 'quality.warned');
    expect(mail).toHaveLength(1);
    expect(mail[0]!.textBody).toContain('Three customers reported scratches');
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'seller.quality_reviewed'));
    expect(audit.map((a) => a.details)).toContainEqual({ sellerId: 2, outcome: 'warned' });

    // Reviewed: no longer waiting, and a second review is refused until the flag is raised again.
    expect((await compliance.get('/console/sellers/quality')).text).toContain('0 waiting for a review');
    const again = await compliance.post('/console/sellers/2/quality-review', {
      outcome: 'no_action',
      note: '',
    });
    expect(again.status).toBe(409);
    expect((await seller(2)).qualityReviewOutcome).toBe('warned');
  });

  it('clears the flag once the rates are back within', async () => {
    await t.deps.db.update(sellers).set({ aestheticDefectBp: 100 }).where(eq(sellers.id, 2));
    const r = await recomputeQuality(t.deps);
    expect(r.flagged).toEqual([]);
    expect((await seller(2)).qualityFlaggedAt).toBeNull();
    expect((await compliance.get('/console/sellers/quality')).text).toContain(
      'No seller is above a threshold',
    );
  });

  it('suspends a seller for its quality rates with a statement of reasons', async () => {
    await t.deps.db.update(sellers).set({ lateDeliveryBp: 2500 }).where(eq(sellers.id, 3));
    expect((await recomputeQuality(t.deps)).raised).toEqual([3]);
    await compliance.get('/console/sellers/3');
    const res = await compliance.post('/console/sellers/3/quality-review', {
      outcome: 'suspended',
      note: 'A quarter of the orders shipped late for three months despite a warning.',
    });
    expect(res.status).toBe(303);
    const s = await seller(3);
    expect(s.status).toBe('suspended');
    expect(s.qualityReviewOutcome).toBe('suspended');
    const [sor] = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.id, s.suspensionStatementId!));
    expect(sor!.reasonCode).toBe('quality_criteria');
    expect(sor!.explanation).toContain('until a plan to bring the quality rates back within');
    const live = await t.deps.db
      .select()
      .from(offers)
      .where(and(eq(offers.sellerId, 3), eq(offers.published, true)));
    expect(live).toHaveLength(0);
  });

  it("shows the seller its own trend on the dashboard, and never another seller's console", async () => {
    const member = await browserFor({
      email: 'qa-owner@example.com',
      sellers: [{ sellerId: 2, role: 'owner' }],
    });
    const dash = await member.get('/seller/2');
    expect(dash.status).toBe(200);
    // The portal in the seller's country's language (the owner chose none).
    const p = translator(portalLocale(null, (await seller(2)).country));
    expect(dash.text).toContain(p('portal.dashboard.trend'));
    expect(dash.text).toContain(
      p('portal.quality.trendTitle', { rate: p('portal.quality.rate.cancellation') }),
    );
    expect((await member.get('/console/sellers/quality')).status).toBe(403);
    const support = await browserFor({
      email: 'qa-support@example.com',
      buyerType: null,
      operator: ['support'],
    });
    expect((await support.get('/console/sellers/quality')).status).toBe(403);
  });
});
