import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boughtWithinWindow,
  buyerWindowStart,
  COMPLAINT_EXPLANATION,
  type ContestedDecision,
  complaintIssues,
  complaintWindowEnd,
  complaintWindowOpen,
  deciderIssue,
  reversalFor,
} from './complaint.rules.ts';

const PARIS = 'Europe/Paris';

describe('complaint window (DSA Art. 20(1): at least six months)', () => {
  const informed = new Date('2026-05-21T10:00:00Z');

  it('is open through the same day six months later, in the market’s time zone, closed the next day', () => {
    expect(complaintWindowEnd(informed, PARIS)).toBe('2026-11-21');
    expect(complaintWindowOpen(informed, informed, PARIS)).toBe(true);
    // 21 November 23:59 in Paris is 22:59 UTC: still open.
    expect(complaintWindowOpen(informed, new Date('2026-11-21T22:59:00Z'), PARIS)).toBe(true);
    // 22 November 00:00 in Paris is 23:00 UTC on the 21st: closed.
    expect(complaintWindowOpen(informed, new Date('2026-11-21T23:00:00Z'), PARIS)).toBe(false);
  });

  it('counts from the local day the person was informed (late evening in Paris is the next UTC day)', () => {
    const lateEvening = new Date('2026-05-31T22:30:00Z'); // 1 June 00:30 in Paris
    expect(complaintWindowEnd(lateEvening, PARIS)).toBe('2026-12-01');
    expect(complaintWindowEnd(lateEvening, 'UTC')).toBe('2026-11-30');
  });

  it('clamps to the month’s last day (31 August + 6 months = end of February)', () => {
    expect(complaintWindowEnd(new Date('2026-08-31T10:00:00Z'), PARIS)).toBe('2027-02-28');
    expect(complaintWindowEnd(new Date('2027-08-31T10:00:00Z'), PARIS)).toBe('2028-02-29');
  });

  it('is never shorter than six months (law: at least)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 181 }),
        (informedAt, days) => {
          // 181 days is always within six calendar months (the shortest six months has 181 days).
          const now = new Date(informedAt.getTime() + days * 86_400_000);
          expect(complaintWindowOpen(informedAt, now, 'UTC')).toBe(true);
        },
      ),
    );
  });
});

describe('complaint text', () => {
  it('needs a few words, at most the maximum', () => {
    expect(complaintIssues('x'.repeat(COMPLAINT_EXPLANATION.min - 1)).map((i) => i.field)).toEqual([
      'explanation',
    ]);
    expect(complaintIssues(`  ${'x'.repeat(COMPLAINT_EXPLANATION.min)}  `)).toEqual([]);
    expect(complaintIssues('x'.repeat(COMPLAINT_EXPLANATION.max))).toEqual([]);
    expect(complaintIssues('x'.repeat(COMPLAINT_EXPLANATION.max + 1))).toHaveLength(1);
  });
});

describe('what upholding a complaint reverses', () => {
  it('gives back what the decision took away, or says it cannot', () => {
    const cases: Array<[ContestedDecision, string]> = [
      [{ kind: 'offer_delisting', offerId: 1 }, 'offer_relisted'],
      [{ kind: 'review_removal', reviewId: 1 }, 'review_restored'],
      [{ kind: 'account_termination', userId: 1 }, 'account_reopened'],
      [{ kind: 'seller_suspension', sellerId: 1 }, 'seller_reinstated'],
      [{ kind: 'notice_not_actioned', noticeId: 1 }, 'notice_reopened'],
      [{ kind: 'notice_actioned', noticeId: 1 }, 'not_possible'],
      [{ kind: 'other' }, 'not_possible'],
    ];
    for (const [d, r] of cases) expect(reversalFor(d)).toBe(r);
  });

  it('is decided by another operator than the one who took the decision', () => {
    expect(deciderIssue(5, 5)).toMatch(/another operator/);
    expect(deciderIssue(5, 6)).toBeNull();
    expect(deciderIssue(5, null)).toBeNull();
  });
});

describe('buyers told of an illegal product (DSA Art. 32: the past six months)', () => {
  const aware = new Date('2026-11-21T12:00:00Z');

  it('starts at midnight UTC of the same day six months earlier', () => {
    expect(buyerWindowStart(aware)).toEqual(new Date('2026-05-21T00:00:00Z'));
    expect(buyerWindowStart(new Date('2026-08-31T08:00:00Z'))).toEqual(new Date('2026-02-28T00:00:00Z'));
  });

  it('includes the first instant of the window and now, excludes before and after', () => {
    expect(boughtWithinWindow(new Date('2026-05-21T00:00:00Z'), aware)).toBe(true);
    expect(boughtWithinWindow(new Date('2026-05-20T23:59:59.999Z'), aware)).toBe(false);
    expect(boughtWithinWindow(aware, aware)).toBe(true);
    expect(boughtWithinWindow(new Date(aware.getTime() + 1), aware)).toBe(false);
  });
});
