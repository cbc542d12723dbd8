/**
 * The buyer's insurance claim emails (issue 14): every template and branch in every language —
 * no English catalog text, no message key, no placeholder — and the same template ids whatever
 * the language.
 */
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { en } from '../../platform/messages/catalogs.ts';
import { insuranceClaimEmails } from './insurance-claim-emails.ts';

const to = 'person@example.com';
const facts = {
  orderId: 41,
  product: 'iPhone 13',
  link: 'https://reloop.test/x',
  claimRef: 'RLC-0123456789AB',
  policyRef: 'RLI-FR-0123456789AB',
};

const TEMPLATES: Record<string, (locale: string) => MailMessage> = {};
for (const cover of ['breakage', 'theft', 'liquid_damage'] as const)
  TEMPLATES[`filed (${cover})`] = (l) =>
    insuranceClaimEmails.filed({ email: to, locale: l }, { ...facts, cover });
for (const outcome of ['repair', 'replacement', 'payout'] as const) {
  TEMPLATES[`accepted (${outcome})`] = (l) =>
    insuranceClaimEmails.statusChanged(
      { email: to, locale: l },
      { ...facts, cover: 'breakage', status: 'accepted', outcome, refusal: null },
    );
  TEMPLATES[`settled (${outcome})`] = (l) =>
    insuranceClaimEmails.statusChanged(
      { email: to, locale: l },
      { ...facts, cover: 'breakage', status: 'settled', outcome, refusal: null },
    );
}
TEMPLATES['refused (no proof of theft)'] = (l) =>
  insuranceClaimEmails.statusChanged(
    { email: to, locale: l },
    { ...facts, cover: 'theft', status: 'refused', outcome: null, refusal: 'no_proof_of_theft' },
  );

function englishFragments(): string[] {
  const out = new Set<string>();
  const walk = (elements: ReturnType<typeof parse>) => {
    for (const e of elements) {
      if (e.type === TYPE.literal) {
        for (const part of e.value.split('\n')) {
          const s = part.trim();
          if (s.length >= 12) out.add(s);
        }
      } else if (e.type === TYPE.select || e.type === TYPE.plural) {
        for (const option of Object.values(e.options)) walk(option.value);
      }
    }
  };
  for (const [key, value] of Object.entries(en))
    if (key.startsWith('mail.insuranceClaim.') || key === 'mail.signature') walk(parse(value));
  return [...out];
}
const ENGLISH = englishFragments();
const TRANSLATED_LOCALES = ['fr-FR', 'de-DE', 'sv-SE', 'nl-NL', 'es-ES', 'it-IT', 'fr-BE'];

describe('insurance claim emails in every language', () => {
  it('finds the English wording to compare against', () => {
    expect(ENGLISH.length).toBeGreaterThan(10);
  });

  const cases = Object.keys(TEMPLATES).flatMap((name) => TRANSLATED_LOCALES.map((l) => [name, l] as const));
  it.each(cases)('%s in %s: no English text, no message key, no placeholder', (name, locale) => {
    const mail = TEMPLATES[name]!(locale);
    const text = `${mail.subject}\n${mail.text}`;
    expect(ENGLISH.filter((fragment) => text.includes(fragment))).toEqual([]);
    expect(text).not.toMatch(/\bmail\.[a-zA-Z]+\.?[a-zA-Z]*/);
    expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(text).toContain(facts.claimRef);
    expect(text).toContain(translator(locale)('mail.signature'));
  });

  it('English readers read English; template ids follow the status, never the language', () => {
    for (const [name, build] of Object.entries(TEMPLATES)) {
      const english = build('en-GB');
      expect(english.text).toContain(en['mail.signature']);
      expect(english.text).not.toMatch(/\{[a-zA-Z]+\}/);
      for (const locale of TRANSLATED_LOCALES) expect(build(locale).template, name).toBe(english.template);
    }
    expect(TEMPLATES['filed (theft)']!('en').template).toBe('after-sales.insurance-claim-filed');
    expect(TEMPLATES['accepted (repair)']!('en').template).toBe('after-sales.insurance-claim-accepted');
    expect(TEMPLATES['refused (no proof of theft)']!('en').text).toContain('police report');
    expect(TEMPLATES['filed (liquid_damage)']!('de-DE').text).toContain('Flüssigkeitsschaden');
    expect(TEMPLATES['accepted (payout)']!('sv-SE').text).toContain('betalar ut värdet');
  });
});
