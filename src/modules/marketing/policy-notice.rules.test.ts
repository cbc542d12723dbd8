import { describe, expect, it } from 'vitest';
import { announceable, NOTICE_LEAD_DAYS, noticeIsLate } from './policy-notice.rules.ts';

const DAY = 86_400_000;
const now = new Date('2026-11-21T12:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY);

describe('policy notices', () => {
  it('announces a published terms or privacy version until it takes effect', () => {
    expect(announceable({ kind: 'privacy', createdAt: at(-1), effectiveAt: at(40) }, now)).toBe(true);
    expect(announceable({ kind: 'terms', createdAt: now, effectiveAt: at(30) }, now)).toBe(true);
    // In force: no longer new. Not yet published: not yet announced. Other documents: never.
    expect(announceable({ kind: 'privacy', createdAt: at(-40), effectiveAt: now }, now)).toBe(false);
    expect(announceable({ kind: 'privacy', createdAt: at(1), effectiveAt: at(40) }, now)).toBe(false);
    expect(announceable({ kind: 'information', createdAt: at(-1), effectiveAt: at(40) }, now)).toBe(false);
  });

  it(`is late when fewer than ${NOTICE_LEAD_DAYS} days remain before the version takes effect`, () => {
    expect(noticeIsLate({ kind: 'terms', createdAt: now, effectiveAt: at(30) }, now)).toBe(false);
    expect(
      noticeIsLate({ kind: 'terms', createdAt: now, effectiveAt: new Date(at(30).getTime() - 1) }, now),
    ).toBe(true);
    expect(noticeIsLate({ kind: 'terms', createdAt: now, effectiveAt: at(3) }, now)).toBe(true);
  });
});
