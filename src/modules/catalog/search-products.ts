import type { Db } from '../../platform/db/client.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import type { Market } from '../../platform/markets.ts';
import { parseMoney } from '../../platform/money.ts';
import { type Grade, isGrade } from '../offers/grades.ts';
import { allCategories, type CategoryRow, subtreeIds } from './catalog.store.ts';
import type { SearchProvider, SearchResult, SearchSort } from './search.ts';
import {
  attributeValueLabel,
  catalogDictionary,
  catalogLanguage,
  localizeCategories,
} from './translations/catalog-content.ts';

export type SearchProductsInput = {
  market: Market;
  q?: string;
  category?: string;
  brand?: string[];
  grade?: string[];
  storage?: string[];
  colour?: string[];
  minPrice?: string;
  maxPrice?: string;
  sort?: SearchSort;
  page: number;
  pageSize: number;
};

export const MAX_PAGE_SIZE = 100;

/** Browse and search: turns shopper-facing filters into a search query, naming every bad field. */
export async function searchProducts({
  db,
  search,
  input,
}: {
  db: Db;
  search: SearchProvider;
  input: SearchProductsInput;
}): Promise<{ result: SearchResult; category: CategoryRow | null }> {
  const issues: FieldIssue[] = [];
  const grades = (input.grade ?? []).filter((g) => {
    if (!isGrade(g)) issues.push({ field: 'grade', message: `unknown grade "${g}"` });
    return isGrade(g);
  }) as Grade[];
  const storages = (input.storage ?? []).map(Number).filter((n, i) => {
    const ok = Number.isInteger(n) && n > 0;
    if (!ok)
      issues.push({ field: 'storage', message: `"${input.storage?.[i]}" is not a storage size in GB` });
    return ok;
  });
  const price = (field: 'minPrice' | 'maxPrice') => {
    const v = input[field];
    if (v === undefined || v === '') return undefined;
    const r = parseMoney(v, input.market.currency);
    if (!r.ok) issues.push({ field, message: r.message });
    return r.ok ? r.amountMinor : undefined;
  };
  const minPriceMinor = price('minPrice');
  const maxPriceMinor = price('maxPrice');
  if (minPriceMinor !== undefined && maxPriceMinor !== undefined && minPriceMinor > maxPriceMinor) {
    issues.push({ field: 'maxPrice', message: 'must not be below minPrice' });
  }
  if (issues.length) throw AppError.invalid(issues);

  const language = catalogLanguage(input.market.locale);
  const dict = await catalogDictionary(db);
  let category: CategoryRow | null = null;
  let categoryIds: number[] | undefined;
  if (input.category) {
    const all = localizeCategories(await allCategories(db), dict, language);
    category = all.find((c) => c.slug === input.category) ?? null;
    if (!category) throw AppError.notFound(`Category "${input.category}"`);
    categoryIds = subtreeIds(all, category.id);
  }
  const q = input.q?.trim() || undefined;
  const result = await search.search({
    market: input.market,
    q,
    categoryIds,
    brands: input.brand?.length ? input.brand : undefined,
    grades: grades.length ? grades : undefined,
    storages: storages.length ? storages : undefined,
    colours: input.colour?.length ? input.colour : undefined,
    minPriceMinor,
    maxPriceMinor,
    sort: input.sort ?? (q ? 'relevance' : 'popularity'),
    page: input.page,
    pageSize: input.pageSize,
  });
  // Colours are filtered by their stored (English) value and shown in the page's language.
  const colour = result.facets.colour.map((f) => ({
    ...f,
    label: attributeValueLabel(dict, 'colour', f.value, language),
  }));
  return { result: { ...result, facets: { ...result.facets, colour } }, category };
}
