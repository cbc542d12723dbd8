import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMENT_BOUND,
  compareReviews,
  PHOTO_BONUS,
  REVIEW_SORTS,
  relevanceScore,
  type SortableReview,
} from './review-ranking.rules.ts';

const rating = fc.integer({ min: 1, max: 5 });
const length = fc.integer({ min: 0, max: 5_000 });

describe('relevance score', () => {
  it('ranks more stars higher, all else equal', () => {
    fc.assert(
      fc.property(rating, rating, length, fc.boolean(), (a, b, commentLength, hasPublishedPhotos) => {
        fc.pre(a > b);
        expect(relevanceScore({ rating: a, commentLength, hasPublishedPhotos })).toBeGreaterThan(
          relevanceScore({ rating: b, commentLength, hasPublishedPhotos }),
        );
      }),
    );
  });

  it('ranks a review with published photos higher, all else equal', () => {
    fc.assert(
      fc.property(rating, length, (r, commentLength) => {
        expect(
          relevanceScore({ rating: r, commentLength, hasPublishedPhotos: true }) -
            relevanceScore({ rating: r, commentLength, hasPublishedPhotos: false }),
        ).toBe(PHOTO_BONUS);
      }),
    );
  });

  it('never ranks a longer comment lower, and stops counting at the bound', () => {
    fc.assert(
      fc.property(rating, fc.boolean(), length, length, (r, p, x, y) => {
        const [short, long] = x <= y ? [x, y] : [y, x];
        const s = relevanceScore({ rating: r, commentLength: short, hasPublishedPhotos: p });
        const l = relevanceScore({ rating: r, commentLength: long, hasPublishedPhotos: p });
        expect(l).toBeGreaterThanOrEqual(s);
        if (short < long && short < COMMENT_BOUND) expect(l).toBeGreaterThan(s);
        if (short >= COMMENT_BOUND) expect(l).toBe(s);
      }),
    );
  });

  it('gives a strictly higher score to each extra character below the bound', () => {
    expect(relevanceScore({ rating: 3, commentLength: 11, hasPublishedPhotos: false })).toBeGreaterThan(
      relevanceScore({ rating: 3, commentLength: 10, hasPublishedPhotos: false }),
    );
    expect(relevanceScore({ rating: 3, commentLength: COMMENT_BOUND + 1, hasPublishedPhotos: false })).toBe(
      relevanceScore({ rating: 3, commentLength: COMMENT_BOUND, hasPublishedPhotos: false }),
    );
  });

  it('is bounded: from 0 to 5 800, and a detailed review with photos can pass a terse one with a star more', () => {
    fc.assert(
      fc.property(rating, length, fc.boolean(), (r, commentLength, hasPublishedPhotos) => {
        const s = relevanceScore({ rating: r, commentLength, hasPublishedPhotos });
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(4_000 + 2 * COMMENT_BOUND + PHOTO_BONUS);
      }),
    );
    expect(relevanceScore({ rating: 4, commentLength: 400, hasPublishedPhotos: true })).toBeGreaterThan(
      relevanceScore({ rating: 5, commentLength: 20, hasPublishedPhotos: false }),
    );
  });

  it('clamps what it is given: ratings to 1–5, negative lengths to 0', () => {
    expect(relevanceScore({ rating: 9, commentLength: -5, hasPublishedPhotos: false })).toBe(4_000);
    expect(relevanceScore({ rating: 0, commentLength: 0, hasPublishedPhotos: false })).toBe(0);
  });
});

const review = fc.record({
  id: fc.integer({ min: 1, max: 1_000_000 }),
  rating,
  relevance: fc.integer({ min: 0, max: 5_800 }),
  publishedAt: fc.integer({ min: 0, max: 10_000 }),
});
const distinctReviews = fc.uniqueArray(review, { selector: (r) => r.id, maxLength: 40 });

describe('review sorts', () => {
  const base = { rating: 3, relevance: 100, publishedAt: 1_000 };

  it('relevance: higher score first, then newer, then higher id', () => {
    const cmp = compareReviews('relevance');
    expect(cmp({ id: 1, ...base, relevance: 200 }, { id: 2, ...base })).toBeLessThan(0);
    expect(cmp({ id: 1, ...base, publishedAt: 2_000 }, { id: 2, ...base })).toBeLessThan(0);
    expect(cmp({ id: 2, ...base }, { id: 1, ...base })).toBeLessThan(0);
  });

  it('recent: newer first, then higher id, whatever the rating', () => {
    const cmp = compareReviews('recent');
    expect(
      cmp({ id: 1, ...base, rating: 1, publishedAt: 2_000 }, { id: 2, ...base, rating: 5 }),
    ).toBeLessThan(0);
    expect(cmp({ id: 9, ...base }, { id: 3, ...base })).toBeLessThan(0);
  });

  it('highest and lowest: by stars, ties to the newer then the higher id', () => {
    const hi = compareReviews('highest');
    const lo = compareReviews('lowest');
    expect(hi({ id: 1, ...base, rating: 5 }, { id: 2, ...base, rating: 4, relevance: 5_000 })).toBeLessThan(
      0,
    );
    expect(lo({ id: 1, ...base, rating: 1 }, { id: 2, ...base, rating: 2 })).toBeLessThan(0);
    expect(hi({ id: 1, ...base, publishedAt: 5 }, { id: 2, ...base, publishedAt: 4 })).toBeLessThan(0);
    expect(lo({ id: 7, ...base }, { id: 6, ...base })).toBeLessThan(0);
  });

  it('every sort is a total order: antisymmetric, and only a review equals itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REVIEW_SORTS), review, review, (sort, a, b) => {
        const cmp = compareReviews(sort);
        expect(Math.sign(cmp(a, b))).toBe(-Math.sign(cmp(b, a)));
        if (a.id !== b.id) expect(cmp(a, b)).not.toBe(0);
      }),
    );
  });

  it('sorting is independent of the input order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REVIEW_SORTS), distinctReviews, (sort, rs) => {
        const cmp = compareReviews(sort);
        const a = [...rs].sort(cmp).map((r) => r.id);
        const b = [...rs]
          .reverse()
          .sort(cmp)
          .map((r) => r.id);
        expect(a).toEqual(b);
      }),
    );
  });

  it('highest is sorted by stars descending, lowest ascending, and each pass ends newer-first among equals', () => {
    fc.assert(
      fc.property(distinctReviews, (rs: SortableReview[]) => {
        const hi = [...rs].sort(compareReviews('highest'));
        const lo = [...rs].sort(compareReviews('lowest'));
        for (let i = 1; i < hi.length; i++) {
          expect(hi[i - 1]!.rating).toBeGreaterThanOrEqual(hi[i]!.rating);
          if (hi[i - 1]!.rating === hi[i]!.rating)
            expect(hi[i - 1]!.publishedAt).toBeGreaterThanOrEqual(hi[i]!.publishedAt);
        }
        for (let i = 1; i < lo.length; i++) expect(lo[i - 1]!.rating).toBeLessThanOrEqual(lo[i]!.rating);
      }),
    );
  });
});
