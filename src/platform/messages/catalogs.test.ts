import { isStructurallySame, parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS, type MessageKey, translator } from '../i18n.ts';
import { PSEUDO_LOCALE, pseudoLocalize } from '../pseudo-locale.ts';
import { ENGLISH_ONLY_PREFIX, en } from './catalogs.ts';

const KEYS = Object.keys(en) as MessageKey[];
/** Keys every language translates (the operator console stays English). */
const TRANSLATED_KEYS = KEYS.filter((key) => !key.startsWith(ENGLISH_ONLY_PREFIX));
const TRANSLATIONS = Object.entries(CATALOGS).filter(([lang]) => lang !== 'en');

/**
 * Values a translation may share with English: names and codes that no language translates, and
 * words several languages spell the same. Anything else equal to English is an untranslated copy.
 */
const SAME_IN_TRANSLATION = new Set([
  en['site.name'],
  en['search.placeholder'],
  'API',
  'Premium',
  'Stallone',
  'EAN',
  'IBAN',
  'BIC',
  'Code', // fr, de
  'Contact', // fr
  'Total', // fr, es
  'Status', // de
  'Filters', // nl
  'Bestseller', // de
  'Bestsellers', // nl
  'Pagination', // fr
  'Password', // it
  'No', // es, it
  'Error {status}', // es
]);

describe('message catalogs', () => {
  it('registers the seven languages of issue 13', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'sv']);
  });

  it.each(TRANSLATIONS)('%s has every English key and no other', (_lang, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual([...KEYS].sort());
  });

  it.each(Object.entries(CATALOGS))('%s: every message is valid ICU MessageFormat', (_lang, catalog) => {
    const invalid = KEYS.filter((key) => {
      try {
        parse(catalog[key]);
        return false;
      } catch {
        return true;
      }
    });
    expect(invalid).toEqual([]);
  });

  it.each(TRANSLATIONS)('%s: placeholders have the same names and types as in English', (_lang, catalog) => {
    const different = KEYS.flatMap((key) => {
      const same = isStructurallySame(parse(en[key]), parse(catalog[key]));
      return same.success ? [] : [`${key}: ${same.error?.message}`];
    });
    expect(different).toEqual([]);
  });

  it.each(TRANSLATIONS)('%s: no message is an untranslated copy of the English one', (_lang, catalog) => {
    const copies = TRANSLATED_KEYS.filter(
      (key) => catalog[key] === en[key] && !SAME_IN_TRANSLATION.has(en[key]),
    );
    expect(copies).toEqual([]);
  });

  it('French never calls a refurbished device "comme neuf" or "état neuf" (domain-rules §1.1)', () => {
    const fr: Record<string, string> = CATALOGS.fr ?? {};
    const offending = Object.entries(fr).filter(([, v]) => /comme\s+neu[fv]|état\s+neu[fv]/i.test(v));
    expect(offending).toEqual([]);
    expect(Object.values(fr).some((v) => /reconditionn/.test(v))).toBe(true);
  });
});

describe('translator', () => {
  it('speaks the language of the locale, fr-BE in French', () => {
    expect(translator('fr-FR')('cart.add')).toBe('Ajouter au panier');
    expect(translator('fr-BE')('cart.add')).toBe('Ajouter au panier');
    expect(translator('nl-BE')('cart.add')).toBe('In winkelwagen');
    expect(translator('de-DE')('cart.add')).toBe('In den Warenkorb');
    expect(translator('sv-SE')('listing.results', { count: 2 })).toBe('2 produkter');
  });

  it('formats with the full locale, not only its language', () => {
    // en-GB and en-US read the same catalog; numbers follow each locale's rules (de-CH ≠ de-DE).
    expect(translator('en-GB')('listing.results', { count: 1234 })).toBe('1,234 products');
    expect(translator('de-DE')('listing.results', { count: 1234 })).toBe('1.234 Produkte');
    expect(translator('de-CH')('listing.results', { count: 1234 })).toBe("1'234 Produkte");
    expect(translator('fr-FR')('listing.results', { count: 1234 })).toBe('1\u202f234 produits');
  });

  it('falls back to English for a language without a catalog', () => {
    expect(translator('pl-PL')('cart.add')).toBe('Add to cart');
  });

  it('pseudo-localises English: accented, bracketed, placeholders and plurals intact', () => {
    const t = translator(PSEUDO_LOCALE);
    expect(t('search.title', { q: 'iPhone' })).toBe('[Ŕéšûļţš ƒöŕ “iPhone”]');
    expect(t('listing.results', { count: 2 })).toBe('[2 þŕöđûçţš]');
    for (const key of KEYS) expect(() => parse(pseudoLocalize(en[key]))).not.toThrow();
    for (const key of KEYS) {
      expect(isStructurallySame(parse(en[key]), parse(pseudoLocalize(en[key]))).success, key).toBe(true);
    }
  });
});
