import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BESTSELLER_MIN_UNITS,
  BESTSELLER_TOP_SHARE,
  bestsellerIds,
  ean13CheckDigit,
  isValidEan13,
  normaliseSearchText,
  productSearchText,
  searchTokens,
  slugify,
} from './catalog.rules.ts';

const body12 = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 12, maxLength: 12 });

describe('EAN-13', () => {
  it.each([
    '4006381333931',
    '5901234123457',
    '9780306406157', // ISBN 978-0-306-40615-7
    '0012345678905', // UPC-A 012345678905
    '0000000000000',
  ])('%s is valid', (ean) => {
    expect(isValidEan13(ean)).toBe(true);
  });

  it('computes the GS1 check digit', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1);
    expect(ean13CheckDigit('590123412345')).toBe(7);
    expect(ean13CheckDigit('978030640615')).toBe(7);
    expect(ean13CheckDigit('000000000000')).toBe(0);
    expect(ean13CheckDigit('000000000001')).toBe(7); // 10 − 3
  });

  it('refuses a wrong check digit', () => {
    for (const d of '0234567890'.split('').filter((c) => c !== '1')) {
      expect(isValidEan13(`400638133393${d}`)).toBe(false);
    }
  });

  it.each([
    ['12 digits', '400638133393'],
    ['14 digits', '40063813339310'],
    ['letters', '400638133393A'],
    ['letters inside', '4006X81333931'],
    ['spaces', '4006381 333931'],
    ['surrounding spaces', ' 4006381333931 '],
    ['hyphens', '400-6381333931'],
    ['empty', ''],
    ['non-ASCII digits', '٤٠٠٦٣٨١٣٣٣٩٣١'],
  ])('refuses %s', (_label, ean) => {
    expect(isValidEan13(ean)).toBe(false);
  });

  it('ean13CheckDigit refuses a body that is not 12 digits', () => {
    expect(() => ean13CheckDigit('40063813339')).toThrow(/12 digits/);
    expect(() => ean13CheckDigit('4006381333931')).toThrow(/12 digits/);
    expect(() => ean13CheckDigit('40063813339A')).toThrow(/12 digits/);
  });

  it('property: body + ean13CheckDigit(body) is always a valid EAN, and no other last digit is', () => {
    fc.assert(
      fc.property(body12, fc.integer({ min: 0, max: 9 }), (body, other) => {
        const check = ean13CheckDigit(body);
        expect(check).toBeGreaterThanOrEqual(0);
        expect(check).toBeLessThanOrEqual(9);
        expect(isValidEan13(`${body}${check}`)).toBe(true);
        expect(isValidEan13(`${body}${other}`)).toBe(other === check);
      }),
    );
  });

  it('property: any single-digit error is detected', () => {
    fc.assert(
      fc.property(
        body12,
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (body, pos, delta) => {
          const ean = `${body}${ean13CheckDigit(body)}`;
          const digit = (Number(ean[pos]) + delta) % 10;
          const corrupted = `${ean.slice(0, pos)}${digit}${ean.slice(pos + 1)}`;
          expect(isValidEan13(corrupted)).toBe(false);
        },
      ),
    );
  });
});

describe('normaliseSearchText', () => {
  it.each([
    ['Écran Ça', 'ecran ca'],
    ['Écran Galaxy-S21', 'ecran galaxy s21'],
    ['Crème brûlée', 'creme brulee'],
    ['Señor Ñandú', 'senor nandu'],
    ['Smörgåsbord', 'smorgasbord'],
    ['  Hello,   World!! ', 'hello world'],
    ['iPhone 13 (128 GB) — Bleu', 'iphone 13 128 gb bleu'],
    ['Ｉｐｈｏｎｅ １３', 'iphone 13'], // full-width forms (NFKD)
    ['ﬁle', 'file'], // ligature
    ['📱 Phone', 'phone'],
    ['Straße', 'straße'], // ß has no decomposition; kept as a letter
    ['', ''],
    ['!!!', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseSearchText(input)).toBe(expected);
  });

  const text = fc.string({
    unit: fc.constantFrom(...'aZé ÉçÇñ-_.,!?/ 09ØøßŒ日本\t\nﬁ２'.split('')),
    maxLength: 60,
  });

  it('property: output is lower-case letters/digits separated by single spaces, and idempotent', () => {
    fc.assert(
      fc.property(text, (input) => {
        const out = normaliseSearchText(input);
        expect(out).toMatch(/^([\p{L}\p{N}]+( [\p{L}\p{N}]+)*)?$/u);
        expect(out).not.toMatch(/\p{M}/u);
        expect(out).toBe(out.toLowerCase());
        expect(normaliseSearchText(out)).toBe(out);
      }),
    );
  });
});

describe('searchTokens', () => {
  it.each([
    ['iPhone 13 128GB', ['iphone', '13', '128', 'gb']],
    ['Galaxy S21 Ultra', ['galaxy', 's', '21', 'ultra']],
    ['Écran 256Go', ['ecran', '256', 'go']],
    ['a1b2', ['a', '1', 'b', '2']],
    ['  ', []],
    ['', []],
    ['--macbook--pro--', ['macbook', 'pro']],
  ])('%j → %j', (query, expected) => {
    expect(searchTokens(query)).toEqual(expected);
  });

  it('keeps at most 8 tokens', () => {
    expect(searchTokens('a b c d e f g h i j')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(searchTokens('x1 y2 z3 w4 v5')).toHaveLength(8);
  });
});

describe('productSearchText', () => {
  const iphone = {
    brand: 'Apple',
    model: 'iPhone 13',
    storageGb: 128,
    colour: 'Bleu Alpin',
    categoryNames: ['Smartphones', 'Téléphones'],
  };

  it('starts with the normalised brand, model, storage in both spellings, colour and categories', () => {
    expect(
      productSearchText(iphone).startsWith('apple iphone 13 128 gb 128gb bleu alpin smartphones telephones'),
    ).toBe(true);
  });

  it('omits a missing storage and colour', () => {
    const text = productSearchText({
      brand: 'Sony',
      model: 'WH-1000XM4',
      storageGb: null,
      colour: null,
      categoryNames: [],
    });
    expect(text.startsWith('sony wh 1000xm4')).toBe(true);
    expect(text).not.toMatch(/\bgb\b/);
  });

  it.each([
    ['iPhone 13 128GB', iphone],
    ['apple 128 gb bleu', iphone],
    ['Téléphone', { ...iphone, categoryNames: ['Téléphone'] }],
    [
      'Galaxy S22',
      { brand: 'Samsung', model: 'Galaxy S22', storageGb: 256, colour: null, categoryNames: [] },
    ],
    ['WH-1000XM4', { brand: 'Sony', model: 'WH-1000XM4', storageGb: null, colour: null, categoryNames: [] }],
  ])('every search token of %j is a word of the search text', (query, product) => {
    const words = new Set(productSearchText(product).split(' '));
    for (const token of searchTokens(query)) expect(words).toContain(token);
  });
});

describe('slugify', () => {
  it.each([
    ['iPhone 13 Pro Max 256 Go — Bleu Alpin', 'iphone-13-pro-max-256-go-bleu-alpin'],
    ['Écran Ça', 'ecran-ca'],
    ['  Galaxy   S21 / Ultra  ', 'galaxy-s21-ultra'],
    ['Reloop Électronique S.A.R.L.', 'reloop-electronique-s-a-r-l'],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('is at most 120 characters', () => {
    expect(slugify('a'.repeat(300))).toBe('a'.repeat(120));
  });

  it('does not end with a hyphen when truncation falls on a word boundary', () => {
    const slug = slugify(`${'a'.repeat(119)} bbb`);
    expect(slug).toBe('a'.repeat(119));
  });

  const text = fc.string({ unit: fc.constantFrom(...'abcXYZ019 éÉ--__.!ßœ日'.split('')), maxLength: 200 });

  it('property: a slug is lower-case words joined by single hyphens, ≤ 120 chars, and idempotent', () => {
    fc.assert(
      fc.property(text, (input) => {
        const slug = slugify(input);
        expect(slug.length).toBeLessThanOrEqual(120);
        expect(slug).toMatch(/^([\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*)?$/u);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });
});

describe('bestsellerIds', () => {
  type P = { id: string; categoryId: number; units30d: number };
  const products = (categoryId: number, units: number[], prefix = `c${categoryId}-`): P[] =>
    units.map((u, i) => ({ id: `${prefix}${String(i).padStart(3, '0')}`, categoryId, units30d: u }));

  it('uses the documented thresholds', () => {
    expect(BESTSELLER_MIN_UNITS).toBe(5);
    expect(BESTSELLER_TOP_SHARE).toBe(0.1);
  });

  it('is empty for no products', () => {
    expect(bestsellerIds([]).size).toBe(0);
  });

  it('labels at least the top 1 of a small category', () => {
    expect(bestsellerIds(products(1, [5, 3, 9, 2]))).toEqual(new Set(['c1-002']));
    expect(bestsellerIds(products(1, [7]))).toEqual(new Set(['c1-000']));
  });

  it('labels the top 10 % of a large category (rounded down)', () => {
    const units = Array.from({ length: 25 }, (_, i) => 100 - i); // c1-000 sells most
    expect(bestsellerIds(products(1, units))).toEqual(new Set(['c1-000', 'c1-001']));
    const thirtyNine = Array.from({ length: 39 }, (_, i) => 100 - i);
    expect(bestsellerIds(products(1, thirtyNine))).toEqual(new Set(['c1-000', 'c1-001', 'c1-002']));
  });

  it('requires at least 5 units sold', () => {
    expect(bestsellerIds(products(1, [4, 3, 1])).size).toBe(0);
    expect(bestsellerIds(products(1, [5, 3, 1]))).toEqual(new Set(['c1-000']));
    // Top 3 of 30, but the third sold only 4.
    const units = [9, 5, 4, ...Array<number>(27).fill(1)];
    expect(bestsellerIds(products(1, units))).toEqual(new Set(['c1-000', 'c1-001']));
  });

  it('ranks within each category independently', () => {
    const result = bestsellerIds([...products(1, [50, 40, 30]), ...products(2, [6, 5]), ...products(3, [4])]);
    expect(result).toEqual(new Set(['c1-000', 'c2-000']));
  });

  it('breaks ties on units by the lower id, whatever the input order', () => {
    const tied: P[] = [
      { id: 'b', categoryId: 1, units30d: 10 },
      { id: 'a', categoryId: 1, units30d: 10 },
      { id: 'c', categoryId: 1, units30d: 10 },
    ];
    expect(bestsellerIds(tied)).toEqual(new Set(['a']));
    expect(bestsellerIds([...tied].reverse())).toEqual(new Set(['a']));
  });

  it('does not modify its input', () => {
    const input = products(1, [1, 9, 5]);
    const copy = structuredClone(input);
    bestsellerIds(input);
    expect(input).toEqual(copy);
  });

  const catalogArb = fc
    .uniqueArray(
      fc.record({
        id: fc.string({ unit: fc.constantFrom(...'abcdef0123'), minLength: 1, maxLength: 4 }),
        categoryId: fc.integer({ min: 1, max: 4 }),
        units30d: fc.integer({ min: 0, max: 12 }),
      }),
      { selector: (p) => p.id, maxLength: 80 },
    )
    .chain((ps) =>
      fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length })),
    );

  it('property: deterministic under permutation, bounded, and never below a non-bestseller', () => {
    fc.assert(
      fc.property(catalogArb, ([ps, shuffled]) => {
        const result = bestsellerIds(ps);
        expect(bestsellerIds(shuffled)).toEqual(result);
        for (const categoryId of new Set(ps.map((p) => p.categoryId))) {
          const inCat = ps.filter((p) => p.categoryId === categoryId);
          const best = inCat.filter((p) => result.has(p.id));
          const rest = inCat.filter((p) => !result.has(p.id));
          expect(best.length).toBeLessThanOrEqual(
            Math.max(1, Math.floor(inCat.length * BESTSELLER_TOP_SHARE)),
          );
          for (const b of best) {
            expect(b.units30d).toBeGreaterThanOrEqual(BESTSELLER_MIN_UNITS);
            for (const r of rest) {
              expect(b.units30d > r.units30d || (b.units30d === r.units30d && b.id < r.id)).toBe(true);
            }
          }
          // The category's top seller is labelled whenever it meets the minimum.
          const top = Math.max(...inCat.map((p) => p.units30d));
          if (top >= BESTSELLER_MIN_UNITS) expect(best.length).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
