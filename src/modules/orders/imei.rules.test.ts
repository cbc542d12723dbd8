import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imeiIssue, isValidImei } from './imei.rules.ts';

describe('IMEI: 15 digits, the last a Luhn check digit', () => {
  it.each(['356938035643809', '490154203237518', '353918057366516'])('%s is valid', (imei) => {
    expect(isValidImei(imei)).toBe(true);
    expect(imeiIssue(imei, 'imei')).toBeNull();
  });

  it.each([
    ['356938035643810', 'fails the Luhn check'],
    ['356938035643808', 'fails the Luhn check'],
    ['35693803564380', '14 digits'],
    ['3569380356438090', '16 digits'],
    ['35693803564380X', 'a letter'],
    ['356938 035643809', 'a space'],
    ['', 'empty'],
  ])('%s is refused (%s), naming the field and the form', (imei) => {
    expect(isValidImei(imei)).toBe(false);
    expect(imeiIssue(imei, 'imei_7')).toEqual({
      field: 'imei_7',
      message: 'must be the 15 digits of an IMEI, the last one its check digit (Luhn)',
    });
  });

  it('changing any one digit of a valid IMEI makes it invalid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 9 }), (at, delta) => {
        const imei = '356938035643809';
        const d = (Number(imei[at]) + delta) % 10;
        expect(isValidImei(`${imei.slice(0, at)}${d}${imei.slice(at + 1)}`)).toBe(false);
      }),
    );
  });
});
