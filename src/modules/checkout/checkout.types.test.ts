import { describe, expect, it } from 'vitest';
import { ZCardSchema } from './checkout.types.ts';

const card = (expYear: unknown) => ({
  number: '4242 4242 4242 4242',
  expMonth: '12',
  expYear,
  cvc: '123',
  holder: 'Ada Lovelace',
});

describe('card expiry year', () => {
  it.each([
    ['30', 2030],
    [30, 2030],
    ['05', 2005],
    ['2030', 2030],
    [2030, 2030],
    [' 31 ', 2031],
  ] as const)('%j is the year %i (two digits are in this century, as printed on cards)', (given, year) => {
    const r = ZCardSchema.safeParse(card(given));
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    expect(r.data?.expYear).toBe(year);
  });

  it.each(['3', '030', '1999', '2101', 'thirty', '', -1, 30.5])(
    '%j is refused, naming the field',
    (given) => {
      const r = ZCardSchema.safeParse(card(given));
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['expYear', 'must be a year like 2030 or 30'],
      ]);
    },
  );
});
