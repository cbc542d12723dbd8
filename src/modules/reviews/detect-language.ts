/**
 * The language of a review's comment, detected locally at submission and at each edit (no text
 * leaves the server for it): tinyld, a small n-gram detector with its data in the package.
 * Candidates are the European languages buyers write in most; a text too short or too ambiguous to
 * tell gets the language of the page it was written on.
 */
import { detect } from 'tinyld';

const CANDIDATES = ['en', 'fr', 'de', 'nl', 'sv', 'es', 'it', 'pt', 'pl', 'da', 'fi', 'cs'];

/** A BCP 47 primary language tag (`fr`), or `fallback` when the text does not tell. */
export function detectLanguage(text: string, fallback: string): string {
  const found = detect(text, { only: CANDIDATES });
  return found || fallback.slice(0, 2).toLowerCase();
}
