import {
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

/**
 * A pseudo-locale (en-XA) built from the English catalog at runtime: every literal is accented and
 * each message bracketed ("[Ŕéšûļţš ƒöŕ “{q}”]"), placeholders and plural/select syntax untouched.
 * A page shown in it makes literal text that bypasses the catalogs stand out, and a cut-off "]"
 * shows where a translation would not fit.
 */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [
    ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c, i) => [c, 'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž'[i]]),
    ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((c, i) => [c, 'ÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'[i]]),
  ].filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
);

export function accent(text: string): string {
  return Array.from(text, (c) => ACCENTED[c] ?? c).join('');
}

function accentAst(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (isLiteralElement(el)) return { ...el, value: accent(el.value) };
    if (isPluralElement(el) || isSelectElement(el)) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [k, { ...o, value: accentAst(o.value) }]),
      );
      return { ...el, options } as MessageFormatElement;
    }
    if (isTagElement(el)) return { ...el, children: accentAst(el.children) };
    return el;
  });
}

/** The pseudo-localised form of one ICU message. */
export function pseudoLocalize(message: string): string {
  return `[${printAST(accentAst(parse(message)))}]`;
}

/** The pseudo-locale catalog of a source catalog, key by key. */
export function pseudoCatalog<K extends string>(source: Record<K, string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(source) as K[]) out[key] = pseudoLocalize(source[key]);
  return out;
}
