import { describe, expect, it } from 'vitest';
import { GRADE_LANGUAGES, gradeDefinition, gradeLanguage, gradeName } from './grade-names.ts';
import { GRADES } from './grades.ts';

const RAW_CODE = /[A-Z]{2,}_?[A-Z]*/;

describe('grade names and definitions', () => {
  it('every grade has a name and a definition in every language', () => {
    for (const lang of GRADE_LANGUAGES) {
      for (const g of GRADES) {
        expect(gradeName(g, lang).trim(), `${g} ${lang}`).not.toBe('');
        expect(gradeDefinition(g, lang).trim().length, `${g} ${lang}`).toBeGreaterThan(20);
      }
    }
  });

  it('no name or definition shows a seller-API code', () => {
    for (const lang of GRADE_LANGUAGES) {
      for (const g of GRADES) {
        expect(gradeName(g, lang), `${g} ${lang}`).not.toMatch(RAW_CODE);
        expect(gradeDefinition(g, lang), `${g} ${lang}`).not.toMatch(RAW_CODE);
        expect(`${gradeName(g, lang)} ${gradeDefinition(g, lang)}`.toLowerCase()).not.toContain('stallone');
      }
    }
  });

  it('names are distinct within a language, so the grade selector never shows the same name twice', () => {
    for (const lang of GRADE_LANGUAGES) {
      const names = GRADES.map((g) => gradeName(g, lang));
      expect(new Set(names).size, lang).toBe(GRADES.length);
    }
  });

  it('French never calls a refurbished device new (domain-rules §1.1: "reconditionné")', () => {
    for (const g of GRADES) {
      const text = `${gradeName(g, 'fr-fr')} ${gradeDefinition(g, 'fr-fr')}`.toLowerCase();
      expect(text).not.toMatch(/comme neuf|état neuf|à neuf/);
    }
  });

  it('takes the language from the locale in any form; Belgium in French and Dutch; English otherwise', () => {
    expect(gradeName('VERY_GOOD', 'fr-fr')).toBe('Très bon état');
    expect(gradeName('VERY_GOOD', 'fr-be')).toBe('Très bon état');
    expect(gradeName('VERY_GOOD', 'nl-BE')).toBe('Zeer goed');
    expect(gradeName('EXCELLENT', 'sv-SE')).toBe('Utmärkt');
    expect(gradeName('EXCELLENT', 'de_DE')).toBe('Hervorragend');
    expect(gradeName('EXCELLENT', 'en-gb')).toBe('Excellent');
    expect(gradeLanguage('pt-PT')).toBe('en');
    expect(gradeName('STALLONE', 'en-us')).toBe('Well used');
  });
});
