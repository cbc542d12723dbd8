import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeRecipients,
  EU_MARKET_CODES,
  type RecipientEvent,
  recipientMonths,
  recipientsMethod,
  recipientsPeriod,
} from './active-recipients.rules.ts';

const NOW = new Date('2026-11-21T12:00:00Z');
const ev = (day: string, market: string, recipient: string): RecipientEvent => ({ day, market, recipient });

describe('active recipients (DSA Art. 24(2))', () => {
  it('covers the six full calendar months before the current month', () => {
    expect(recipientMonths(NOW)).toEqual([
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
    ]);
    expect(recipientsPeriod(NOW)).toEqual({ periodStart: '2026-05-01', periodEnd: '2026-10-31' });
    // Across a year, and on the first instant of a month.
    expect(recipientsPeriod(new Date('2027-01-01T00:00:00Z'))).toEqual({
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
    });
    expect(recipientsPeriod(new Date('2027-03-31T23:59:59.999Z'))).toEqual({
      periodStart: '2026-09-01',
      periodEnd: '2027-02-28',
    });
  });

  it('counts a recipient once a month, across days and EU markets', () => {
    const r = activeRecipients(
      [
        ev('2026-10-01', 'FR', 'user:1'),
        ev('2026-10-15', 'FR', 'user:1'),
        ev('2026-10-31', 'DE', 'user:1'),
        ev('2026-10-02', 'BE', 'seller:1'),
        ev('2026-10-03', 'IT', 'seller:1'),
        ev('2026-10-03', 'ES', 'visitor:abc'),
        ev('2026-10-03', 'SE', 'visitor:abc'),
      ],
      NOW,
    );
    expect(r.months.at(-1)).toEqual({ month: '2026-10-01', recipients: 3 });
    // A user and a seller of the same number are two recipients.
    expect(
      activeRecipients([ev('2026-10-01', 'NL', 'user:1'), ev('2026-10-01', 'NL', 'seller:1')], NOW).months.at(
        -1,
      )!.recipients,
    ).toBe(2);
  });

  it('counts a recipient again in each month they are active', () => {
    const r = activeRecipients([ev('2026-09-30', 'FR', 'user:1'), ev('2026-10-01', 'FR', 'user:1')], NOW);
    expect(r.months.map((m) => m.recipients)).toEqual([0, 0, 0, 0, 1, 1]);
    expect(r.averageMonthlyActiveRecipients).toBe(0); // 2 / 6 rounds to 0
  });

  it('leaves out GB and US, and activity outside the six months', () => {
    const r = activeRecipients(
      [
        ev('2026-10-01', 'GB', 'user:1'),
        ev('2026-10-01', 'US', 'user:2'),
        ev('2026-04-30', 'FR', 'user:3'), // the month before the period
        ev('2026-11-01', 'FR', 'user:4'), // the current month
        ev('2026-05-01', 'FR', 'user:5'), // first day of the period
        ev('2026-10-31', 'FR', 'user:6'), // last day
      ],
      NOW,
    );
    expect(r.months.map((m) => m.recipients)).toEqual([1, 0, 0, 0, 0, 1]);
    expect(EU_MARKET_CODES).toEqual(['FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT']);
  });

  it('averages over six months, months without data counting as zero, rounded', () => {
    const users = (month: string, n: number) =>
      Array.from({ length: n }, (_, i) => ev(`${month}-10`, 'FR', `user:${i}`));
    const r = activeRecipients(
      [...users('2026-05', 10), ...users('2026-07', 20), ...users('2026-10', 5)],
      NOW,
    );
    expect(r.months.map((m) => m.recipients)).toEqual([10, 0, 20, 0, 0, 5]);
    expect(r.averageMonthlyActiveRecipients).toBe(6); // 35 / 6 = 5.83
    expect(activeRecipients([], NOW)).toMatchObject({
      averageMonthlyActiveRecipients: 0,
      periodEnd: '2026-10-31',
    });
    expect(activeRecipients(users('2026-06', 9), NOW).averageMonthlyActiveRecipients).toBe(2); // 1.5 rounds up
  });

  const arbEvent = fc.record({
    day: fc
      .date({
        min: new Date('2026-03-01T00:00:00Z'),
        max: new Date('2026-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    market: fc.constantFrom('FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT', 'GB', 'US'),
    recipient: fc.constantFrom('user:1', 'user:2', 'seller:1', 'visitor:a', 'visitor:b', 'user:3'),
  });

  it('does not depend on order or repeats, and non-EU events never change it', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 60 }), (events) => {
        const r = activeRecipients(events, NOW);
        expect(activeRecipients([...events].reverse(), NOW)).toEqual(r);
        expect(activeRecipients([...events, ...events], NOW)).toEqual(r);
        expect(
          activeRecipients(
            events.filter((e) => EU_MARKET_CODES.includes(e.market)),
            NOW,
          ),
        ).toEqual(r);
        // Never more than the distinct recipients of each month.
        for (const m of r.months) expect(m.recipients).toBeLessThanOrEqual(6);
      }),
    );
  });

  it('states its method with the period', () => {
    const text = recipientsMethod(recipientsPeriod(NOW));
    expect(text).toContain('2026-05-01');
    expect(text).toContain('2026-10-31');
    expect(text).toContain('audience_events');
  });
});
