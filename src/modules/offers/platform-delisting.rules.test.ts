import { describe, expect, it } from 'vitest';
import { DELISTED_BY_PLATFORM, platformDelistingIssue } from './platform-delisting.rules.ts';

describe('platformDelistingIssue', () => {
  const delisted = { delistedByPlatformAt: new Date('2026-11-21T12:00:00Z') };
  const free = { delistedByPlatformAt: null };

  it('refuses publishing an offer the platform delisted, under the caller’s field', () => {
    expect(platformDelistingIssue(delisted, { published: true }, 'published')).toEqual({
      field: 'published',
      message: DELISTED_BY_PLATFORM,
    });
  });

  it('lets every other change through: unpublishing, or leaving publication alone', () => {
    for (const published of [false, undefined]) {
      expect(platformDelistingIssue(delisted, { published }, 'published')).toBeNull();
      expect(platformDelistingIssue(free, { published }, 'published')).toBeNull();
    }
    expect(platformDelistingIssue(free, { published: true }, 'published')).toBeNull();
  });
});
