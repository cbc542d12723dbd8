/** Pure catalog rules: identifiers, slugs, search text, the Bestseller label. */

/** EAN-13: 13 digits whose last is the GS1 mod-10 check digit (weights 1,3,1,3…). */
export function isValidEan13(ean: string): boolean {
  if (!/^\d{13}$/.test(ean)) return false;
  return ean13CheckDigit(ean.slice(0, 12)) === Number(ean[12]);
}

export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error('EAN-13 body must be 12 digits');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** Lower case, accents removed, punctuation to spaces: "Écran Galaxy-S21" → "ecran galaxy s21". */
export function normaliseSearchText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function slugify(input: string): string {
  return normaliseSearchText(input).replace(/\s+/g, '-').slice(0, 120).replace(/-+$/, '');
}

export function storageLabel(storageGb: number | null): string {
  if (!storageGb) return '';
  return storageGb >= 1000 ? `${Math.round(storageGb / 1000)} TB` : `${storageGb} GB`;
}

/**
 * A product's display name and slug: "Samsung Galaxy S22 128 GB - Green" at
 * "galaxy-s22-128-gb-green". Apple products read without the brand, as Apple names them.
 */
export function productNaming(p: {
  brand: string;
  model: string;
  storageGb: number | null;
  colour: string | null;
}) {
  const storage = storageLabel(p.storageGb);
  const brand = p.brand === 'Apple' || p.model.startsWith(p.brand) ? '' : p.brand;
  const name = [brand, p.model, storage, p.colour ? `- ${p.colour}` : ''].filter(Boolean).join(' ');
  return { name, slug: slugify([p.model, storage, p.colour ?? ''].join(' ')) };
}

/** Words a query is split into; storage like "128gb" is split into "128" and "gb". */
export function searchTokens(query: string): string[] {
  return splitLettersAndDigits(normaliseSearchText(query))
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 8);
}

function splitLettersAndDigits(text: string): string {
  return text.replace(/(\d)(\p{L})/gu, '$1 $2').replace(/(\p{L})(\d)/gu, '$1 $2');
}

/** The text a product is found by: brand, model, storage, colour, category names. */
export function productSearchText(p: {
  brand: string;
  model: string;
  storageGb: number | null;
  colour: string | null;
  categoryNames: string[];
}): string {
  const storage = p.storageGb ? `${p.storageGb} gb ${p.storageGb}gb` : '';
  const text = normaliseSearchText([p.brand, p.model, storage, p.colour ?? '', ...p.categoryNames].join(' '));
  // Also index "s22" as "s 22" so queries split the same way (searchTokens) still match.
  const split = splitLettersAndDigits(text);
  return split === text ? text : `${text} ${split}`;
}

/**
 * Bestseller rule: a product is a Bestseller when, in its leaf category, it is among the top
 * 10 % by units sold in the last 30 days (at least the top 1), with at least 5 units sold.
 */
export const BESTSELLER_MIN_UNITS = 5;
export const BESTSELLER_TOP_SHARE = 0.1;

export function bestsellerIds(
  products: ReadonlyArray<{ id: string; categoryId: number; units30d: number }>,
): Set<string> {
  const byCategory = new Map<number, Array<{ id: string; units30d: number }>>();
  for (const p of products) {
    const list = byCategory.get(p.categoryId) ?? [];
    list.push(p);
    byCategory.set(p.categoryId, list);
  }
  const result = new Set<string>();
  for (const list of byCategory.values()) {
    list.sort((a, b) => b.units30d - a.units30d || (a.id < b.id ? -1 : 1));
    const top = Math.max(1, Math.floor(list.length * BESTSELLER_TOP_SHARE));
    for (const p of list.slice(0, top)) if (p.units30d >= BESTSELLER_MIN_UNITS) result.add(p.id);
  }
  return result;
}
