import { describe, expect, it } from 'vitest';
import { FOLDER_STATUSES, isOverdue, partyOf, responseDue, statusAfterMessage } from './care.rules.ts';

describe('care folders', () => {
  it('passes the turn with each message; a message on a closed folder reopens it', () => {
    const esc = { escalated: false };
    expect(statusAfterMessage('awaiting_seller', 'seller', esc)).toBe('awaiting_buyer');
    expect(statusAfterMessage('awaiting_buyer', 'buyer', esc)).toBe('awaiting_seller');
    expect(statusAfterMessage('closed', 'buyer', esc)).toBe('awaiting_seller');
    expect(statusAfterMessage('closed', 'seller', esc)).toBe('awaiting_buyer');
    expect(statusAfterMessage('closed', 'operator', esc)).toBe('with_customer_service');
    expect(statusAfterMessage('awaiting_buyer', 'buyer', { escalated: true })).toBe('with_customer_service');
    expect(statusAfterMessage('with_customer_service', 'operator', { escalated: true })).toBe(
      'awaiting_buyer',
    );
    for (const s of FOLDER_STATUSES)
      expect(statusAfterMessage(s, 'operator', { escalated: true, internal: true })).toBe(s);
  });

  it('gives the seller two business days and customer service one', () => {
    expect(responseDue('awaiting_seller', '2026-07-10', 'FR')).toEqual({ party: 'seller', by: '2026-07-15' });
    expect(responseDue('with_customer_service', '2026-07-10', 'FR')).toEqual({
      party: 'operator',
      by: '2026-07-13',
    });
    expect(responseDue('awaiting_buyer', '2026-07-10', 'FR')).toBeNull();
    expect(responseDue('closed', '2026-07-10', 'FR')).toBeNull();
    const due = responseDue('awaiting_seller', '2026-07-10', 'FR');
    expect(isOverdue(due, '2026-07-15')).toBe(false);
    expect(isOverdue(due, '2026-07-16')).toBe(true);
    expect(isOverdue(null, '2030-01-01')).toBe(false);
  });

  it('lets the buyer, the seller’s team and operators write, nobody else', () => {
    const folder = { buyerUserId: 7, sellerId: 3 };
    const actor = (userId: number, sellers: number[] = [], operator = false) => ({
      userId,
      sellers: new Map(sellers.map((s) => [s, 'staff'])),
      operator,
    });
    expect(partyOf(folder, actor(7))).toBe('buyer');
    expect(partyOf(folder, actor(8, [3]))).toBe('seller');
    expect(partyOf(folder, actor(9, [], true))).toBe('operator');
    expect(partyOf(folder, actor(10, [4]))).toBeNull();
    expect(partyOf({ buyerUserId: null, sellerId: 3 }, actor(7))).toBeNull();
  });
});
