import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKETS } from '../../platform/markets.ts';
import {
  ACCOUNTING_RETENTION,
  accountingHold,
  addMonthsUtc,
  claimHold,
  financialYear,
  holdEnded,
  LONGEST_ACCOUNTING_YEARS,
  OPEN_CLAIM_STATUSES,
  traderDataHold,
} from './legal-holds.rules.ts';

const d = (s: string) => new Date(s);

describe('accounting holds per market', () => {
  it('has a cited period for every market', () => {
    for (const m of MARKETS) {
      expect(ACCOUNTING_RETENTION[m.code], m.code).toBeDefined();
      expect(ACCOUNTING_RETENTION[m.code]!.source.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['FR', '2026-03-15T10:00:00Z', '2037-01-02T00:00:00.000Z'],
    ['DE', '2026-03-15T10:00:00Z', '2035-01-02T00:00:00.000Z'],
    ['IT', '2026-03-15T10:00:00Z', '2037-01-02T00:00:00.000Z'],
    ['ES', '2026-03-15T10:00:00Z', '2033-01-02T00:00:00.000Z'],
    ['NL', '2026-03-15T10:00:00Z', '2034-01-02T00:00:00.000Z'],
    ['BE', '2026-03-15T10:00:00Z', '2037-01-02T00:00:00.000Z'],
    ['SE', '2026-03-15T10:00:00Z', '2034-01-02T00:00:00.000Z'],
    ['GB', '2026-03-15T10:00:00Z', '2033-01-02T00:00:00.000Z'],
    ['US', '2026-03-15T10:00:00Z', '2034-01-02T00:00:00.000Z'],
    ['XX', '2026-03-15T10:00:00Z', '2037-01-02T00:00:00.000Z'],
  ])(
    '%s: an invoice of %s is held until %s (end of the financial year + the period)',
    (market, at, until) => {
      expect(accountingHold(market, d(at))).toEqual({ reason: 'accounting', until: d(until) });
    },
  );

  it('counts the financial year in the market’s time zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris, not yet in New York.
    expect(financialYear('FR', d('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(financialYear('US', d('2027-01-01T03:00:00Z'))).toBe(2026);
    expect(accountingHold('FR', d('2026-12-31T23:30:00Z')).until).toEqual(d('2038-01-02T00:00:00Z'));
    expect(accountingHold('FR', d('2026-12-31T22:30:00Z')).until).toEqual(d('2037-01-02T00:00:00Z'));
  });

  it('never ends before the period has run from the issue date, nor a year and two days after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MARKETS.map((m) => m.code)),
        fc.date({ min: d('2000-01-01T00:00:00Z'), max: d('2090-01-01T00:00:00Z'), noInvalidDate: true }),
        (market, issuedAt) => {
          const { until } = accountingHold(market, issuedAt);
          const years = ACCOUNTING_RETENTION[market]!.years;
          expect(until.getTime()).toBeGreaterThan(addMonthsUtc(issuedAt, years * 12).getTime());
          expect(until.getTime()).toBeLessThanOrEqual(
            addMonthsUtc(issuedAt, (years + 1) * 12).getTime() + 3 * 86_400_000,
          );
        },
      ),
    );
    expect(LONGEST_ACCOUNTING_YEARS).toBe(10);
  });
});

describe('trader data holds (DSA Art. 30(4))', () => {
  const now = d('2027-03-01T12:00:00Z');
  it('holds without an end while the contract runs', () => {
    expect(traderDataHold(null, now)).toEqual({ reason: 'trader_traceability', until: null });
  });
  it('holds six months after the contract ends, then no longer', () => {
    const ended = d('2026-08-31T10:00:00Z');
    const until = d('2027-02-28T10:00:00Z');
    expect(traderDataHold(ended, d('2027-02-28T09:59:59Z'))).toEqual({
      reason: 'trader_traceability',
      until,
    });
    expect(traderDataHold(ended, until)).toBeNull();
    expect(traderDataHold(ended, now)).toBeNull();
    expect(traderDataHold(d('2026-12-01T00:00:00Z'), now)).toEqual({
      reason: 'trader_traceability',
      until: d('2027-06-01T00:00:00Z'),
    });
  });
});

describe('open claims', () => {
  it.each([
    ['care_folder', 'awaiting_seller', true],
    ['care_folder', 'awaiting_buyer', true],
    ['care_folder', 'with_customer_service', true],
    ['care_folder', 'closed', false],
    ['return', 'requested', true],
    ['return', 'label_issued', true],
    ['return', 'received', true],
    ['return', 'refunded', false],
    ['return', 'refused', false],
    ['warranty_claim', 'open', true],
    ['warranty_claim', 'in_progress', true],
    ['warranty_claim', 'completed', false],
    ['warranty_claim', 'refused', false],
    ['insurance_claim', 'under_review', true],
    ['insurance_claim', 'accepted', true],
    ['insurance_claim', 'refused', false],
    ['insurance_claim', 'settled', false],
    ['support_ticket', 'open', true],
    ['support_ticket', 'pending', true],
    ['support_ticket', 'closed', false],
    ['privacy_request', 'unverified', true],
    ['privacy_request', 'open', true],
    ['privacy_request', 'answered', false],
    ['privacy_request', 'refused', false],
    ['dsa_notice', 'open', true],
    ['dsa_notice', 'decided', false],
    ['dsa_complaint', 'open', true],
    ['dsa_complaint', 'upheld', false],
    ['dsa_complaint', 'rejected', false],
  ] as const)('%s %s → held: %s', (kind, status, held) => {
    expect(claimHold(kind, status)).toEqual(held ? { reason: 'open_claim', until: null } : null);
  });
  it('knows every claim kind', () => {
    expect(Object.keys(OPEN_CLAIM_STATUSES).sort()).toEqual(
      [
        'care_folder',
        'dsa_complaint',
        'dsa_notice',
        'insurance_claim',
        'privacy_request',
        'return',
        'support_ticket',
        'warranty_claim',
      ].sort(),
    );
  });
});

describe('holdEnded', () => {
  const until = d('2030-01-02T00:00:00Z');
  it('ends a dated hold on its date, whatever the record', () => {
    expect(holdEnded({ until }, d('2030-01-01T23:59:59Z'), false)).toBe(false);
    expect(holdEnded({ until }, until, true)).toBe(true);
    expect(holdEnded({ until }, d('2031-01-01T00:00:00Z'), false)).toBe(true);
  });
  it('ends an open-ended hold when its record is closed', () => {
    expect(holdEnded({ until: null }, until, true)).toBe(false);
    expect(holdEnded({ until: null }, until, false)).toBe(true);
  });
});
