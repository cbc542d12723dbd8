import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../platform/clock.ts';
import {
  appealMatches,
  appealWindowOpen,
  BLOCK_DURATION_CODES,
  blockEndsAt,
  blockInForce,
  blockJustification,
  CRITERION_CODES,
  checkAppealForm,
  checkCriterion,
  contestedDecision,
  criteriaFor,
  DEFAULT_LEGAL_GROUND,
  MODERATION_CRITERIA,
  photosAfterDecision,
  photosPublished,
  REPEATED_REMOVALS,
  statementGround,
} from './review-moderation.rules.ts';

const now = new Date('2026-12-06T10:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY_MS);

describe('moderation criteria (a closed list)', () => {
  it('lists the seeds’ criteria and nothing else', () => {
    expect(CRITERION_CODES).toEqual([
      'not_about_experience',
      'off_topic',
      'offensive',
      'discriminatory',
      'personal_data',
      'advertising',
      'not_authentic',
      'illegal_content',
      'spam',
      'photo_not_product',
      'photo_people',
      'photo_unsuitable',
    ]);
  });

  it('photo criteria apply to photos only; every text criterion to reviews and replies', () => {
    expect(criteriaFor('photos')).toEqual([
      'offensive',
      'discriminatory',
      'personal_data',
      'advertising',
      'illegal_content',
      'spam',
      'photo_not_product',
      'photo_people',
      'photo_unsuitable',
    ]);
    expect(criteriaFor('review')).toEqual(criteriaFor('reply'));
    expect(criteriaFor('review').some((c) => c.startsWith('photo_'))).toBe(false);
  });

  it('accepts a listed criterion for its target and names `criterion` otherwise', () => {
    expect(checkCriterion('offensive', 'review')).toBe('offensive');
    expect(checkCriterion(' spam ', 'reply')).toBe('spam');
    expect(checkCriterion('rude', 'review')).toMatchObject({ field: 'criterion' });
    expect(checkCriterion('', 'review')).toEqual({ field: 'criterion', message: 'is required' });
    expect(checkCriterion(undefined, 'review')).toMatchObject({ field: 'criterion' });
    expect(checkCriterion('photo_people', 'review')).toMatchObject({
      field: 'criterion',
      message: 'does not apply to review',
    });
    expect(checkCriterion('toString', 'review')).toMatchObject({ field: 'criterion' });
  });

  it('any string outside the list is refused, naming criterion', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('review' as const, 'reply' as const, 'photos' as const),
        (s, t) => {
          const r = checkCriterion(s, t);
          if (typeof r === 'string') expect(criteriaFor(t)).toContain(r);
          else expect(r.field).toBe('criterion');
        },
      ),
    );
  });

  it('illegal content names a legal ground; the rest quotes the review rules', () => {
    expect(statementGround('illegal_content')).toMatchObject({
      type: 'illegal_content',
      legalGround: DEFAULT_LEGAL_GROUND,
    });
    expect(statementGround('illegal_content', 'Art. 29 loi du 29 juillet 1881')).toMatchObject({
      legalGround: 'Art. 29 loi du 29 juillet 1881',
    });
    const g = statementGround('advertising');
    expect(g.type).toBe('incompatible_terms');
    expect(g.contractualGround).toContain(MODERATION_CRITERIA.advertising.rule);
    for (const c of CRITERION_CODES) expect(statementGround(c).contractualGround!.length).toBeLessThan(500);
  });
});

describe('the photo rule', () => {
  const photos = [
    { id: 1, status: 'pending' as const },
    { id: 2, status: 'pending' as const },
    { id: 3, status: 'pending' as const },
  ];
  it('one rejection withholds all of the review’s photos', () => {
    expect(photosAfterDecision(photos, { approve: false, criterion: 'photo_people' })).toEqual([
      { id: 1, status: 'rejected' },
      { id: 2, status: 'rejected' },
      { id: 3, status: 'rejected' },
    ]);
    expect(photosAfterDecision(photos, { approve: true }).every((p) => p.status === 'approved')).toBe(true);
  });
  it('photos are published only when every one is approved', () => {
    expect(photosPublished([])).toBe(false);
    expect(photosPublished(['approved', 'approved'])).toBe(true);
    expect(photosPublished(['approved', 'pending'])).toBe(false);
    expect(photosPublished(['approved', 'rejected'])).toBe(false);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('pending' as const, 'approved' as const, 'rejected' as const)),
        (s) => {
          expect(photosPublished(s)).toBe(s.length > 0 && !s.some((x) => x !== 'approved'));
        },
      ),
    );
  });
});

describe('reviewer blocks', () => {
  it('a serious violation justifies a block at once', () => {
    expect(blockJustification([{ criterion: 'discriminatory', removedAt: daysAgo(3) }], now)).toBe('serious');
    expect(blockJustification([{ criterion: 'not_authentic', removedAt: daysAgo(3) }], now)).toBe('serious');
  });
  it(`repeated means ${REPEATED_REMOVALS} removals within 12 months`, () => {
    const minor = (d: number) => ({ criterion: 'spam', removedAt: daysAgo(d) });
    expect(blockJustification([minor(1), minor(100)], now)).toBeNull();
    expect(blockJustification([minor(1), minor(100), minor(364)], now)).toBe('repeated');
    expect(blockJustification([minor(1), minor(100), minor(365)], now)).toBeNull();
    expect(blockJustification([{ criterion: 'illegal_content', removedAt: daysAgo(400) }], now)).toBeNull();
    expect(blockJustification([], now)).toBeNull();
  });
  it('temporary blocks last 30 or 90 days; a permanent one never ends', () => {
    expect(BLOCK_DURATION_CODES).toEqual(['days_30', 'days_90', 'permanent']);
    expect(blockEndsAt('days_30', now)).toEqual(new Date(now.getTime() + 30 * DAY_MS));
    expect(blockEndsAt('days_90', now)).toEqual(new Date(now.getTime() + 90 * DAY_MS));
    expect(blockEndsAt('permanent', now)).toBeNull();
  });
  it('a block is in force until it ends or is lifted', () => {
    expect(blockInForce({ until: null, liftedAt: null }, now)).toBe(true);
    expect(blockInForce({ until: daysAgo(-1), liftedAt: null }, now)).toBe(true);
    expect(blockInForce({ until: daysAgo(1), liftedAt: null }, now)).toBe(false);
    expect(blockInForce({ until: null, liftedAt: daysAgo(1) }, now)).toBe(false);
  });
});

describe('appeals', () => {
  it('checks the form, naming every wrong field', () => {
    expect(
      checkAppealForm({ email: 'A@B.fr ', orderNumber: '#42', reviewDate: '2026-12-01', explanation: ' x ' }),
    ).toEqual({
      ok: true,
      value: { email: 'a@b.fr', orderNumber: '42', reviewDate: '2026-12-01', explanation: 'x' },
    });
    const bad = checkAppealForm({
      email: 'nope',
      orderNumber: 'abc',
      reviewDate: '1/12/2026',
      explanation: '',
    });
    expect(bad.ok ? [] : bad.issues.map((i) => i.field)).toEqual([
      'email',
      'orderNumber',
      'reviewDate',
      'explanation',
    ]);
    const long = checkAppealForm({
      email: 'a@b.fr',
      orderNumber: '1',
      reviewDate: '2026-12-01',
      explanation: 'x'.repeat(5001),
    });
    expect(long.ok).toBe(false);
  });
  it('matches the author’s email and the day the review was written', () => {
    const review = { authorEmail: 'Ann@example.com', submittedDay: '2026-12-01' };
    expect(appealMatches({ email: 'ann@example.com', reviewDate: '2026-12-01' }, review)).toBe(true);
    expect(appealMatches({ email: 'bob@example.com', reviewDate: '2026-12-01' }, review)).toBe(false);
    expect(appealMatches({ email: 'ann@example.com', reviewDate: '2026-12-02' }, review)).toBe(false);
  });
  it('contests the removal first, then the photos’ rejection, then a block', () => {
    const base = { reviewId: 7, removalStatementId: null, photoStatementId: null, block: null };
    expect(contestedDecision(base)).toBeNull();
    expect(contestedDecision({ ...base, removalStatementId: 's1', photoStatementId: 's2' })).toEqual({
      statementId: 's1',
      kind: 'removal',
      reviewId: 7,
      blockId: null,
    });
    expect(contestedDecision({ ...base, photoStatementId: 's2' })?.kind).toBe('photos');
    expect(contestedDecision({ ...base, block: { id: 3, statementId: 's3' } })).toEqual({
      statementId: 's3',
      kind: 'block',
      reviewId: null,
      blockId: 3,
    });
  });
});

describe('the appeal window', () => {
  it('stays open 6 months after the decision, through its last day', () => {
    expect(appealWindowOpen('2026-12-06', '2026-12-06')).toBe(true);
    expect(appealWindowOpen('2026-12-06', '2027-06-06')).toBe(true);
    expect(appealWindowOpen('2026-12-06', '2027-06-07')).toBe(false);
    expect(appealWindowOpen('2026-08-31', '2027-02-28')).toBe(true);
    expect(appealWindowOpen('2026-08-31', '2027-03-01')).toBe(false);
  });
});
