import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { Market } from '../../platform/markets.ts';
import { ReadCache } from '../../platform/read-cache.ts';
import type { Grade } from '../offers/grades.ts';
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
  grades: Grade[];
};

export type FacetValue = { value: string; count: number };
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
    const emptyQuery = query.q?.trim() && !interpreted;
    const tsq = interpreted ? sql`to_tsquery('simple', ${interpreted.tsquery})` : null;

    const matchedWhere: SQL[] = [];
    if (tsq) matchedWhere.push(sql`p.search_vector @@ ${tsq}`);
    if (emptyQuery) matchedWhere.push(sql`FALSE`);
    if (query.categoryIds?.length) matchedWhere.push(inList(sql`p.category_id`, query.categoryIds));

    // One predicate per facet dimension, so each facet can be counted without its own filter.
    const f = {
      brand: query.brands?.length ? inList(sql`brand`, query.brands) : null,
      grade: query.grades?.length ? inList(sql`grade`, query.grades) : null,
      storage: query.storages?.length ? inList(sql`storage_gb`, query.storages) : null,
      colour: query.colours?.length ? inList(sql`colour`, query.colours) : null,
      price:
        query.minPriceMinor !== undefined || query.maxPriceMinor !== undefined
          ? and([
              ...(query.minPriceMinor !== undefined ? [sql`price_minor >= ${query.minPriceMinor}`] : []),
              ...(query.maxPriceMinor !== undefined ? [sql`price_minor <= ${query.maxPriceMinor}`] : []),
            ])
          : null,
    };
    type Dim = keyof typeof f;
    const except = (dim?: Dim) =>
      and((Object.keys(f) as Dim[]).filter((d) => d !== dim && f[d]).map((d) => f[d]!));

    const order: Record<SearchSort, SQL> = {
      relevance: tsq ? sql`max(rank) DESC, max(orders_30d) DESC, slug` : sql`max(orders_30d) DESC, slug`,
      popularity: sql`max(orders_30d) DESC, slug`,
      price_asc: sql`min(price_minor) ASC, slug`,
      price_desc: sql`min(price_minor) DESC, slug`,
    };
    const buckets = priceBuckets(query.market.currency);
    const bucketCase = sql.join(
      buckets.map((b, i) =>
        b.maxMinor === null ? sql`ELSE ${i}` : sql`WHEN price_minor < ${b.maxMinor} THEN ${i}`,
      ),
      sql` `,
    );

    const offered = sql`
      WITH offered AS MATERIALIZED (
        SELECT p.id, p.slug, p.name, p.brand, p.model, p.storage_gb, p.colour, p.image_hue, p.bestseller,
               p.orders_30d, b.grade, b.price_minor,
               ${tsq ? sql`ts_rank(p.search_vector, ${tsq})` : sql`0`} AS rank
        FROM products p JOIN buybox_winners b ON b.product_id = p.id AND b.market = ${query.market.code}
        WHERE ${and(matchedWhere)}
      )`;
    const offset = (query.page - 1) * query.pageSize;
    const itemsSql = sql`${offered}
      SELECT id, slug, name, brand, model, storage_gb AS "storageGb", colour, image_hue AS "imageHue",
             bestseller, orders_30d AS "orders30d", min(price_minor)::int AS "fromPriceMinor",
             array_agg(DISTINCT grade) AS grades, count(*) OVER ()::int AS total
      FROM offered WHERE ${except()}
      GROUP BY id, slug, name, brand, model, storage_gb, colour, image_hue, bestseller, orders_30d
      ORDER BY ${order[query.sort]}
      LIMIT ${query.pageSize} OFFSET ${offset}`;
    const facetSql = sql`${offered}
      SELECT 'brand' AS facet, brand AS value, count(DISTINCT id)::int AS n FROM offered WHERE ${except('brand')} GROUP BY brand
      UNION ALL
      SELECT 'grade', grade, count(DISTINCT id)::int FROM offered WHERE ${except('grade')} GROUP BY grade
      UNION ALL
      SELECT 'storage', storage_gb::text, count(DISTINCT id)::int FROM offered WHERE ${except('storage')} AND storage_gb IS NOT NULL GROUP BY storage_gb
      UNION ALL
      SELECT 'colour', colour, count(DISTINCT id)::int FROM offered WHERE ${except('colour')} AND colour IS NOT NULL GROUP BY colour
      UNION ALL
      SELECT 'price', (CASE ${bucketCase} END)::text, count(DISTINCT id)::int FROM offered WHERE ${except('price')} GROUP BY 2`;

    const [itemRows, facetRows] = await Promise.all([
      this.#database.rows<SearchHit & { total: number }>(itemsSql),
      this.#database.rows<{ facet: string; value: string; n: number }>(facetSql),
    ]);
    let total = itemRows[0]?.total ?? 0;
    if (itemRows.length === 0 && offset > 0) {
      // Past the last page: count without paging.
      const [c] = await this.#database.rows<{ n: number }>(
        sql`${offered} SELECT count(DISTINCT id)::int AS n FROM offered WHERE ${except()}`,
      );
      total = c?.n ?? 0;
    }
    const facet = (name: string) =>
      facetRows
        .filter((r) => r.facet === name)
        .map((r) => ({ value: r.value, count: r.n }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
    const priceCounts = new Map(
      facetRows.filter((r) => r.facet === 'price').map((r) => [Number(r.value), r.n]),
    );
    return {
      items: itemRows.map(({ total: _t, ...hit }) => ({ ...hit, grades: [...hit.grades].sort() as Grade[] })),
      total,
      interpretedQuery: interpreted?.interpreted ?? null,
      facets: {
        brand: facet('brand'),
        grade: facet('grade'),
        storage: facet('storage').sort((a, b) => Number(a.value) - Number(b.value)),
        colour: facet('colour'),
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
