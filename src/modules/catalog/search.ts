import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { Market } from '../../platform/markets.ts';
import { ReadCache } from '../../platform/read-cache.ts';
import { GRADES, type Grade } from '../offers/grades.ts';
import { searchTokens } from './catalog.rules.ts';

export type SearchSort = 'relevance' | 'popularity' | 'price_asc' | 'price_desc';

export type SearchQuery = {
  market: Market;
  q?: string;
  categoryIds?: number[];
  brands?: string[];
  grades?: Grade[];
  storages?: number[];
  colours?: string[];
  minPriceMinor?: number;
  maxPriceMinor?: number;
  sort: SearchSort;
  page: number;
  pageSize: number;
};

export type SearchHit = {
  id: string;
  slug: string;
  name: string;
  brand: string;
  model: string;
  storageGb: number | null;
  colour: string | null;
  imageHue: number;
  bestseller: boolean;
  orders30d: number;
  fromPriceMinor: number;
  /** Whether the "from" price is a margin-scheme offer's (no VAT can be shown or deducted on it). */
  fromVatType: 'REGULAR' | 'MARGINAL';
  grades: Grade[];
};

/** A facet value; `label` is its name in the page's language where it differs (a colour). */
export type FacetValue = { value: string; count: number; label?: string };
export type PriceBucket = { minMinor: number; maxMinor: number | null; count: number };
export type SearchFacets = {
  brand: FacetValue[];
  grade: FacetValue[];
  storage: FacetValue[];
  colour: FacetValue[];
  price: PriceBucket[];
};

export type SearchResult = {
  items: SearchHit[];
  total: number;
  facets: SearchFacets;
  /** What the query was understood as, after typo correction ("iphnoe" → "iphone"). */
  interpretedQuery: string | null;
};

/** Swap-able search (an external engine can implement it); Postgres FTS + trigram is the default. */
export type SearchProvider = { search(query: SearchQuery): Promise<SearchResult> };

/**
 * How close an unknown word must be to an indexed word to replace it. Lower than pg_trgm's 0.3
 * default because transpositions ("iphnoe" → "iphone", 0.27) score low on trigrams; the
 * vocabulary is small (distinct product words), so scanning it is cheap.
 */
const TYPO_MIN_SIMILARITY = 0.2;

const GRADE_PRICE_COLUMN: Record<Grade, string> = {
  PREMIUM: 'price_premium',
  EXCELLENT: 'price_excellent',
  VERY_GOOD: 'price_very_good',
  GOOD: 'price_good',
  FAIR: 'price_fair',
  STALLONE: 'price_stallone',
};

/** Price-range facet boundaries in major units, per currency. */
const PRICE_BOUNDS: Record<string, number[]> = {
  EUR: [100, 200, 400, 700],
  GBP: [100, 200, 400, 700],
  USD: [100, 200, 400, 700],
  SEK: [1000, 2000, 4000, 7000],
};

export function priceBuckets(currency: string): Array<{ minMinor: number; maxMinor: number | null }> {
  const bounds = (PRICE_BOUNDS[currency] ?? PRICE_BOUNDS.EUR!).map((b) => b * 100);
  return [0, ...bounds].map((min, i) => ({ minMinor: min, maxMinor: bounds[i] ?? null }));
}

function inList<T>(column: SQL, values: T[]): SQL {
  return sql`${column} IN (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

function and(parts: SQL[]): SQL {
  return parts.length ? sql.join(parts, sql` AND `) : sql`TRUE`;
}

export class PostgresSearchProvider implements SearchProvider {
  readonly #database: Database;
  constructor(database: Database) {
    this.#database = database;
  }

  /** Correct each unknown word to its closest indexed word (trigram similarity). */
  async #interpret(q: string): Promise<{ tsquery: string; interpreted: string } | null> {
    const tokens = searchTokens(q);
    if (tokens.length === 0) return null;
    const known = await this.#database.rows<{ term: string }>(
      sql`SELECT term FROM search_terms WHERE ${inList(sql`term`, tokens)}`,
    );
    const knownSet = new Set(known.map((k) => k.term));
    const words: string[] = [];
    for (const [i, tok] of tokens.entries()) {
      const last = i === tokens.length - 1;
      let word = tok;
      if (!knownSet.has(tok) && !/^\d+$/.test(tok) && tok.length >= 3) {
        const [best] = await this.#database.rows<{ term: string }>(sql`
          SELECT term FROM search_terms WHERE similarity(term, ${tok}) >= ${TYPO_MIN_SIMILARITY}
          ORDER BY similarity(term, ${tok}) DESC, frequency DESC, term LIMIT 1`);
        if (best) word = best.term;
      }
      words.push(word);
      // The last word may be unfinished: match it as a prefix too.
      tokens[i] = last && word === tok ? `${tok}:*` : word === tok ? tok : `(${word} | ${tok}:*)`;
    }
    return { tsquery: tokens.join(' & '), interpreted: words.join(' ') };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const interpreted = query.q?.trim() ? await this.#interpret(query.q) : null;
    const unsearchable = Boolean(query.q?.trim()) && !interpreted;

    // Which rows of the listing index can match at all: market, words, category.
    // The market is a literal (from the closed market list) so the planner picks that market's index.
    const where: SQL[] = [sql.raw(`market = '${query.market.code}'`)];
    if (interpreted) where.push(sql`search_vector @@ to_tsquery('simple', ${interpreted.tsquery})`);
    if (unsearchable) where.push(sql`FALSE`);
    if (query.categoryIds?.length) where.push(inList(sql`category_id`, query.categoryIds));
    // A product's price is its cheapest winning offer among the chosen grades (any grade if none).
    const grades = query.grades?.length ? query.grades : null;
    const price = grades
      ? sql.raw(`LEAST(${grades.map((g) => GRADE_PRICE_COLUMN[g]).join(', ')})`)
      : sql`min_price_minor`;

    // The "from" price is a margin-scheme offer's when a (chosen) margin grade has exactly that price.
    const gradePrice = sql.raw(
      `CASE mg.g ${GRADES.map((g) => `WHEN '${g}' THEN l.${GRADE_PRICE_COLUMN[g]}`).join(' ')} END`,
    );
    const marginAtPrice = grades
      ? sql`${gradePrice} = page.price AND mg.g IN (${sql.join(
          grades.map((g) => sql`${g}`),
          sql`, `,
        )})`
      : sql`${gradePrice} = page.price`;

    // One predicate per facet dimension, so each facet can be counted without its own filter.
    const f = {
      brand: query.brands?.length ? inList(sql`brand`, query.brands) : null,
      grade: grades
        ? sql.raw(`(${grades.map((g) => `${GRADE_PRICE_COLUMN[g]} IS NOT NULL`).join(' OR ')})`)
        : null,
      storage: query.storages?.length ? inList(sql`storage_gb`, query.storages) : null,
      colour: query.colours?.length ? inList(sql`colour`, query.colours) : null,
      price:
        query.minPriceMinor !== undefined || query.maxPriceMinor !== undefined
          ? and([
              ...(query.minPriceMinor !== undefined ? [sql`price >= ${query.minPriceMinor}`] : []),
              ...(query.maxPriceMinor !== undefined ? [sql`price <= ${query.maxPriceMinor}`] : []),
            ])
          : null,
    };
    type Dim = keyof typeof f;
    const except = (dim?: Dim) =>
      and((Object.keys(f) as Dim[]).filter((d) => d !== dim && f[d]).map((d) => f[d]!));

    // Relevance: every match holds all the query's words (after typo correction); best sellers first.
    const order: Record<SearchSort, SQL> = {
      relevance: sql`orders_30d DESC, product_id`,
      popularity: sql`orders_30d DESC, product_id`,
      price_asc: sql`price ASC, product_id`,
      price_desc: sql`price DESC, product_id`,
    };
    const buckets = priceBuckets(query.market.currency);
    // width_bucket: 0 below the first bound, i between bound i-1 and bound i, n above the last.
    const bounds = buckets.flatMap((b) => (b.maxMinor === null ? [] : [b.maxMinor]));
    const offset = (query.page - 1) * query.pageSize;
    const facet = (dim: Dim, column: SQL) =>
      sql`(SELECT coalesce(json_agg(json_build_object('value', v, 'count', n)), '[]') FROM (
            SELECT (${column})::text AS v, count(*)::int AS n FROM m WHERE ${except(dim)} AND ${column} IS NOT NULL GROUP BY 1) x)`;

    // One statement: the candidate rows once (narrow, one per product), then page, total and facets.
    const [row] = await this.#database.rows<{
      items: SearchHit[] | null;
      total: number;
      brand: FacetValue[];
      grade: number[] | null;
      storage: FacetValue[];
      colour: FacetValue[];
      price: FacetValue[];
    }>(sql`
      WITH m AS MATERIALIZED (
        SELECT product_id, brand, storage_gb, colour, orders_30d, ${price} AS price,
               ${sql.raw(GRADES.map((g) => GRADE_PRICE_COLUMN[g]).join(', '))}
        FROM listings WHERE ${and(where)}
      ), page AS (
        SELECT product_id, price, row_number() OVER (ORDER BY ${order[query.sort]}) AS ord
        FROM m WHERE ${except()} AND price IS NOT NULL
        ORDER BY ${order[query.sort]} LIMIT ${query.pageSize} OFFSET ${offset}
      )
      SELECT
        (SELECT json_agg(json_build_object(
            'id', l.product_id, 'slug', l.slug, 'name', l.name, 'brand', l.brand, 'model', l.model,
            'storageGb', l.storage_gb, 'colour', l.colour, 'imageHue', l.image_hue, 'bestseller', l.bestseller,
            'orders30d', l.orders_30d, 'fromPriceMinor', page.price, 'grades', l.grades,
            'fromVatType', CASE WHEN EXISTS (SELECT 1 FROM unnest(l.margin_grades) mg(g)
              WHERE ${marginAtPrice}) THEN 'MARGINAL' ELSE 'REGULAR' END) ORDER BY page.ord)
         FROM page JOIN listings l ON l.market = ${query.market.code} AND l.product_id = page.product_id) AS items,
        (SELECT count(*)::int FROM m WHERE ${except()} AND price IS NOT NULL) AS total,
        ${facet('brand', sql`brand`)} AS brand,
        (SELECT json_build_array(${sql.join(
          GRADES.map((g) => sql.raw(`count(*) FILTER (WHERE ${GRADE_PRICE_COLUMN[g]} IS NOT NULL)`)),
          sql`, `,
        )}) FROM m WHERE ${except('grade')}) AS grade,
        ${facet('storage', sql`storage_gb`)} AS storage,
        ${facet('colour', sql`colour`)} AS colour,
        ${facet(
          'price',
          sql`width_bucket(price, ARRAY[${sql.join(
            bounds.map((b) => sql`${b}`),
            sql`, `,
          )}]::int[])`,
        )} AS price`);

    const sortFacet = (values: FacetValue[]) =>
      [...values].sort(
        (a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }),
      );
    const priceCounts = new Map((row?.price ?? []).map((r) => [Number(r.value), r.count]));
    return {
      items: (row?.items ?? []).map((hit) => ({ ...hit, grades: [...hit.grades].sort() as Grade[] })),
      total: row?.total ?? 0,
      interpretedQuery: interpreted?.interpreted ?? null,
      facets: {
        brand: sortFacet(row?.brand ?? []),
        grade: sortFacet(
          GRADES.map((g, i) => ({ value: g, count: Number(row?.grade?.[i] ?? 0) })).filter(
            (v) => v.count > 0,
          ),
        ),
        storage: sortFacet(row?.storage ?? []).sort((a, b) => Number(a.value) - Number(b.value)),
        colour: sortFacet(row?.colour ?? []),
        price: buckets.map((b, i) => ({ ...b, count: priceCounts.get(i) ?? 0 })),
      },
    };
  }
}

/** Serves repeated searches from memory for a few seconds (see platform/read-cache.ts). */
export class CachedSearchProvider implements SearchProvider {
  readonly #inner: SearchProvider;
  readonly #cache: ReadCache<SearchResult>;
  constructor(inner: SearchProvider, ttlMs: number) {
    this.#inner = inner;
    this.#cache = new ReadCache({ max: 2000, ttlMs });
  }
  search(query: SearchQuery): Promise<SearchResult> {
    const key = JSON.stringify({ ...query, market: query.market.code });
    return this.#cache.get(key, () => this.#inner.search(query));
  }
}
