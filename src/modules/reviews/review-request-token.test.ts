import { describe, expect, it } from 'vitest';
import { readReviewRequest, signReviewRequest } from './review-request-token.ts';

const secret = 'test-secret-for-review-links-0123456789';
const now = new Date('2026-03-10T12:00:00Z');
const claim = { orderLineId: 42, buyerUserId: 7, expiresAt: new Date('2026-05-09T12:00:00Z') };

describe('review request links', () => {
  it('reads back what it signed', () => {
    expect(readReviewRequest(secret, signReviewRequest(secret, claim), now)).toEqual(claim);
  });

  it('refuses an altered line or buyer, another secret, garbage, and an expired link', () => {
    const token = signReviewRequest(secret, claim);
    expect(readReviewRequest(secret, token.replace(/^42\./, '43.'), now)).toBeNull();
    expect(readReviewRequest(secret, token.replace(/^42\.7\./, '42.8.'), now)).toBeNull();
    expect(readReviewRequest(`${secret}x`, token, now)).toBeNull();
    expect(readReviewRequest(secret, 'nonsense', now)).toBeNull();
    expect(readReviewRequest(secret, token, new Date('2026-05-09T12:00:00Z'))).toBeNull();
  });
});
