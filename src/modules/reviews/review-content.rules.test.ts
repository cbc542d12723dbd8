import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMENT_MAX,
  COMMENT_MIN,
  checkPhotoBatch,
  isBlocked,
  type LineFacts,
  PHOTO_MAX_BYTES,
  type ReviewerFacts,
  reviewEligibility,
  SUB_RATINGS,
  validateReviewContent,
} from './review-content.rules.ts';

const comment = 'Works like new, battery holds a full day.';

describe('review content', () => {
  it('accepts ratings 1 to 5 and refuses 0, 6, fractions and text, naming the field', () => {
    for (const rating of [1, 2, 3, 4, 5]) expect(validateReviewContent({ rating, comment }).ok).toBe(true);
    for (const rating of [0, 6, 4.5, -1, '5', Number.NaN]) {
      expect(validateReviewContent({ rating, comment })).toEqual({
        ok: false,
        problems: [{ field: 'rating', code: 'range' }],
      });
    }
    expect(validateReviewContent({ rating: undefined, comment })).toEqual({
      ok: false,
      problems: [{ field: 'rating', code: 'required' }],
    });
  });

  it('requires a comment, trimmed, of 20 to 2 000 characters', () => {
    expect(validateReviewContent({ rating: 5, comment: '   ' })).toEqual({
      ok: false,
      problems: [{ field: 'comment', code: 'required' }],
    });
    expect(validateReviewContent({ rating: 5, comment: 42 })).toMatchObject({ ok: false });
    const short = 'x'.repeat(COMMENT_MIN - 1);
    expect(validateReviewContent({ rating: 5, comment: `  ${short}  ` })).toEqual({
      ok: false,
      problems: [{ field: 'comment', code: 'too_short' }],
    });
    expect(validateReviewContent({ rating: 5, comment: `  ${'x'.repeat(COMMENT_MIN)}  ` })).toEqual({
      ok: true,
      content: { rating: 5, comment: 'x'.repeat(COMMENT_MIN), subRatings: {} },
    });
    expect(validateReviewContent({ rating: 5, comment: 'é'.repeat(COMMENT_MAX) }).ok).toBe(true);
    expect(validateReviewContent({ rating: 5, comment: 'x'.repeat(COMMENT_MAX + 1) })).toEqual({
      ok: false,
      problems: [{ field: 'comment', code: 'too_long' }],
    });
  });

  it('counts characters, not UTF-16 units: 2 000 emoji are allowed', () => {
    expect(validateReviewContent({ rating: 5, comment: '📱'.repeat(COMMENT_MAX) }).ok).toBe(true);
  });

  it('keeps the given sub-ratings and refuses one out of range, naming it', () => {
    expect(
      validateReviewContent({
        rating: 4,
        comment,
        subRatings: { value: 5, delivery: 3, aesthetics: undefined },
      }),
    ).toEqual({ ok: true, content: { rating: 4, comment, subRatings: { value: 5, delivery: 3 } } });
    expect(validateReviewContent({ rating: 4, comment, subRatings: { packaging: 0 } })).toEqual({
      ok: false,
      problems: [{ field: 'subRatings.packaging', code: 'range' }],
    });
  });

  it('reports every problem at once', () => {
    const r = validateReviewContent({ rating: 9, comment: '', subRatings: { performance: 7 } });
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual([
      'rating',
      'comment',
      'subRatings.performance',
    ]);
  });

  it('accepts any valid combination (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc
          .string({ minLength: COMMENT_MIN, maxLength: 300 })
          .filter((s) => [...s.trim()].length >= COMMENT_MIN),
        fc.record(Object.fromEntries(SUB_RATINGS.map((s) => [s, fc.integer({ min: 1, max: 5 })])), {
          requiredKeys: [],
        }),
        (rating, text, subRatings) => {
          const r = validateReviewContent({ rating, comment: text, subRatings });
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.content.comment).toBe(text.trim().replace(/\r\n/g, '\n'));
        },
      ),
    );
  });
});

describe('photo batches', () => {
  it('allows at most 5 photos of at most 5 MB each', () => {
    expect(checkPhotoBatch(0, [1, 2, 3, 4, 5])).toEqual({ ok: true });
    expect(checkPhotoBatch(3, [1, 2, 3])).toEqual({ ok: false, problem: 'too_many' });
    expect(checkPhotoBatch(0, [PHOTO_MAX_BYTES])).toEqual({ ok: true });
    expect(checkPhotoBatch(0, [PHOTO_MAX_BYTES + 1])).toEqual({ ok: false, problem: 'too_large' });
    expect(checkPhotoBatch(0, [])).toEqual({ ok: false, problem: 'none' });
    expect(checkPhotoBatch(0, [0])).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('who may review', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const line: LineFacts = {
    buyerUserId: 7,
    shipped: true,
    deliveredAt: new Date('2026-03-02T12:00:00Z'),
    sellerId: 3,
    alreadyReviewed: false,
  };
  const buyer: ReviewerFacts = { userId: 7, memberOfSellers: [], blocks: [] };

  it('lets the buyer of a delivered line review it once', () => {
    expect(reviewEligibility(line, buyer, now)).toEqual({ ok: true });
    expect(reviewEligibility({ ...line, alreadyReviewed: true }, buyer, now)).toEqual({
      ok: false,
      reason: 'already_reviewed',
    });
  });

  it('refuses anyone else, and a line of a guest checkout', () => {
    expect(reviewEligibility(line, { ...buyer, userId: 8 }, now)).toEqual({ ok: false, reason: 'not_buyer' });
    expect(reviewEligibility({ ...line, buyerUserId: null }, buyer, now)).toEqual({
      ok: false,
      reason: 'not_buyer',
    });
  });

  it('refuses an undelivered line (not shipped, shipped but not delivered)', () => {
    expect(reviewEligibility({ ...line, shipped: false }, buyer, now)).toEqual({
      ok: false,
      reason: 'not_delivered',
    });
    expect(reviewEligibility({ ...line, deliveredAt: null }, buyer, now)).toEqual({
      ok: false,
      reason: 'not_delivered',
    });
  });

  it('refuses a member of the selling seller’s team, not of another seller’s', () => {
    expect(reviewEligibility(line, { ...buyer, memberOfSellers: [3] }, now)).toEqual({
      ok: false,
      reason: 'own_offer',
    });
    expect(reviewEligibility(line, { ...buyer, memberOfSellers: [4] }, now)).toEqual({ ok: true });
  });

  it('refuses a blocked reviewer while the block is in force', () => {
    const permanent = { until: null, liftedAt: null };
    const temporary = { until: new Date('2026-03-11T00:00:00Z'), liftedAt: null };
    const ended = { until: new Date('2026-03-10T12:00:00Z'), liftedAt: null };
    const lifted = { until: null, liftedAt: new Date('2026-03-09T00:00:00Z') };
    expect(isBlocked([permanent], now)).toBe(true);
    expect(isBlocked([temporary], now)).toBe(true);
    expect(isBlocked([ended], now)).toBe(false);
    expect(isBlocked([lifted], now)).toBe(false);
    expect(isBlocked([lifted, temporary], now)).toBe(true);
    expect(reviewEligibility(line, { ...buyer, blocks: [temporary] }, now)).toEqual({
      ok: false,
      reason: 'blocked',
    });
  });
});
