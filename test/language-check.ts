import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { CATALOGS } from '../src/platform/i18n.ts';
import { ENGLISH_ONLY_PREFIX, en } from '../src/platform/messages/catalogs.ts';

/** The literal words of an ICU message, each run of text between placeholders (plural branches included). */
function fragments(message: string): string[] {
  const out: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.literal) out.push(e.value);
      if (e.type === TYPE.plural || e.type === TYPE.select)
        for (const option of Object.values(e.options)) walk(option.value);
      if (e.type === TYPE.tag) walk(e.children);
    }
  };
  walk(parse(message));
  return out.map((f) => f.replace(/\s+/g, ' ').trim());
}

const KEYS = Object.keys(en) as (keyof typeof en)[];
const TRANSLATED = KEYS.filter((k) => !k.startsWith(ENGLISH_ONLY_PREFIX));

/** A phrase long enough to be English only: two words or more, ten characters or more. */
const phrase = (f: string) => f.length >= 10 && /\p{L}+\s+\p{L}+/u.test(f);

const englishPhrases = new Map<string, string[]>();

/** English phrases of the catalogs that `language` translates differently (its own phrases excluded). */
function englishPhrasesFor(language: string): string[] {
  const cached = englishPhrases.get(language);
  if (cached) return cached;
  const catalog = CATALOGS[language];
  if (!catalog) throw new Error(`no catalog for ${language}`);
  const own = new Set(TRANSLATED.flatMap((k) => fragments(catalog[k])));
  const phrases = new Set<string>();
  for (const k of TRANSLATED) {
    if (catalog[k] === en[k]) continue;
    for (const f of fragments(en[k])) if (phrase(f) && !own.has(f)) phrases.add(f);
  }
  const list = [...phrases];
  englishPhrases.set(language, list);
  return list;
}

/**
 * What in a page, an email or a document betrays a missing translation: raw message keys, and
 * English catalog phrases where the reader's language has its own words.
 */
export function untranslated(text: string, language: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  const keys = KEYS.filter((k) => k.includes('.') && flat.includes(k)).map((k) => `raw key ${k}`);
  const english = englishPhrasesFor(language)
    .filter((p) => flat.includes(p))
    .map((p) => `English: “${p}”`);
  return [...keys, ...english];
}
