import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parts } from '../../platform/calendar.ts';
import {
  checkExtension,
  daysBetween,
  extendedDueDay,
  initialDueDay,
  MAX_EXTENSION,
  type Regime,
  regimeOf,
  timerOf,
} from './request-deadline.rules.ts';

const day = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const regime = fc.constantFrom<Regime>('gdpr', 'ccpa');
const lastOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

describe('the regime of a request', () => {
  it('is the CCPA on the US market and the GDPR everywhere else', () => {
    expect(regimeOf('US')).toBe('ccpa');
    for (const m of ['FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT', 'GB']) expect(regimeOf(m)).toBe('gdpr');
  });
});

describe('GDPR deadlines (Art. 12(3))', () => {
  it('are one calendar month after receipt, clamped to the month’s end', () => {
    expect(initialDueDay('gdpr', '2026-01-15')).toBe('2026-02-15');
    expect(initialDueDay('gdpr', '2026-01-31')).toBe('2026-02-28');
    expect(initialDueDay('gdpr', '2028-01-31')).toBe('2028-02-29');
    expect(initialDueDay('gdpr', '2026-03-31')).toBe('2026-04-30');
    expect(initialDueDay('gdpr', '2026-12-20')).toBe('2027-01-20');
  });

  it('land on the same day of the next month, or its last day when it has none (law)', () => {
    fc.assert(
      fc.property(day, (received) => {
        const [y, m, d] = parts(received);
        const [dy, dm, dd] = parts(initialDueDay('gdpr', received));
        expect((dy - y) * 12 + dm - m).toBe(1);
        expect(dd).toBe(Math.min(d, lastOfMonth(dy, dm)));
        const span = daysBetween(received, initialDueDay('gdpr', received));
        expect(span).toBeGreaterThanOrEqual(28);
        expect(span).toBeLessThanOrEqual(31);
      }),
    );
  });

  it('extend by one or two further months, counted from receipt', () => {
    expect(extendedDueDay('gdpr', '2026-01-31', 2)).toBe('2026-04-30');
    expect(extendedDueDay('gdpr', '2026-01-31', 1)).toBe('2026-03-31');
    expect(extendedDueDay('gdpr', '2026-11-30', 2)).toBe('2027-02-28');
  });
});

describe('CCPA deadlines (US)', () => {
  it('are 45 days after receipt, and 45 more when extended', () => {
    expect(initialDueDay('ccpa', '2026-01-01')).toBe('2026-02-15');
    expect(extendedDueDay('ccpa', '2026-01-01', 45)).toBe('2026-04-01');
    expect(extendedDueDay('ccpa', '2026-01-01', 10)).toBe('2026-02-25');
  });

  it('are exactly 45 days whatever the month lengths (law)', () => {
    fc.assert(
      fc.property(day, (r) => {
        expect(daysBetween(r, initialDueDay('ccpa', r))).toBe(45);
      }),
    );
  });
});

describe('extensions', () => {
  it('are allowed on the last day of the first period and refused the day after', () => {
    const base = { regime: 'gdpr' as const, received: '2026-01-31', alreadyExtended: false, by: 2 };
    expect(checkExtension({ ...base, today: '2026-02-28' })).toEqual({ ok: true, dueDay: '2026-04-30' });
    expect(checkExtension({ ...base, today: '2026-03-01' })).toEqual({ ok: false, reason: 'too_late' });
    const us = { regime: 'ccpa' as const, received: '2026-01-01', alreadyExtended: false, by: 45 };
    expect(checkExtension({ ...us, today: '2026-02-15' })).toEqual({ ok: true, dueDay: '2026-04-01' });
    expect(checkExtension({ ...us, today: '2026-02-16' })).toEqual({ ok: false, reason: 'too_late' });
  });

  it('are given once only', () => {
    expect(
      checkExtension({
        regime: 'gdpr',
        received: '2026-01-10',
        today: '2026-01-11',
        alreadyExtended: true,
        by: 1,
      }),
    ).toEqual({ ok: false, reason: 'already_extended' });
  });

  it('reach at most two months (GDPR) or 45 days (CCPA), at least one unit', () => {
    const base = { received: '2026-01-10', today: '2026-01-11', alreadyExtended: false };
    for (const by of [0, 3, 1.5, -1, Number.NaN])
      expect(checkExtension({ ...base, regime: 'gdpr', by })).toEqual({ ok: false, reason: 'bad_length' });
    for (const by of [0, 46, 2.5])
      expect(checkExtension({ ...base, regime: 'ccpa', by })).toEqual({ ok: false, reason: 'bad_length' });
    expect(MAX_EXTENSION.gdpr).toEqual({ unit: 'months', max: 2 });
  });

  it('are allowed exactly while today is not after the first due day, and always move the due day later (law)', () => {
    fc.assert(
      fc.property(
        regime,
        day,
        fc.integer({ min: -5, max: 120 }),
        fc.integer({ min: 1, max: 45 }),
        (rg, received, offset, raw) => {
          const by = rg === 'gdpr' ? 1 + (raw % 2) : raw;
          const today = addDays(received, offset);
          const first = initialDueDay(rg, received);
          const r = checkExtension({ regime: rg, received, today, alreadyExtended: false, by });
          expect(r.ok).toBe(today <= first);
          if (r.ok) {
            expect(r.dueDay > first).toBe(true);
            expect(r.dueDay <= extendedDueDay(rg, received, MAX_EXTENSION[rg].max)).toBe(true);
          }
        },
      ),
    );
  });

  it('never let a later receipt be due earlier (law)', () => {
    fc.assert(
      fc.property(regime, day, fc.integer({ min: 0, max: 60 }), (rg, a, gap) => {
        const b = addDays(a, gap);
        expect(initialDueDay(rg, b) >= initialDueDay(rg, a)).toBe(true);
      }),
    );
  });
});

describe('timers', () => {
  it('say due today, due in N days, and overdue from the day after', () => {
    expect(timerOf('2026-02-28', '2026-02-28')).toEqual({ state: 'due', days: 0 });
    expect(timerOf('2026-02-28', '2026-02-25')).toEqual({ state: 'due', days: 3 });
    expect(timerOf('2026-02-28', '2026-03-01')).toEqual({ state: 'overdue', days: 1 });
    expect(timerOf('2026-02-28', '2026-03-10', true)).toEqual({ state: 'closed' });
  });

  it('count exactly the days to the due day (law)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (due, n) => {
        const today = addDays(due, -n);
        const tm = timerOf(due, today);
        if (n >= 0) expect(tm).toEqual({ state: 'due', days: n });
        else expect(tm).toEqual({ state: 'overdue', days: -n });
      }),
    );
  });
});
