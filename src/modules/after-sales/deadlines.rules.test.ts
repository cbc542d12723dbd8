import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  addMonths,
  isBusinessDay,
  isPublicHoliday,
  localDay,
  rollToBusinessDay,
} from '../../platform/calendar.ts';
import {
  blackFriday,
  legalGuaranteeEndsOn,
  returnEndsOn,
  transitDamageEndsOn,
  warrantyEndsOn,
  windowOn,
  withdrawalEndsOn,
} from './deadlines.rules.ts';

const day = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const country = fc.constantFrom('FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT', 'GB');

describe('calendar', () => {
  it('reads the day of an instant in the market’s zone', () => {
    expect(localDay(new Date('2026-03-01T23:30:00Z'), 'Europe/Paris')).toBe('2026-03-02');
    expect(localDay(new Date('2026-03-01T23:30:00Z'), 'Europe/London')).toBe('2026-03-01');
  });

  it('adds months clamped to the month’s end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
  });

  it('knows each market’s public holidays', () => {
    expect(isPublicHoliday('2026-07-14', 'FR')).toBe(true); // Fête nationale
    expect(isPublicHoliday('2026-07-14', 'DE')).toBe(false);
    expect(isPublicHoliday('2026-10-03', 'DE')).toBe(true); // Tag der Deutschen Einheit
    expect(isPublicHoliday('2026-06-06', 'SE')).toBe(true); // Sveriges nationaldag
    expect(isPublicHoliday('2026-04-27', 'NL')).toBe(true); // Koningsdag
    expect(isBusinessDay('2026-12-28', 'GB')).toBe(false); // Boxing Day falls on a Saturday: substitute Monday
  });

  it('rolls weekends and public holidays to the next business day', () => {
    expect(rollToBusinessDay('2026-07-14', 'FR')).toBe('2026-07-15');
    expect(rollToBusinessDay('2026-07-11', 'FR')).toBe('2026-07-13'); // Saturday → Monday
    expect(rollToBusinessDay('2026-12-25', 'DE')).toBe('2026-12-28'); // Fri 25, Sat 26 (2nd day), Sun 27
    expect(rollToBusinessDay('2026-07-15', 'FR')).toBe('2026-07-15');
  });

  it('rolling lands on a business day, never before the day, within a fortnight', () => {
    fc.assert(
      fc.property(day, country, (d, c) => {
        const rolled = rollToBusinessDay(d, c);
        expect(isBusinessDay(rolled, c)).toBe(true);
        expect(rolled >= d).toBe(true);
        expect(rolled <= addDays(d, 14)).toBe(true);
        if (isBusinessDay(d, c)) expect(rolled).toBe(d);
      }),
    );
  });

  it('counts business days after the day itself', () => {
    expect(addBusinessDays('2026-07-10', 3, 'FR')).toBe('2026-07-16'); // Fri → Mon 13, Wed 15 (14 is a holiday), Thu 16
    fc.assert(
      fc.property(day, country, fc.integer({ min: 1, max: 10 }), (d, c, n) => {
        const end = addBusinessDays(d, n, c);
        expect(isBusinessDay(end, c)).toBe(true);
        let count = 0;
        for (let x = addDays(d, 1); x <= end; x = addDays(x, 1)) if (isBusinessDay(x, c)) count++;
        expect(count).toBe(n);
      }),
    );
  });

  it('finds Black Friday: the day after the fourth Thursday of November', () => {
    expect(blackFriday(2025)).toBe('2025-11-28');
    expect(blackFriday(2026)).toBe('2026-11-27');
    expect(blackFriday(2027)).toBe('2027-11-26');
    expect(blackFriday(2029)).toBe('2029-11-23');
  });
});

describe('withdrawal (14 days from the last item, Directive 2011/83/EU Art. 9)', () => {
  it('ends 14 days after delivery, rolled past weekends and holidays', () => {
    expect(withdrawalEndsOn('2026-03-02', 'FR')).toBe('2026-03-16'); // Monday + 14 = Monday
    expect(withdrawalEndsOn('2026-06-30', 'FR')).toBe('2026-07-15'); // 14 July → 15
    expect(withdrawalEndsOn('2026-03-07', 'FR')).toBe('2026-03-23'); // Sat 21 → Mon 23
  });

  it('gives 12 months more when the buyer was not informed of the right (Art. 10)', () => {
    expect(withdrawalEndsOn('2026-03-02', 'FR', false)).toBe('2027-03-16');
  });

  it('is open on its last day and closed the day after, saying when it ended', () => {
    const end = withdrawalEndsOn('2026-03-02', 'FR');
    expect(windowOn('2026-03-16', end)).toEqual({ open: true, endsOn: '2026-03-16' });
    expect(windowOn('2026-03-17', end)).toEqual({ open: false, endedOn: '2026-03-16' });
  });

  it('is never shorter than 14 calendar days', () => {
    fc.assert(
      fc.property(day, country, (d, c) => {
        expect(withdrawalEndsOn(d, c) >= addDays(d, 14)).toBe(true);
      }),
    );
  });
});

describe('commercial return window', () => {
  it('is 30 days from delivery, rolled to the next business day', () => {
    expect(returnEndsOn({ ordered: '2026-03-01', delivered: '2026-03-03', country: 'FR' })).toBe(
      '2026-04-02',
    );
    // 2026-04-05 is a Sunday and Easter Monday (6 April) a holiday in France.
    expect(returnEndsOn({ ordered: '2026-03-04', delivered: '2026-03-06', country: 'FR' })).toBe(
      '2026-04-07',
    );
  });

  it('never goes below the 14-day legal minimum, whatever the seller sets', () => {
    expect(
      returnEndsOn({ ordered: '2026-03-01', delivered: '2026-03-02', country: 'FR', windowDays: 7 }),
    ).toBe(withdrawalEndsOn('2026-03-02', 'FR'));
    expect(
      returnEndsOn({ ordered: '2026-03-01', delivered: '2026-03-02', country: 'FR', windowDays: 60 }),
    ).toBe(
      '2026-05-04', // 1 May is a Friday holiday; 2–3 May a weekend
    );
  });

  it('keeps holiday-season orders (Black Friday to 31 December) returnable until 31 January', () => {
    expect(returnEndsOn({ ordered: '2026-11-27', delivered: '2026-11-30', country: 'FR' })).toBe(
      '2027-02-01',
    ); // Sun 31 → Mon
    expect(returnEndsOn({ ordered: '2026-12-31', delivered: '2027-01-04', country: 'DE' })).toBe(
      '2027-02-03',
    );
    expect(returnEndsOn({ ordered: '2026-11-26', delivered: '2026-11-28', country: 'FR' })).toBe(
      '2026-12-28',
    );
  });

  it('always ends on a business day, at least 30 days after delivery by default', () => {
    fc.assert(
      fc.property(day, country, fc.integer({ min: 0, max: 5 }), (ordered, c, transit) => {
        const delivered = addDays(ordered, transit);
        const end = returnEndsOn({ ordered, delivered, country: c });
        expect(isBusinessDay(end, c)).toBe(true);
        expect(end >= addDays(delivered, 30)).toBe(true);
      }),
    );
  });
});

describe('transit damage, warranty and legal guarantee', () => {
  it('transit damage is reported within 3 business days of delivery', () => {
    expect(transitDamageEndsOn('2026-03-02', 'FR')).toBe('2026-03-05');
    expect(transitDamageEndsOn('2026-03-06', 'FR')).toBe('2026-03-11'); // Fri → Mon, Tue, Wed
    expect(transitDamageEndsOn('2026-12-23', 'DE')).toBe('2026-12-29'); // Thu 24, then 25–26 holidays, Sun 27
  });

  it('the warranty runs its months from delivery, never fewer than 12', () => {
    expect(warrantyEndsOn('2026-03-02', 12)).toBe('2027-03-02');
    expect(warrantyEndsOn('2026-03-02', 24)).toBe('2028-03-02');
    expect(warrantyEndsOn('2026-03-02', 6)).toBe('2027-03-02');
  });

  it('the legal guarantee runs 24 months and is never shorter than the warranty’s first year', () => {
    expect(legalGuaranteeEndsOn('2026-03-02')).toBe('2028-03-02');
    fc.assert(
      fc.property(day, (d) => {
        expect(legalGuaranteeEndsOn(d) >= warrantyEndsOn(d, 12)).toBe(true);
      }),
    );
  });
});
