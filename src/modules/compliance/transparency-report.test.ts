import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { STOREFRONTS } from '../../platform/markets.ts';
import { dsaComplaints, dsaNotices } from './dsa-notices.schema.ts';
import { issueStatementOfReasons } from './issue-statement-of-reasons.ts';
import { median, transparencyReport, transparencyReportRows } from './transparency-report.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const at = (iso: string) => new Date(iso);

describe('median', () => {
  it('is the middle value, or the mean of the middle two, and null for none', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe.each(ENGINES)('DSA transparency report on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    // The test clock says 2026-11-21: 2025 is a full year, 2026 is to date.
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
    const statement = (
      over: Partial<Parameters<typeof issueStatementOfReasons>[1]> & { effectiveAt: Date },
    ) =>
      issueStatementOfReasons(t.deps, {
        subjectUserId: null,
        measure: 'content_removal',
        reasonCode: 'offer_unsafe_products',
        facts: 'An offer.',
        source: 'own_initiative',
        ground: { type: 'incompatible_terms', contractualGround: 'Seller terms §4' },
        explanation: 'Breach.',
        audience: 'seller',
        decidedBy: null,
        ...over,
      });
    // 2025, own initiative: 2 on the terms (one detected automatically), 1 illegal; 1 from a notice.
    await statement({
      effectiveAt: at('2025-02-01T10:00:00Z'),
      measure: 'suspension_of_service',
      automatedDetection: true,
    });
    await statement({ effectiveAt: at('2025-05-01T10:00:00Z'), measure: 'account_termination' });
    await statement({
      effectiveAt: at('2025-07-01T10:00:00Z'),
      ground: { type: 'illegal_content', legalGround: 'Regulation (EU) 2023/988' },
    });
    const fromNotice = await statement({
      effectiveAt: at('2025-03-02T10:00:00Z'),
      source: 'notice',
      ground: { type: 'illegal_content', legalGround: 'Regulation (EU) 2023/988' },
    });
    const onTerms = await statement({ effectiveAt: at('2025-04-03T10:00:00Z'), source: 'notice' });
    // Out of 2025: in 2024 and in 2026.
    await statement({ effectiveAt: at('2024-12-31T23:00:00Z') });
    await statement({ effectiveAt: at('2026-01-05T10:00:00Z') });
    const notice = (n: Partial<typeof dsaNotices.$inferInsert> & { receivedAt: Date }) => ({
      market: 'FR',
      locale: 'fr-FR',
      contentKind: 'offer' as const,
      url: 'http://reloop.test/fr-fr/p/x',
      category: 'unsafe_products',
      explanation: 'This phone has a swollen battery and is sold as safe.',
      notifierName: 'A',
      notifierEmail: 'a@mail.example',
      goodFaith: true,
      status: 'decided' as const,
      ...n,
    });
    const [n1] = await t.deps.db
      .insert(dsaNotices)
      .values([
        // Decided after 10 h (illegal), 30 h (terms), 50 h (no action); one open; one in 2026.
        notice({
          receivedAt: at('2025-03-01T12:00:00Z'),
          decidedAt: at('2025-03-01T22:00:00Z'),
          decision: 'delist_offer',
          statementId: fromNotice.id,
        }),
        notice({
          receivedAt: at('2025-04-01T12:00:00Z'),
          decidedAt: at('2025-04-02T18:00:00Z'),
          decision: 'delist_offer',
          statementId: onTerms.id,
          category: 'consumer_information',
        }),
        notice({
          receivedAt: at('2025-05-01T00:00:00Z'),
          decidedAt: at('2025-05-03T02:00:00Z'),
          decision: 'no_action',
          contentKind: 'review',
          category: 'illegal_speech',
        }),
        notice({ receivedAt: at('2025-12-30T00:00:00Z'), status: 'open' }),
        notice({ receivedAt: at('2026-02-01T00:00:00Z'), status: 'open' }),
      ])
      .returning({ id: dsaNotices.id });
    const complaint = (c: Partial<typeof dsaComplaints.$inferInsert> & { receivedAt: Date }) => ({
      complainantEmail: 'c@mail.example',
      complainantLocale: 'fr-FR',
      market: 'FR',
      explanation: 'I disagree.',
      informedAt: at('2025-03-02T10:00:00Z'),
      status: 'open' as const,
      ...c,
    });
    await t.deps.db.insert(dsaComplaints).values([
      complaint({
        statementId: fromNotice.id,
        receivedAt: at('2025-03-05T00:00:00Z'),
        status: 'upheld',
        reversal: 'offer_relisted',
        decidedAt: at('2025-03-06T00:00:00Z'),
      }),
      complaint({
        statementId: onTerms.id,
        receivedAt: at('2025-04-05T00:00:00Z'),
        status: 'rejected',
        decidedAt: at('2025-04-08T00:00:00Z'),
      }),
      complaint({ noticeId: n1!.id, receivedAt: at('2025-06-01T00:00:00Z') }),
    ]);
  });
  afterAll(() => t.close());

  it('counts 2025 from the notices, decisions, statements and complaints of 2025 only', async () => {
    const r = await transparencyReport(t.deps, { year: 2025 });
    expect(r).toMatchObject({
      year: 2025,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      toDate: false,
    });
    expect(r.notices).toMatchObject({
      received: 4,
      byKind: { offer: 3, review: 1, product: 0, seller: 0, other: 0 },
      byCategory: { unsafe_products: 2, consumer_information: 1, illegal_speech: 1, scams_fraud: 0 },
      fromTrustedFlaggers: 0,
      processedByAutomatedMeans: 0,
      decided: 3,
      open: 1,
      actionOnLegalGround: 1,
      actionOnTermsGround: 1,
      noAction: 1,
      medianHoursToDecision: 30,
    });
    expect(r.ownInitiative).toMatchObject({
      measures: 3,
      byGround: { illegal_content: 1, incompatible_terms: 2 },
      byMeasure: {
        suspension_of_service: 1,
        account_termination: 1,
        content_removal: 1,
        monetary_suspension: 0,
      },
      detectedByAutomatedMeans: 1,
      decidedByAutomatedMeans: 0,
    });
    expect(r.complaints).toEqual({
      received: 3,
      aboutStatements: 2,
      aboutNotices: 1,
      decided: 2,
      reversed: 1,
      upheldDecisions: 1,
      open: 1,
      medianHoursToDecision: 48,
    });
    expect(r.suspensions).toEqual({
      manifestlyIllegalContent: 0,
      unfoundedNotices: 0,
      unfoundedComplaints: 0,
    });
    expect(r.activeRecipients).toMatchObject({ periodStart: '2025-07-01', periodEnd: '2025-12-31' });
    const rows = transparencyReportRows(r);
    expect(rows).toContainEqual({
      section: '3. Notices (Art. 16)',
      metric: 'Actions taken',
      breakdown: 'ground: illegal content (law)',
      value: 1,
    });
    expect(rows).toContainEqual({
      section: '5. Complaints (Art. 20)',
      metric: 'Decisions reversed',
      breakdown: '',
      value: 1,
    });
  });

  it('counts the current year up to today, and refuses a future year or one before 2024', async () => {
    const r = await transparencyReport(t.deps, {});
    expect(r).toMatchObject({ year: 2026, periodStart: '2026-01-01', periodEnd: '2026-11-21', toDate: true });
    expect(r.notices.received).toBe(1);
    expect(r.ownInitiative.measures).toBe(1);
    await expect(transparencyReport(t.deps, { year: 2027 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(transparencyReport(t.deps, { year: 2023 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('is a page in every shop language, with its bar charts and links to each year and the CSV', async () => {
    for (const s of STOREFRONTS) {
      const r = await t.get(`/${s.locale}/legal/transparency-report?year=2025`);
      expect(r.status, s.locale).toBe(200);
      expect(r.text).toContain(`lang="${s.bcp47}"`);
      expect(r.text).toContain(`href="/${s.locale}/legal/transparency-report.csv?year=2025"`);
      expect(r.text).toContain(`href="/${s.locale}/legal/transparency-report?year=2026"`);
      expect(r.text).toContain('<svg viewBox');
      expect(r.text).not.toMatch(/dsa\.report\./);
    }
    const fr = await t.get('/fr-fr/legal/transparency-report?year=2025');
    expect(fr.text).toContain('Rapport de transparence 2025');
    expect(fr.text).toMatch(/Signalements reçus<\/dt><dd>4</);
    expect((await t.get('/fr-fr/legal/transparency-report?year=20x5')).status).toBe(400);
  });

  it('is a CSV in the template’s sections: section, metric, breakdown, value', async () => {
    const r = await t.get('/de-de/legal/transparency-report.csv?year=2025');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.headers.get('content-disposition')).toContain('reloop-dsa-transparency-report-2025.csv');
    const lines = r.text.trim().split('\n');
    expect(lines[0]).toBe('section,metric,breakdown,value');
    expect(lines).toContain('3. Notices (Art. 16),Notices received,,4');
    expect(lines).toContain('3. Notices (Art. 16),Median time to decision (hours),,30');
    expect(lines).toContain(
      '4. Own-initiative content moderation,Measures taken,restriction: account_termination,1',
    );
    expect(lines).toContain('7. Suspensions (Art. 23),Suspensions,manifestly unfounded notices,0');
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(8);
  });

  it('is linked from the footer, and the legal information page shows the DSA contact points', async () => {
    for (const locale of ['fr-fr', 'de-de', 'en-gb']) {
      const r = await t.get(`/${locale}/legal/information`);
      expect(r.status, locale).toBe(200);
      expect(r.text).toContain('id="dsa-contact-h"');
      expect(r.text).toContain('href="mailto:legal@reloop.example"');
      expect(r.text).toContain(`href="/${locale}/contact"`);
      expect(r.text).toContain(`href="/${locale}/legal/transparency-report"`);
    }
    const home = await t.get('/it-it');
    expect(home.text).toContain('href="/it-it/legal/transparency-report">Relazione sulla trasparenza</a>');
  });
});
