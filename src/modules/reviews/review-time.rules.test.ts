import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isBusinessDay, localDay } from '../../platform/calendar.ts';
import { fixedClock } from '../../platform/clock.ts';
import {
  EDIT_WINDOW_DAYS,
  editWindow,
  editWindowEndsOn,
  isExpired,
  isReviewRequestDue,
  photoModerationDueOn,
  publicationDeadline,
  publishedInTime,
  requestLinkExpiresAt,
  retentionEndsOn,
  reviewRequestCutoff,
  reviewRequestDueAt,
} from './review-time.rules.ts';

const day = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const country = fc.constantFrom('FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT', 'GB', 'US');

describe('review request (~7 days after delivery)', () => {
  const delivered = new Date('2026-03-02T15:00:00Z');

  it('is due 7 days after delivery, to the minute, on the injected clock', () => {
    const clock = fixedClock(new Date('2026-03-09T14:59:00Z'));
    expect(isReviewRequestDue(delivered, clock.now())).toBe(false);
    clock.set(new Date('2026-03-09T15:00:00Z'));
    expect(isReviewRequestDue(delivered, clock.now())).toBe(true);
    expect(reviewRequestDueAt(delivered).toISOString()).toBe('2026-03-09T15:00:00.000Z');
  });

  it('agrees with the cutoff the job queries by', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 86_400_000 }), (ms) => {
        const now = new Date(delivered.getTime() + ms);
        expect(isReviewRequestDue(delivered, now)).toBe(delivered <= reviewRequestCutoff(now));
      }),
    );
  });

  it('gives the emailed link 60 days', () => {
    expect(requestLinkExpiresAt(delivered).toISOString()).toBe('2026-05-01T15:00:00.000Z');
  });
});

describe('publication within 1 business day of submission', () => {
  it('moves the deadline over a weekend', () => {
    expect(publicationDeadline('2026-03-06', 'FR')).toBe('2026-03-09'); // Friday → Monday
    expect(publicationDeadline('2026-03-07', 'FR')).toBe('2026-03-09'); // Saturday → Monday
    expect(publicationDeadline('2026-03-04', 'FR')).toBe('2026-03-05'); // Wednesday → Thursday
  });

  it('moves it over a public holiday of the market only', () => {
    expect(publicationDeadline('2026-07-13', 'FR')).toBe('2026-07-15'); // 14 July, Fête nationale
    expect(publicationDeadline('2026-07-13', 'DE')).toBe('2026-07-14'); // not a holiday in Germany
    expect(publicationDeadline('2026-04-30', 'FR')).toBe('2026-05-04'); // 1 May (Friday) + weekend
    expect(publicationDeadline('2026-12-24', 'DE')).toBe('2026-12-28'); // 25, 26 December + Sunday
  });

  it('is met by publishing at submission, and not by publishing later than the deadline', () => {
    expect(publishedInTime('2026-03-06', '2026-03-06', 'FR')).toBe(true);
    expect(publishedInTime('2026-03-06', '2026-03-09', 'FR')).toBe(true);
    expect(publishedInTime('2026-03-06', '2026-03-10', 'FR')).toBe(false);
    expect(publishedInTime('2026-03-06', '2026-03-05', 'FR')).toBe(false);
  });

  it('is always a business day after the submission day, at most 5 calendar days later', () => {
    fc.assert(
      fc.property(day, country, (d, c) => {
        const deadline = publicationDeadline(d, c);
        expect(deadline > d).toBe(true);
        expect(isBusinessDay(deadline, c)).toBe(true);
        expect(deadline <= addDays(d, 6)).toBe(true);
        expect(publishedInTime(d, d, c)).toBe(true);
      }),
    );
  });

  it('counts the submission day in the market’s zone', () => {
    // 23:30 UTC on Friday is already Saturday in Paris: the deadline is Monday either way.
    const submitted = localDay(new Date('2026-03-06T23:30:00Z'), 'Europe/Paris');
    expect(submitted).toBe('2026-03-07');
    expect(publicationDeadline(submitted, 'FR')).toBe('2026-03-09');
  });
});

describe('photo moderation within 7 business days', () => {
  it('skips weekends and holidays', () => {
    expect(photoModerationDueOn('2026-03-02', 'FR')).toBe('2026-03-11'); // Monday → Wednesday week after
    expect(photoModerationDueOn('2026-07-10', 'FR')).toBe('2026-07-22'); // over 14 July
    expect(photoModerationDueOn('2026-07-10', 'DE')).toBe('2026-07-21');
  });

  it('is a business day, 7 business days after the upload', () => {
    fc.assert(
      fc.property(day, country, (d, c) => {
        const due = photoModerationDueOn(d, c);
        expect(isBusinessDay(due, c)).toBe(true);
        let count = 0;
        for (let x = addDays(d, 1); x <= due; x = addDays(x, 1)) if (isBusinessDay(x, c)) count++;
        expect(count).toBe(7);
      }),
      { numRuns: 200 },
    );
  });
});

describe('edit window of 30 days from receipt', () => {
  it('is open through the 30th day and closed the day after, naming the day it ended', () => {
    expect(editWindowEndsOn('2026-03-02')).toBe('2026-04-01');
    expect(editWindow('2026-03-02', '2026-03-02')).toEqual({ open: true, endsOn: '2026-04-01' });
    expect(editWindow('2026-03-02', '2026-04-01')).toEqual({ open: true, endsOn: '2026-04-01' });
    expect(editWindow('2026-03-02', '2026-04-02')).toEqual({ open: false, endedOn: '2026-04-01' });
  });

  it('is open exactly on the days up to delivery + 30', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 90 }), (d, n) => {
        expect(editWindow(d, addDays(d, n)).open).toBe(n <= EDIT_WINDOW_DAYS);
      }),
    );
  });
});

describe('retention: 24 months, or while the product is sold', () => {
  it('keeps a review 24 months from publication', () => {
    expect(retentionEndsOn('2026-03-02')).toBe('2028-03-01');
    expect(isExpired({ publishedOn: '2026-03-02', today: '2028-03-01', productStillSold: false })).toBe(
      false,
    );
    expect(isExpired({ publishedOn: '2026-03-02', today: '2028-03-02', productStillSold: false })).toBe(true);
    expect(retentionEndsOn('2026-02-28')).toBe('2028-02-27');
  });

  it('keeps it while the product is still sold', () => {
    expect(isExpired({ publishedOn: '2026-03-02', today: '2031-01-01', productStillSold: true })).toBe(false);
  });

  it('never expires a review within its 24 months', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1_500 }), fc.boolean(), (d, n, sold) => {
        const today = addDays(d, n);
        const expired = isExpired({ publishedOn: d, today, productStillSold: sold });
        if (n < 365 * 2 - 1) expect(expired).toBe(false);
        if (n > 366 * 2) expect(expired).toBe(!sold);
      }),
    );
  });
});
