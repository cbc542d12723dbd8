/**
 * The buyer's review pages (issue 15): the form for a delivered line of the buyer's order (signed
 * in) or from the emailed link (its signed token, no sign-in), the buyer's reviews with edit,
 * photos and delete, and the review licence terms of each market. Another person's line or review
 * answers 404. The use cases are the reviews module's.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { addReviewPhotos } from '../../modules/reviews/add-review-photos.ts';
import { deleteReview } from '../../modules/reviews/delete-review.ts';
import { editReview } from '../../modules/reviews/edit-review.ts';
import { type MyReview, myReviews } from '../../modules/reviews/my-reviews.read-model.ts';
import { readReviewRequest } from '../../modules/reviews/review-request-token.ts';
import { reviewOfLine } from '../../modules/reviews/review-writing.store.ts';
import type { WriteRefusal } from '../../modules/reviews/review-writing.types.ts';
import { type ReviewableLine, reviewableLine } from '../../modules/reviews/reviewable-lines.read-model.ts';
import { submitReview } from '../../modules/reviews/submit-review.ts';
import { localDay } from '../../platform/calendar.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC, SIGNED_IN } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import type { PageContext } from '../ui/context.ts';
import { emptyForm } from '../ui/forms.ts';
import { formFields, requestContext } from '../ui/request-context.ts';
import { STOREFRONTS } from './catalog.routes.ts';
import {
  myReviewPage,
  myReviewsPage,
  pageForm,
  pageLanguage,
  type ReviewPageState,
  reviewFormPage,
  reviewInput,
  reviewLicencePage,
  reviewMessagePage,
  reviewThanksPage,
} from './review-writing.pages.ts';

type C = Context<AppEnv>;

/** Who may open each page: the emailed link and the licence need no account (authorization matrix). */
export const REVIEW_WRITING_RULES = {
  form: SIGNED_IN,
  link: PUBLIC,
  account: SIGNED_IN,
  licence: PUBLIC,
} as const;

const idOf = (raw: string | undefined, what: string): number => {
  const n = /^[1-9][0-9]{0,9}$/.test(raw ?? '') ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n > 2_147_483_647) throw AppError.notFound(what);
  return n;
};

/** Why a form is not offered, in the page's words; null for the refusals a form shows itself. */
function refusalText(ctx: PageContext, r: WriteRefusal): string | null {
  const { t } = ctx;
  switch (r.reason) {
    case 'not_delivered':
      return t('reviewWrite.refused.notDelivered');
    case 'own_offer':
      return t('reviewWrite.refused.ownOffer');
    case 'blocked':
      return t('reviewWrite.refused.blocked');
    case 'already_reviewed':
      return t('reviewWrite.refused.already');
    case 'window_closed':
      return t('reviewWrite.refused.window', { date: r.endedOn });
    case 'not_published':
      return t('reviewWrite.refused.notPublished');
    default:
      return null;
  }
}

const STATUS: Partial<Record<WriteRefusal['reason'], number>> = {
  already_reviewed: 409,
  not_published: 409,
  blocked: 403,
};

export function registerReviewWritingPages(app: App, deps: Deps): void {
  for (const M of STOREFRONTS) registerIn(app, deps, M);
}

function registerIn(app: App, deps: Deps, M: string): void {
  const today = (ctx: PageContext) => localDay(deps.clock.now(), ctx.market.timeZone);

  /** The buyer's own line of this checkout, or 404. */
  const ownLine = async (c: C, userId: number): Promise<ReviewableLine> => {
    const lineId = idOf(c.req.param('lineId'), 'Order line');
    const line = await reviewableLine(deps.db, lineId);
    if (!line || line.checkoutId !== c.req.param('checkoutId') || line.buyerUserId !== userId) {
      throw AppError.notFound('Order line');
    }
    return line;
  };

  /** The form, or the page that says why there is none (not delivered yet, already reviewed…). */
  const formOrReason = async (c: C, line: ReviewableLine, action: string, token?: string) => {
    const ctx = requestContext(c);
    const existing = await reviewOfLine(deps.db, line.lineId);
    if (existing && existing.status !== 'deleted' && ctx.actor?.userId === existing.authorUserId && !token) {
      return c.redirect(`${ctx.base}/account/reviews/${existing.id}`, 303);
    }
    if (existing) return c.html(reviewMessagePage(ctx, ctx.t('reviewWrite.refused.already')), 409);
    if (!line.deliveredAt)
      return c.html(reviewMessagePage(ctx, ctx.t('reviewWrite.refused.notDelivered')), 422);
    c.header('cache-control', 'private, no-store');
    return c.html(
      reviewFormPage(
        ctx,
        {
          productName: line.productName,
          orderId: line.orderId,
          deliveredOn: localDay(line.deliveredAt, ctx.market.timeZone),
          action,
          ...(token ? { token } : {}),
        },
        emptyForm,
      ),
    );
  };

  /** Submits the posted form for `userId`; re-renders it with what was wrong, or says why not. */
  const submit = async (
    c: C,
    line: ReviewableLine,
    userId: number,
    values: Record<string, string>,
    o: { action: string; token?: string; done: (reviewId: number) => Response | Promise<Response> },
  ) => {
    const ctx = requestContext(c);
    const r = await submitReview(deps, {
      ...reviewInput(values),
      userId,
      orderLineId: line.lineId,
      language: pageLanguage(ctx),
    });
    if (r.ok) return o.done(r.reviewId);
    if (r.reason === 'invalid') {
      return c.html(
        reviewFormPage(
          ctx,
          {
            productName: line.productName,
            orderId: line.orderId,
            deliveredOn: localDay(line.deliveredAt ?? deps.clock.now(), ctx.market.timeZone),
            action: o.action,
            ...(o.token ? { token: o.token } : {}),
          },
          pageForm(ctx, values, r.fields),
        ),
        400,
      );
    }
    const text = refusalText(ctx, r);
    if (!text) throw AppError.notFound('Order line');
    return c.html(reviewMessagePage(ctx, text), (STATUS[r.reason] ?? 422) as 422);
  };

  // ————— From the buyer's order (signed in) —————
  const linePath = `${M}/orders/:checkoutId/lines/:lineId/review`;
  app.get(linePath, REVIEW_WRITING_RULES.form, async (c) => {
    const line = await ownLine(c, c.get('actor')!.userId);
    return formOrReason(c, line, new URL(c.req.url).pathname);
  });
  app.post(linePath, REVIEW_WRITING_RULES.form, async (c) => {
    const ctx = requestContext(c);
    const userId = c.get('actor')!.userId;
    const line = await ownLine(c, userId);
    const values = await formFields(c);
    return submit(c, line, userId, values, {
      action: new URL(c.req.url).pathname,
      done: (id) => c.redirect(`${ctx.base}/account/reviews/${id}?done=published`, 303),
    });
  });

  // ————— From the emailed link (no sign-in: the token names the line and its buyer) —————
  const tokenLine = async (_c: C, token: string) => {
    const claim = readReviewRequest(deps.secret, token, deps.clock.now());
    const line = claim ? await reviewableLine(deps.db, claim.orderLineId) : null;
    if (!claim || !line || line.buyerUserId !== claim.buyerUserId) return null;
    return { claim, line };
  };
  const invalidLink = (c: C) => {
    const ctx = requestContext(c);
    return c.html(
      reviewMessagePage(ctx, ctx.t('reviewWrite.link.invalid'), {
        href: `${ctx.base}/sign-in?next=${encodeURIComponent(`${ctx.base}/account/orders`)}`,
        text: ctx.t('reviewWrite.signIn'),
      }),
      404,
    );
  };
  app.get(`${M}/reviews/write`, REVIEW_WRITING_RULES.link, async (c) => {
    const token = c.req.query('token') ?? '';
    const found = await tokenLine(c, token);
    if (!found) return invalidLink(c);
    return formOrReason(c, found.line, `${requestContext(c).base}/reviews/write`, token);
  });
  app.post(`${M}/reviews/write`, REVIEW_WRITING_RULES.link, async (c) => {
    const values = await formFields(c);
    const token = values.token ?? '';
    const found = await tokenLine(c, token);
    if (!found) return invalidLink(c);
    return submit(c, found.line, found.claim.buyerUserId, values, {
      action: `${requestContext(c).base}/reviews/write`,
      token,
      done: () => c.html(reviewThanksPage(requestContext(c))),
    });
  });

  // ————— The buyer's reviews —————
  app.get(`${M}/account/reviews`, REVIEW_WRITING_RULES.account, async (c) => {
    const ctx = requestContext(c);
    c.header('cache-control', 'private, no-store');
    return c.html(myReviewsPage(ctx, await myReviews(deps.db, c.get('actor')!.userId), c.req.query('done')));
  });

  const ownReview = async (c: C): Promise<MyReview> => {
    const [r] = await myReviews(deps.db, c.get('actor')!.userId, {
      reviewId: idOf(c.req.param('reviewId'), 'Review'),
    });
    if (!r) throw AppError.notFound('Review');
    return r;
  };
  const fromReview = (r: MyReview): Record<string, string> => ({
    rating: String(r.rating),
    comment: r.comment,
    ...Object.fromEntries(
      Object.entries(r.subRatings)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [`sub-${k}`, String(v)]),
    ),
  });
  const showReview = async (c: C, s: Partial<ReviewPageState>, status = 200) => {
    const ctx = requestContext(c);
    const r = await ownReview(c);
    c.header('cache-control', 'private, no-store');
    const done = s.done ?? c.req.query('done');
    return c.html(
      myReviewPage(ctx, r, {
        edit: s.edit ?? { values: fromReview(r), errors: [] },
        photos: s.photos ?? emptyForm,
        today: today(ctx),
        ...(done ? { done } : {}),
      }),
      status as 200,
    );
  };
  const refused = (c: C, r: WriteRefusal) => {
    const ctx = requestContext(c);
    const text = refusalText(ctx, r);
    if (!text) throw AppError.notFound('Review');
    return c.html(
      reviewMessagePage(ctx, text, {
        href: `${ctx.base}/account/reviews`,
        text: ctx.t('reviewWrite.list.title'),
      }),
      (STATUS[r.reason] ?? 422) as 422,
    );
  };

  app.get(`${M}/account/reviews/:reviewId`, REVIEW_WRITING_RULES.account, (c) => showReview(c, {}));

  app.post(`${M}/account/reviews/:reviewId`, REVIEW_WRITING_RULES.account, async (c) => {
    const ctx = requestContext(c);
    const reviewId = idOf(c.req.param('reviewId'), 'Review');
    const values = await formFields(c);
    const r = await editReview(deps, {
      ...reviewInput(values),
      userId: c.get('actor')!.userId,
      reviewId,
      language: pageLanguage(ctx),
    });
    if (r.ok) return c.redirect(`${ctx.base}/account/reviews/${reviewId}?done=edited`, 303);
    if (r.reason === 'invalid') return showReview(c, { edit: pageForm(ctx, values, r.fields) }, 400);
    return refused(c, r);
  });

  app.post(`${M}/account/reviews/:reviewId/photos`, REVIEW_WRITING_RULES.account, async (c) => {
    const ctx = requestContext(c);
    const reviewId = idOf(c.req.param('reviewId'), 'Review');
    const body = await c.req.parseBody({ all: true });
    const raw = body.photos;
    // An empty file input sends one nameless, empty file: that is no photo.
    const files = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (x): x is File => x instanceof File && (x.size > 0 || x.name !== ''),
    );
    const photos = await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
    const r = await addReviewPhotos(deps, { userId: c.get('actor')!.userId, reviewId, photos });
    if (r.ok) return c.redirect(`${ctx.base}/account/reviews/${reviewId}?done=photos`, 303);
    if (r.reason === 'invalid') return showReview(c, { photos: pageForm(ctx, {}, r.fields) }, 400);
    return refused(c, r);
  });

  app.post(`${M}/account/reviews/:reviewId/delete`, REVIEW_WRITING_RULES.account, async (c) => {
    const ctx = requestContext(c);
    const reviewId = idOf(c.req.param('reviewId'), 'Review');
    await formFields(c);
    const r = await deleteReview(deps, { userId: c.get('actor')!.userId, reviewId });
    if (!r.ok) throw AppError.notFound('Review');
    return c.redirect(`${ctx.base}/account/reviews?done=deleted`, 303);
  });

  // ————— The review licence terms of the market —————
  app.get(`${M}/legal/review-licence`, REVIEW_WRITING_RULES.licence, (c) =>
    c.html(reviewLicencePage(requestContext(c))),
  );
}
