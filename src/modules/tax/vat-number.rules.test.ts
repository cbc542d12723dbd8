import fc from 'fast-check';
import { checkVAT, france, greece, italy, netherlands } from 'jsvat';
import { describe, expect, it } from 'vitest';
import { frenchNumericKey, passesDutchCheck, passesFrenchCheck, passesLuhn } from './vat-check-digits.ts';
import {
  EU_VAT_PREFIXES,
  isEuVatPrefix,
  isMemberStateVatPrefix,
  MEMBER_STATE_VAT_PREFIXES,
  parseVatNumber,
  type VatNumber,
  vatNumberOrNull,
  vatPrefixForCountry,
} from './vat-number.rules.ts';
import { MALFORMED, VALID, WRONG_CHECK_DIGITS } from './vat-number.test-vectors.ts';

const validCases = Object.entries(VALID).flatMap(([prefix, rows]) =>
  rows.map(([typed, full]) => ({ prefix, typed, full })),
);

function parsed(input: string): VatNumber {
  const result = parseVatNumber(input);
  if (!result.ok) throw new Error(`${input}: ${result.reason} — ${result.message}`);
  return result.value;
}

function reasonOf(input: string): string {
  const result = parseVatNumber(input);
  return result.ok ? 'ok' : result.reason;
}

describe('parseVatNumber: the numbers of domain-rules §3.3', () => {
  it.each([
    'FR40303265045',
    'FRK7399859412',
    'FR4Z123456782',
    'DE136695976',
    'NL004495445B01',
    'NL002455799B11',
    'SE123456789701',
    'SE556058115801',
    'BE0428759497',
    'IT00743110157',
    'ESB64717838',
    'ES54362315K',
    'ESX5253868R',
  ])('%s is valid and already normalised', (input) => {
    expect(parsed(input).full).toBe(input);
  });

  it.each([
    'FR84323140391',
    'DE136695978',
    'NL123456789B90',
    'SE123456789101',
    'BE0431150351',
    'IT00743110158',
    'ESB64717839',
  ])('%s is refused for its check digits', (input) => {
    expect(reasonOf(input)).toBe('checksum');
  });
});

describe('parseVatNumber: real numbers of every prefix', () => {
  it('has at least one valid number for each of the 28 prefixes', () => {
    expect(Object.keys(VALID).sort()).toEqual([...EU_VAT_PREFIXES].sort());
    for (const rows of Object.values(VALID)) expect(rows.length).toBeGreaterThan(0);
  });

  it.each(validCases)('$typed → $full', ({ prefix, typed, full }) => {
    const vat = parsed(typed);
    expect(vat.full).toBe(full);
    expect(vat.country).toBe(prefix);
    expect(vat.number).toBe(full.slice(2));
  });

  it.each(WRONG_CHECK_DIGITS)('%s has wrong check digits', (input) => {
    expect(reasonOf(input)).toBe('checksum');
  });

  it.each(MALFORMED)('%s is malformed', (input) => {
    expect(reasonOf(input)).toBe('format');
  });
});

describe('parseVatNumber: normalisation', () => {
  it.each([
    'fr 40 303 265 045',
    'FR 40 303 265 045',
    'FR-40.303.265.045',
    ' FR40303265045 ',
    'fR40303265045',
    'FR\t40303265045\n',
    'FR\u00a040\u00a0303\u00a0265\u00a0045',
    'FR: 40303265045',
  ])('%j is FR40303265045', (input) => {
    expect(parsed(input)).toEqual({
      country: 'FR',
      memberState: 'FR',
      number: '40303265045',
      full: 'FR40303265045',
    });
  });

  it('pads Belgian 9-digit numbers with a leading 0', () => {
    expect(parsed('BE 428.759.497').full).toBe('BE0428759497');
  });

  it('pads Dutch numbers to 9 digits before the B', () => {
    expect(parsed('nl 4495445 b01').full).toBe('NL004495445B01');
    expect(parsed('NL68357370B01').full).toBe('NL068357370B01');
  });

  it('pads Greek 8-digit numbers with a leading 0', () => {
    expect(parsed('EL94051189').full).toBe('EL094051189');
  });
});

describe('parseVatNumber: prefixes', () => {
  it('maps EL to the ISO country GR and XI to GB', () => {
    expect(parsed('EL094012834')).toMatchObject({ country: 'EL', memberState: 'GR' });
    expect(parsed('XI980780684')).toMatchObject({ country: 'XI', memberState: 'GB' });
    expect(parsed('DE136695976')).toMatchObject({ country: 'DE', memberState: 'DE' });
  });

  it('refuses GR and says Greece uses EL', () => {
    const result = parseVatNumber('GR094012834');
    expect(result).toMatchObject({ ok: false, reason: 'country' });
    expect(!result.ok && result.message).toContain('EL094012834');
  });

  it('refuses GB numbers and points Northern Ireland traders to XI', () => {
    const result = parseVatNumber('GB980780684');
    expect(result).toMatchObject({ ok: false, reason: 'country' });
    expect(!result.ok && result.message).toContain('XI');
  });

  it.each(['CH123456789', 'NO123456789MVA', 'US123456789', 'EU372000041', 'QQ124567'])(
    '%s is not an EU VAT number',
    (input) => {
      expect(reasonOf(input)).toBe('country');
    },
  );

  it.each(['', '   ', '40303265045', '1FR40303265045', '-', 'F', 'Ü40303265045'])(
    '%j has no country prefix',
    (input) => {
      expect(reasonOf(input)).toBe('format');
    },
  );

  it('refuses over-long input without scanning it', () => {
    expect(reasonOf(`FR${'4'.repeat(200)}`)).toBe('format');
    expect(reasonOf(`FR${'0'.repeat(60)}`)).toBe('format');
  });

  it('gives a message naming the expected format', () => {
    const result = parseVatNumber('DE12345');
    expect(!result.ok && result.message).toBe(
      'After the prefix DE, a VAT number has 9 digits, the first not 0.',
    );
  });

  it('vatNumberOrNull gives the number or null', () => {
    expect(vatNumberOrNull('de 136 695 976')?.full).toBe('DE136695976');
    expect(vatNumberOrNull('DE136695978')).toBeNull();
  });
});

describe('prefix helpers', () => {
  it('knows 27 member states plus XI', () => {
    expect(EU_VAT_PREFIXES).toHaveLength(28);
    expect(MEMBER_STATE_VAT_PREFIXES).toHaveLength(27);
    expect(MEMBER_STATE_VAT_PREFIXES).not.toContain('XI');
  });

  it('isEuVatPrefix accepts EL and XI, not GR, GB or lower case', () => {
    for (const p of ['FR', 'DE', 'EL', 'XI', 'HR', 'SE']) expect(isEuVatPrefix(p)).toBe(true);
    for (const p of ['GR', 'GB', 'CH', 'EU', 'fr', '', 'FRA']) expect(isEuVatPrefix(p)).toBe(false);
  });

  it('isMemberStateVatPrefix excludes XI', () => {
    expect(isMemberStateVatPrefix('EL')).toBe(true);
    expect(isMemberStateVatPrefix('XI')).toBe(false);
    expect(isMemberStateVatPrefix('GR')).toBe(false);
  });

  it('vatPrefixForCountry maps GR to EL and leaves non-EU countries out', () => {
    expect(vatPrefixForCountry('GR')).toBe('EL');
    expect(vatPrefixForCountry('gr')).toBe('EL');
    expect(vatPrefixForCountry('FR')).toBe('FR');
    expect(vatPrefixForCountry('HR')).toBe('HR');
    for (const c of ['GB', 'XI', 'EL', 'CH', 'US', 'NO', '']) expect(vatPrefixForCountry(c)).toBeNull();
  });

  it('every member state ISO code maps to a prefix that maps back', () => {
    for (const prefix of MEMBER_STATE_VAT_PREFIXES) {
      const iso = parsed(VALID[prefix][0]![1]).memberState;
      expect(vatPrefixForCountry(iso)).toBe(prefix);
    }
  });
});

describe('French keys', () => {
  it('computes the numeric key (SIREN·100 + 12) mod 97', () => {
    expect(frenchNumericKey('303265045')).toBe('40');
    expect(frenchNumericKey('000000330')).toBe('32');
  });

  it('accepts SIRENs from Monaco (starting 000) without their Luhn digit', () => {
    expect(passesLuhn('000000330')).toBe(false);
    expect(parsed('FR32000000330').full).toBe('FR32000000330');
  });

  it('refuses a right numeric key on a SIREN that fails Luhn', () => {
    const siren = '303265046';
    expect(passesLuhn(siren)).toBe(false);
    expect(reasonOf(`FR${frenchNumericKey(siren)}${siren}`)).toBe('checksum');
  });

  it('refuses keys with I or O as malformed', () => {
    expect(reasonOf('FRI7399859412')).toBe('format');
    expect(reasonOf('FR0O399859412')).toBe('format');
  });

  it('accepts exactly one numeric key per SIREN', () => {
    fc.assert(
      fc.property(luhnSiren, (siren) => {
        const keys = Array.from({ length: 100 }, (_, k) => String(k).padStart(2, '0'));
        const accepted = keys.filter((key) => passesFrenchCheck(`${key}${siren}`));
        expect(accepted).toEqual([frenchNumericKey(siren)]);
      }),
    );
  });

  it('accepts about one alphanumeric key in eleven', () => {
    const letters = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    const keys = [...letters]
      .flatMap((a) => [...letters].map((b) => `${a}${b}`))
      .filter((k) => !/^\d\d$/.test(k));
    const accepted = keys.filter((key) => passesFrenchCheck(`${key}399859412`));
    expect(accepted).toContain('K7');
    expect(accepted.length / keys.length).toBeGreaterThan(0.07);
    expect(accepted.length / keys.length).toBeLessThan(0.11);
  });
});

describe('Dutch numbers', () => {
  it('accepts the 2020 sole-trader numbers by MOD 97-10 alone', () => {
    // 002455799 fails the 11-proof; "NL002455799B11" passes MOD 97-10.
    expect(parsed('NL002455799B11').full).toBe('NL002455799B11');
    expect(reasonOf('NL002455799B12')).toBe('checksum');
  });

  it('refuses suffix B00 and an all-zero number', () => {
    expect(reasonOf('NL004495445B00')).toBe('format');
    expect(reasonOf('NL000000000B01')).toBe('checksum');
  });

  it('refuses a 0 check digit where the 11-proof sum leaves 10 (jsvat accepts it)', () => {
    const body = firstDutchBodyWithRemainderTen();
    expect(reasonOf(`NL${body}0B01`)).toBe('checksum');
    expect(checkVAT(`NL${body}0B01`, [netherlands]).isValid).toBe(true);
  });
});

/** The first 8 digits (from 10000000) whose 11-proof sum (weights 9…2) leaves 10: no check digit fits. */
function firstDutchBodyWithRemainderTen(): string {
  for (let n = 10_000_000; ; n++) {
    const digits = String(n);
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * (9 - i), 0);
    if (sum % 11 === 10 && !passesDutchCheck(`${digits}0B01`)) return digits;
  }
}

describe('Belgian numbers', () => {
  it('accepts 10-digit numbers starting with 1', () => {
    const first8 = '10000000';
    const check = String(97 - (Number(first8) % 97)).padStart(2, '0');
    expect(parsed(`BE${first8}${check}`).full).toBe(`BE${first8}${check}`);
  });

  it('refuses numbers starting with 2–9 and the all-zero number', () => {
    expect(reasonOf('BE2428759497')).toBe('format');
    expect(reasonOf('BE0000000000')).toBe('checksum');
  });
});

describe('Italian numbers', () => {
  it('refuses office codes that do not exist (jsvat accepts 101–201)', () => {
    // 0074311 + office 150 + a Luhn digit: right check digit, unknown office.
    const body = '0074311150';
    const luhnDigit = [...'0123456789'].find((d) => passesLuhn(`${body}${d}`))!;
    expect(checkVAT(`IT${body}${luhnDigit}`, [italy]).isValid).toBe(true);
    expect(reasonOf(`IT${body}${luhnDigit}`)).toBe('format');
  });
});

describe('jsvat caveats this module works around (if one fails, jsvat changed: revisit the own rule)', () => {
  it('jsvat accepts any alphanumeric French key', () => {
    expect(checkVAT('FRL7399859412', [france]).isValid).toBe(true);
    expect(reasonOf('FRL7399859412')).toBe('checksum');
  });

  it('jsvat refuses unpadded Dutch and Greek numbers', () => {
    expect(checkVAT('NL4495445B01', [netherlands]).isValid).toBe(false);
    expect(checkVAT('EL94051189', [greece]).isValid).toBe(false);
    expect(reasonOf('NL4495445B01')).toBe('ok');
    expect(reasonOf('EL94051189')).toBe('ok');
  });
});

const digitString = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

/** 9-digit SIRENs that pass Luhn: 8 random digits and the Luhn digit. */
const luhnSiren = digitString(8).map((body) => {
  const digit = [...'0123456789'].find((d) => passesLuhn(`${body}${d}`))!;
  return `${body}${digit}`;
});

const SINGLE_ERROR_DETECTING = [
  ...VALID.DE,
  ...VALID.IT,
  ...VALID.SE,
  ...VALID.BE,
  ...VALID.FR.filter(([, full]) => /^FR\d{11}$/.test(full)),
].map(([, full]) => full);

describe('properties', () => {
  it('changing one digit of a valid DE, IT, SE, BE or numeric-key FR number makes it invalid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SINGLE_ERROR_DETECTING),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (full, at, delta) => {
          const digitPositions = [...full].flatMap((c, i) => (i >= 2 && /\d/.test(c) ? [i] : []));
          const i = digitPositions[at % digitPositions.length]!;
          const changed = `${full.slice(0, i)}${(Number(full[i]) + delta) % 10}${full.slice(i + 1)}`;
          expect(parseVatNumber(changed).ok).toBe(false);
        },
      ),
    );
  });

  it('parsing is idempotent on full', () => {
    for (const { typed } of validCases) {
      const once = parsed(typed);
      expect(parsed(once.full)).toEqual(once);
    }
  });

  it('separators and case never change the result', () => {
    const separator = fc.constantFrom(' ', '.', '-', '  ', ' - ', '/', ':');
    fc.assert(
      fc.property(
        fc.constantFrom(...validCases.map((c) => c.full)),
        fc.array(fc.tuple(fc.nat(), separator), { maxLength: 4 }),
        fc.boolean(),
        (full, inserts, lower) => {
          let typed = full;
          for (const [at, sep] of inserts) {
            const i = at % (typed.length + 1);
            typed = `${typed.slice(0, i)}${sep}${typed.slice(i)}`;
          }
          const result = parseVatNumber(lower ? typed.toLowerCase() : typed);
          expect(result.ok && result.value.full).toBe(full);
        },
      ),
    );
  });

  it('random input never throws and gives a well-formed answer', () => {
    const vatish = fc.string({ unit: fc.constantFrom(...'ABEFGILNORTUXZ0123456789 .-/:()'), maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), vatish), (input) => {
        const result = parseVatNumber(input);
        if (result.ok) {
          expect(isEuVatPrefix(result.value.country)).toBe(true);
          expect(parsed(result.value.full)).toEqual(result.value);
        } else {
          expect(['format', 'checksum', 'country']).toContain(result.reason);
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('random prefixed digits never throw for any prefix', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EU_VAT_PREFIXES), fc.string({ maxLength: 16 }), (prefix, rest) => {
        expect(() => parseVatNumber(`${prefix}${rest}`)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
