import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage (local, offline)', () => {
  it('recognises the seven shop languages from a short review', () => {
    const samples: Record<string, string> = {
      en: 'Great phone, delivered quickly and the battery lasts all day.',
      fr: 'Très bon téléphone, livré rapidement et bien emballé.',
      de: 'Sehr gutes Handy, schnell geliefert und gut verpackt.',
      nl: 'Zeer goede telefoon, snel geleverd en goed verpakt.',
      sv: 'Mycket bra telefon, snabb leverans och väl förpackad.',
      es: 'Muy buen teléfono, entregado rápido y bien embalado.',
      it: 'Ottimo telefono, consegnato velocemente e ben imballato.',
    };
    for (const [lang, text] of Object.entries(samples)) expect(detectLanguage(text, 'xx')).toBe(lang);
  });

  it('falls back to the page’s language when the text says nothing', () => {
    expect(detectLanguage('ok', 'de-DE')).toBe('de');
    expect(detectLanguage('12345 !!!', 'fr')).toBe('fr');
  });
});
