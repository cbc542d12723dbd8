/**
 * The buyer API of reviews (session cookie or bearer token, like every /api/v1 buyer route):
 * write a review of a delivered order line, list one's reviews, edit within 30 days of delivery,
 * delete at any time, add photos (multipart). Another person's review answers 404.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { addReviewPhotos } from './add-review-photos.ts';
import { deleteReview } from './delete-review.ts';
import { editReview } from './edit-review.ts';
import { type MyReview, myReviews } from './my-reviews.read-model.ts';
import { COMMENT_MAX, MAX_PHOTOS, PHOTO_MAX_BYTES, SUB_RATINGS } from './review-content.rules.ts';
import { refusalError } from './review-writing.types.ts';
import { submitReview } from './submit-review.ts';

const BUYER = access({ kind: 'buyer' });

/** The photo upload: five photos of 5 MB and the multipart framing (app/body-limits.ts, signed in only). */
export const REVIEW_PHOTOS_MAX_BODY_BYTES = MAX_PHOTOS * PHOTO_MAX_BYTES + 1024 * 1024;
const PHOTO_UPLOAD =
  /^(?:\/api\/v1\/me\/reviews\/\d+\/photos|(?:\/pro)?\/[a-z]{2}-[a-z]{2}\/account\/reviews\/\d+\/photos)$/;
export const isReviewPhotoUpload = (method: string, path: string): boolean =>
  method === 'POST' && PHOTO_UPLOAD.test(path);

const star = z.number().int();
const ZSubRatings = z
  .object(
    Object.fromEntries(SUB_RATINGS.map((s) => [s, star.nullable().optional()])) as Record<
      (typeof SUB_RATINGS)[number],
      z.ZodOptional<z.ZodNullable<typeof star>>
    >,
  )
  .openapi('ReviewSubRatings', {
    description:
      'Optional sub-ratings, each 1–5: value for money, delivery, packaging and cleanliness, overall performance, aesthetics.',
  });

const ZContent = {
  rating: star.openapi({ description: 'Stars, an integer from 1 to 5' }),
  comment: z
    .string()
    .max(COMMENT_MAX * 4)
    .openapi({ description: 'Required, 20–2,000 characters once trimmed' }),
  subRatings: ZSubRatings.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional()
    .openapi({
      description:
        'The language the licence terms were read in and the comment most likely is (fallback of detection); default: the market’s',
    }),
};

const ZCreate = z
  .object({
    orderLineId: z.number().int().positive(),
    ...ZContent,
    licenceAccepted: z
      .boolean()
      .openapi({ description: 'The review licence of the market, accepted (must be true)' }),
    authorshipCertified: z
      .boolean()
      .openapi({ description: 'The buyer wrote it about their own purchase (must be true)' }),
  })
  .openapi('ReviewCreate');

const ZEdit = z.object(ZContent).openapi('ReviewEdit');

const ZMyReview = z
  .object({
    id: z.number().int(),
    orderLineId: z.number().int(),
    orderId: z.number().int(),
    productId: z.string(),
    productName: z.string(),
    market: z.string(),
    rating: z.number().int(),
    subRatings: z.object(Object.fromEntries(SUB_RATINGS.map((s) => [s, z.number().int().nullable()]))),
    comment: z.string(),
    language: z.string(),
    status: z.enum(['published', 'removed', 'expired']),
    submittedAt: z.string(),
    publishedAt: z.string().nullable(),
    editedAt: z.string().nullable(),
    editableUntil: z.string().openapi({ description: 'Last day (market time) the review can be edited' }),
    photos: z.array(
      z.object({
        id: z.number().int(),
        status: z.enum(['pending', 'approved', 'rejected']),
        moderationDueOn: z.string(),
      }),
    ),
  })
  .openapi('MyReview');

const present = (r: MyReview) => ({
  id: r.id,
  orderLineId: r.orderLineId,
  orderId: r.orderId,
  productId: r.productId,
  productName: r.productName,
  market: r.market,
  rating: r.rating,
  subRatings: r.subRatings,
  comment: r.comment,
  language: r.language,
  status: r.status,
  submittedAt: r.submittedAt.toISOString(),
  publishedAt: r.publishedAt?.toISOString() ?? null,
  editedAt: r.editedAt?.toISOString() ?? null,
  editableUntil: r.editableUntil,
  photos: r.photos,
});

const idParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const refusals = {
  400: problemResponse('A field is invalid (named in `errors`)'),
  401: problemResponse('Not signed in'),
  403: problemResponse('Not a buyer, or blocked from reviewing'),
  404: problemResponse('No such review or order line of yours'),
};

export const createMyReviewRoute = createRoute({
  middleware: [BUYER] as const,
  method: 'post',
  path: '/api/v1/me/reviews',
  tags: ['Reviews'],
  summary: 'Review a delivered order line (published at once)',
  description:
    'Only the buyer of a delivered line, once per line; never a member of the selling seller’s team. The text and rating are published at once; add photos with `POST /api/v1/me/reviews/{id}/photos`. Nothing is given in exchange for a review.',
  request: { body: { required: true, content: { 'application/json': { schema: ZCreate } } } },
  responses: {
    201: json(ZMyReview, 'Published'),
    ...refusals,
    409: problemResponse('The line already has a review (`CONFLICT`)'),
    422: problemResponse('The line is not delivered, or was sold by your own team (`NOT_ELIGIBLE`)'),
  },
});

export const listMyReviewsRoute = createRoute({
  middleware: [BUYER] as const,
  method: 'get',
  path: '/api/v1/me/reviews',
  tags: ['Reviews'],
  summary: 'Your reviews, newest first (deleted ones are gone)',
  responses: {
    200: json(z.object({ reviews: z.array(ZMyReview) }), 'Your reviews'),
    401: refusals[401],
    403: refusals[403],
  },
});

export const editMyReviewRoute = createRoute({
  middleware: [BUYER] as const,
  method: 'patch',
  path: '/api/v1/me/reviews/{id}',
  tags: ['Reviews'],
  summary: 'Edit your review (within 30 days of delivery)',
  request: { params: idParam, body: { required: true, content: { 'application/json': { schema: ZEdit } } } },
  responses: {
    200: json(ZMyReview, 'Edited'),
    ...refusals,
    409: problemResponse('The review is not published (`INVALID_STATE`)'),
    422: problemResponse('The 30 days have passed (`WINDOW_CLOSED`, the message names the last day)'),
  },
});

export const deleteMyReviewRoute = createRoute({
  middleware: [BUYER] as const,
  method: 'delete',
  path: '/api/v1/me/reviews/{id}',
  tags: ['Reviews'],
  summary: 'Delete your review, at once',
  request: { params: idParam },
  responses: { 204: { description: 'Deleted' }, ...refusals },
});

export const addMyReviewPhotosRoute = createRoute({
  middleware: [BUYER] as const,
  method: 'post',
  path: '/api/v1/me/reviews/{id}/photos',
  tags: ['Reviews'],
  summary: 'Add photos to your review (shown once a person approves them)',
  description:
    'multipart/form-data, field `photos` (repeatable): at most 5 per review, 5 MB each, JPEG, PNG, WebP or HEIC recognised by their bytes. They are re-encoded without metadata (EXIF and GPS removed) and moderated within 7 business days.',
  request: {
    params: idParam,
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            photos: z.any().openapi({ type: 'array', items: { type: 'string', format: 'binary' } }),
          }),
        },
      },
    },
  },
  responses: {
    201: json(
      z.object({ photoIds: z.array(z.number().int()), moderationDueOn: z.string() }),
      'Stored, pending moderation',
    ),
    ...refusals,
    413: problemResponse('The upload is too large'),
    422: problemResponse('The 30 days have passed (`WINDOW_CLOSED`)'),
  },
});

const languageOf = (c: Context<AppEnv>, given?: string) => {
  const a = c.get('actor')!;
  return given ?? a.language ?? (marketByCode(a.market) ?? DEFAULT_MARKET).bcp47.slice(0, 2);
};

async function oneOf(deps: Deps, userId: number, reviewId: number): Promise<MyReview> {
  const [r] = await myReviews(deps.db, userId, { reviewId });
  if (!r) throw AppError.notFound('Review');
  return r;
}

export function registerReviewWritingApi(app: App, deps: Deps): void {
  app.openapi(createMyReviewRoute, async (c) => {
    const body = c.req.valid('json');
    const userId = c.get('actor')!.userId;
    const r = await submitReview(deps, { ...body, userId, language: languageOf(c, body.language) });
    if (!r.ok) throw refusalError(r);
    return c.json(present(await oneOf(deps, userId, r.reviewId)), 201);
  });

  app.openapi(listMyReviewsRoute, async (c) => {
    const reviews = await myReviews(deps.db, c.get('actor')!.userId);
    return c.json({ reviews: reviews.map(present) }, 200);
  });

  app.openapi(editMyReviewRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const userId = c.get('actor')!.userId;
    const r = await editReview(deps, {
      ...body,
      userId,
      reviewId: id,
      language: languageOf(c, body.language),
    });
    if (!r.ok) throw refusalError(r);
    return c.json(present(await oneOf(deps, userId, id)), 200);
  });

  app.openapi(deleteMyReviewRoute, async (c) => {
    const { id } = c.req.valid('param');
    const r = await deleteReview(deps, { userId: c.get('actor')!.userId, reviewId: id });
    if (!r.ok) throw refusalError(r);
    return c.body(null, 204);
  });

  app.openapi(addMyReviewPhotosRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = await c.req.parseBody({ all: true }).catch(() => {
      throw new AppError('INVALID_INPUT', 'Send the photos as multipart/form-data', [
        { field: 'photos', message: 'is required' },
      ]);
    });
    const raw = body.photos;
    const files = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (x): x is File => x instanceof File,
    );
    const photos = await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
    const r = await addReviewPhotos(deps, { userId: c.get('actor')!.userId, reviewId: id, photos });
    if (!r.ok) throw refusalError(r);
    return c.json({ photoIds: r.photoIds, moderationDueOn: r.moderationDueOn }, 201);
  });
}
