/**
 * Read model: published reviews as readers see them — the product page, the seller page and the
 * public API (/api/v1/products/{idOrSlug}/reviews, /api/v1/sellers/{slug}/reviews). Joins the
 * reviews with their authors' names (accounts.users: first name and initial only), their
 * sellers' names (for the replies), their translations and their approved photos; never writes.
 *
 * Three queries a page, run together: the summary (one aggregate over the partial index of
 * published reviews), the page of reviews (photos aggregated per review) and its filtered total;
 * review-reads.ts caches the result for the catalog's few seconds. A seller's summary is its
 * seller rating's window (seller-rating.rules.ts); its list, like a product's, holds every
 * published review.
 */
import { and, asc, desc, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { users } from '../accounts/accounts.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import type { ReviewSort } from './review-ranking.rules.ts';
import { reviewPhotos, reviews, reviewTranslations } from './reviews.schema.ts';
import { type Rating, ratingOf } from './seller-rating.rules.ts';

export const SUB_RATINGS = ['value', 'delivery', 'packaging', 'performance', 'aesthetics'] as const;
export type SubRating = (typeof SUB_RATINGS)[number];

const SUB_COLUMNS = {
  value: reviews.ratingValue,
  delivery: reviews.ratingDelivery,
  packaging: reviews.ratingPackaging,
  performance: reviews.ratingPerformance,
  aesthetics: reviews.ratingAesthetics,
} as const;

export type ReviewScope = { productId: string } | { sellerId: number; since: Date };

export type ReviewSummary = {
  /** Null without a published review: then no rating is shown anywhere. */
  rating: Rating | null;
  /** Count of reviews by stars, 1 to 5. */
  distribution: Record<1 | 2 | 3 | 4 | 5, number>;
  /** Average of each sub-rating given at least once (one decimal), with how many gave it. */
  subRatings: Array<{ key: SubRating; average: number; count: number }>;
};

export type DisplayedReview = {
  id: number;
  rating: number;
  subRatings: Partial<Record<SubRating, number>>;
  /** In the reader's language when a translation exists, else the original. */
  comment: string;
  /** The original comment and its language; `translated` says whether `comment` is a translation. */
  originalComment: string;
  language: string;
  translated: boolean;
  /** Market (country) of purchase. */
  market: string;
  /** First name and initial ("Ada L."); null once the author's account is gone. */
  author: string | null;
  publishedAt: Date;
  editedAt: Date | null;
  photos: Array<{ id: number; width: number; height: number }>;
  /** The seller's public reply, when published. */
  reply: { text: string; at: Date; seller: string } | null;
};

export type ReviewListQuery = {
  sort: ReviewSort;
  /** Only these star ratings (none: all). */
  stars: number[];
  withPhotos: boolean;
  page: number;
  pageSize: number;
  /** The reader's language (primary tag): translations into it are preferred. */
  language: string;
};

export type ReviewPage = { total: number; reviews: DisplayedReview[] };

const published = eq(reviews.status, 'published');

function scopeWhere(scope: ReviewScope): SQL {
  return 'productId' in scope ? eq(reviews.productId, scope.productId) : eq(reviews.sellerId, scope.sellerId);
}

/** The same orders as compareReviews (review-ranking.rules.ts). */
const REVIEW_ORDER_SQL: Record<ReviewSort, SQL[]> = {
  relevance: [desc(reviews.relevance), desc(reviews.publishedAt), desc(reviews.id)],
  recent: [desc(reviews.publishedAt), desc(reviews.id)],
  highest: [desc(reviews.rating), desc(reviews.publishedAt), desc(reviews.id)],
  lowest: [asc(reviews.rating), desc(reviews.publishedAt), desc(reviews.id)],
};

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export async function reviewSummary(db: Db, scope: ReviewScope): Promise<ReviewSummary> {
  const since = 'since' in scope ? gte(reviews.publishedAt, scope.since) : undefined;
  const subs = Object.fromEntries(
    SUB_RATINGS.flatMap((k) => [
      [`${k}Avg`, sql<string | null>`round(avg(${SUB_COLUMNS[k]}), 1)`],
      [`${k}Count`, sql<number>`count(${SUB_COLUMNS[k]})::int`],
    ]),
  ) as Record<string, SQL.Aliased | SQL>;
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      sum: sql<number>`coalesce(sum(${reviews.rating}), 0)::int`,
      s1: sql<number>`(count(*) filter (where ${reviews.rating} = 1))::int`,
      s2: sql<number>`(count(*) filter (where ${reviews.rating} = 2))::int`,
      s3: sql<number>`(count(*) filter (where ${reviews.rating} = 3))::int`,
      s4: sql<number>`(count(*) filter (where ${reviews.rating} = 4))::int`,
      s5: sql<number>`(count(*) filter (where ${reviews.rating} = 5))::int`,
      ...subs,
    })
    .from(reviews)
    .where(and(scopeWhere(scope), published, since));
  // biome-ignore lint/suspicious/noExplicitAny: the sub-rating columns are built above
  const r = row as any;
  return {
    rating: ratingOf(Number(r.sum), Number(r.count)),
    distribution: { 1: r.s1, 2: r.s2, 3: r.s3, 4: r.s4, 5: r.s5 },
    subRatings: SUB_RATINGS.filter((k) => Number(r[`${k}Count`]) > 0).map((k) => ({
      key: k,
      average: Number(r[`${k}Avg`]),
      count: Number(r[`${k}Count`]),
    })),
  };
}

type PhotoJson = { id: number; width: number; height: number };

export async function reviewPage(db: Db, scope: ReviewScope, q: ReviewListQuery): Promise<ReviewPage> {
  const where = and(
    scopeWhere(scope),
    published,
    q.stars.length ? inArray(reviews.rating, q.stars) : undefined,
    q.withPhotos ? eq(reviews.hasPublishedPhotos, true) : undefined,
  );
  // The page and its filtered total apart: a window count would build every matching row.
  const counting = db.select({ n: sql<number>`count(*)::int` }).from(reviews).where(where);
  const listing = db
    .select({
      id: reviews.id,
      rating: reviews.rating,
      value: reviews.ratingValue,
      delivery: reviews.ratingDelivery,
      packaging: reviews.ratingPackaging,
      performance: reviews.ratingPerformance,
      aesthetics: reviews.ratingAesthetics,
      comment: reviews.comment,
      language: reviews.language,
      market: reviews.market,
      publishedAt: reviews.publishedAt,
      editedAt: reviews.editedAt,
      replyText: reviews.replyText,
      replyStatus: reviews.replyStatus,
      replyAt: reviews.replyAt,
      authorName: users.name,
      sellerName: sellers.name,
      translation: reviewTranslations.comment,
      photos: sql<PhotoJson[] | string | null>`case when ${reviews.hasPublishedPhotos} then (
        select json_agg(json_build_object('id', p.id, 'width', p.width, 'height', p.height) order by p.id)
        from review_photos p where p.review_id = ${reviews.id} and p.status = 'approved') end`,
    })
    .from(reviews)
    .innerJoin(sellers, eq(sellers.id, reviews.sellerId))
    .leftJoin(users, eq(users.id, reviews.authorUserId))
    .leftJoin(
      reviewTranslations,
      and(eq(reviewTranslations.reviewId, reviews.id), eq(reviewTranslations.language, q.language)),
    )
    .where(where)
    .orderBy(...REVIEW_ORDER_SQL[q.sort])
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [rows, [c]] = await Promise.all([listing, counting]);
  const total = Number(c?.n ?? 0);
  return {
    total: Number(total),
    reviews: rows.map((r) => {
      const translated = r.translation !== null && r.language !== q.language;
      const photos = typeof r.photos === 'string' ? (JSON.parse(r.photos) as PhotoJson[]) : (r.photos ?? []);
      const subRatings: Partial<Record<SubRating, number>> = {};
      for (const k of SUB_RATINGS) {
        const v = num(r[k]);
        if (v !== null) subRatings[k] = v;
      }
      return {
        id: r.id,
        rating: r.rating,
        subRatings,
        comment: translated ? r.translation! : r.comment,
        originalComment: r.comment,
        language: r.language,
        translated,
        market: r.market,
        author: r.authorName ? authorDisplayName(r.authorName) : null,
        publishedAt: new Date(r.publishedAt!),
        editedAt: r.editedAt ? new Date(r.editedAt) : null,
        photos,
        reply:
          r.replyStatus === 'published' && r.replyText
            ? { text: r.replyText, at: new Date(r.replyAt ?? r.publishedAt!), seller: r.sellerName }
            : null,
      };
    }),
  };
}

/** "Ada Lovelace" → "Ada L.": the first name and the initial of the last; nothing more is shown. */
export function authorDisplayName(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '';
  const first = parts[0]!;
  if (parts.length === 1) return first;
  const initial = Array.from(parts[parts.length - 1]!)[0]!.toLocaleUpperCase();
  return `${first} ${initial}.`;
}

/**
 * A photo readers may see: approved, of a published review whose photos are shown (one rejected
 * photo withholds them all). Anything else — pending, rejected, removed — is as if it did not exist.
 */
export async function publishedPhoto(
  db: Db,
  photoId: number,
): Promise<{ storageKey: string; contentType: string } | null> {
  const [p] = await db
    .select({ storageKey: reviewPhotos.storageKey, contentType: reviewPhotos.contentType })
    .from(reviewPhotos)
    .innerJoin(reviews, eq(reviews.id, reviewPhotos.reviewId))
    .where(
      and(
        eq(reviewPhotos.id, photoId),
        eq(reviewPhotos.status, 'approved'),
        published,
        eq(reviews.hasPublishedPhotos, true),
      ),
    )
    .limit(1);
  return p ?? null;
}
