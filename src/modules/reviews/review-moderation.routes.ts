/**
 * Review moderation over HTTP (issue 15). The operator API under /api/v1/console/reviews (queue,
 * photo decisions, removals, notices, appeals, blocks; moderators and admins, every action
 * audited), the public notice and appeal endpoints (anyone), and the registration of the
 * moderation pages (console, shop forms, seller portal reviews) — one call from reviews.module.ts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { localDay } from '../../platform/calendar.ts';
import { AppError } from '../../platform/errors.ts';
import { access, PUBLIC } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { DEFAULT_MARKET } from '../../platform/markets.ts';
import { registerConsoleReviewRoutes } from '../../web/console/reviews.routes.ts';
import { registerSellerReviewRoutes } from '../../web/seller/reviews.routes.ts';
import { registerReviewModerationPages } from '../../web/shop/review-moderation.routes.ts';
import { type AuditAction, recordAudit } from '../audit/record-audit.ts';
import { blockReviewer } from './block-reviewer.ts';
import { decideReviewAppeal } from './decide-review-appeal.ts';
import { decideReviewNotice } from './decide-review-notice.ts';
import { moderateReviewPhotos } from './moderate-review-photos.ts';
import { removeReview } from './remove-review.ts';
import { removeReviewReply } from './remove-review-reply.ts';
import { blocksInForce, openAppeals, openNotices, photoQueue } from './review-moderation.read-model.ts';
import { CRITERION_CODES } from './review-moderation.rules.ts';
import { submitReviewAppeal } from './submit-review-appeal.ts';
import { submitReviewNotice } from './submit-review-notice.ts';

/** Who moderates reviews: moderators (and admins, who may do what every operator does). */
export const REVIEW_MODERATION_RULES = {
  moderate: access({ kind: 'operator', roles: ['moderator'] }),
  public: PUBLIC,
} as const;

type C = Context<AppEnv>;
const MOD = REVIEW_MODERATION_RULES.moderate;
const idParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const criterion = z
  .string()
  .max(100)
  .openapi({ description: `One of ${CRITERION_CODES.join(', ')} (else 422)` });
const facts = z
  .string()
  .max(4000)
  .openapi({ description: 'What the moderator found (quoted in the statement of reasons)' });
const denied = {
  401: problemResponse('Not signed in'),
  403: problemResponse('Not a moderator'),
};
const decided = (extra: z.ZodRawShape) => json(z.object({ ok: z.literal(true), ...extra }), 'Decided');
const refusals = {
  400: problemResponse('Bad input (`INVALID_INPUT`, naming the field)'),
  ...denied,
  404: problemResponse('No such review, notice or appeal'),
  409: problemResponse('Already decided, or not in a state for this (`INVALID_STATE`, `CONFLICT`)'),
  422: problemResponse(
    'Unknown criterion or duration (`UNPROCESSABLE`, naming it), or a block not justified (`NOT_ELIGIBLE`)',
  ),
};

const queueRoute = createRoute({
  middleware: [MOD] as const,
  method: 'get',
  path: '/api/v1/console/reviews/queue',
  tags: ['Review moderation'],
  summary:
    'Reviews with photos waiting (overdue first, each deadline), open notices and appeals, blocks in force',
  responses: { 200: json(z.object({}).passthrough(), 'The queues'), ...denied },
});

const photosRoute = createRoute({
  middleware: [MOD] as const,
  method: 'post',
  path: '/api/v1/console/reviews/{id}/photos',
  tags: ['Review moderation'],
  summary: 'Approve all of a review’s pending photos, or reject them all under a criterion',
  request: {
    params: idParam,
    ...body(
      z.object({
        decision: z.enum(['approve', 'reject']),
        criterion: criterion.optional(),
        facts: facts.optional(),
      }),
    ),
  },
  responses: { 200: decided({ status: z.string(), statementId: z.string().nullable() }), ...refusals },
});

const removeRoute = createRoute({
  middleware: [MOD] as const,
  method: 'post',
  path: '/api/v1/console/reviews/{id}/remove',
  tags: ['Review moderation'],
  summary: 'Remove a published review under a criterion (statement of reasons emailed to the author)',
  request: {
    params: idParam,
    ...body(z.object({ criterion, facts, legalGround: z.string().max(500).optional() })),
  },
  responses: { 200: decided({ statementId: z.string() }), ...refusals },
});

const removeReplyRoute = createRoute({
  middleware: [MOD] as const,
  method: 'post',
  path: '/api/v1/console/reviews/{id}/reply/remove',
  tags: ['Review moderation'],
  summary: 'Remove the seller’s reply to a review under a criterion',
  request: { params: idParam, ...body(z.object({ criterion, facts })) },
  responses: { 200: decided({ statementId: z.string() }), ...refusals },
});

const noticeDecisionRoute = createRoute({
  middleware: [MOD] as const,
  method: 'post',
  path: '/api/v1/console/reviews/notices/{id}/decision',
  tags: ['Review moderation'],
  summary: 'Uphold a removal notice (the review or reply is removed) or dismiss it; the notifier is told',
  request: { params: idParam, ...body(z.object({ uphold: z.boolean(), facts: facts.optional() })) },
  responses: { 200: decided({ status: z.string(), statementId: z.string().nullable() }), ...refusals },
});

const appealDecisionRoute = createRoute({
  middleware: [MOD] as const,
  method: 'post',
  path: '/api/v1/console/reviews/appeals/{id}/decision',
  tags: ['Review moderation'],
  summary:
    'Reverse (restore the review, its photos, or lift the block) or uphold a decision appealed against',
  request: {
    params: idParam,
    ...body(z.object({ reverse: z.boolean(), note: z.string().max(4000).optional() })),
  },
  responses: { 200: decided({ status: z.string(), kind: z.string() }), ...refusals },
});

const blockRoute = createRoute({
  middleware: [MOD] as const,
  method: 'post',
  path: '/api/v1/console/reviews/blocks',
  tags: ['Review moderation'],
  summary: 'Block a buyer from reviewing after serious or repeated violations (days_30, days_90, permanent)',
  request: {
    ...body(z.object({ userId: z.number().int().positive(), duration: z.string().max(20), facts })),
  },
  responses: {
    201: json(z.object({ blockId: z.number(), statementId: z.string() }), 'Blocked'),
    ...refusals,
  },
});

const noticeRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'post',
  path: '/api/v1/reviews/{id}/notices',
  tags: ['Reviews'],
  summary: 'Ask for a review (or its seller’s reply) to be removed: anyone, signed in or not',
  request: {
    params: idParam,
    ...body(
      z.object({
        target: z.enum(['review', 'reply']).optional(),
        criterion,
        explanation: z.string().max(6000),
        name: z.string().max(300),
        email: z.string().max(300),
        language: z
          .string()
          .regex(/^[a-z]{2}$/)
          .optional(),
      }),
    ),
  },
  responses: {
    201: json(z.object({ noticeId: z.number() }), 'Received; a person decides and answers by email'),
    400: refusals[400],
    404: problemResponse('No such published review (or reply)'),
    422: problemResponse('Unknown criterion (`UNPROCESSABLE`, naming `criterion`)'),
  },
});

const appealRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'post',
  path: '/api/v1/reviews/appeals',
  tags: ['Reviews'],
  summary:
    'Contest a decision about your review, its photos or your block (email, order number, review date)',
  request: {
    ...body(
      z.object({
        email: z.string().max(300),
        orderNumber: z.string().max(20),
        reviewDate: z.string().max(20).openapi({ description: 'YYYY-MM-DD, the day the review was written' }),
        explanation: z.string().max(6000),
        reference: z
          .string()
          .max(64)
          .optional()
          .openapi({ description: 'The statement’s reference (to contest a block)' }),
      }),
    ),
  },
  responses: {
    201: json(z.object({ appealId: z.number(), kind: z.string() }), 'Received; a person decides'),
    400: refusals[400],
    403: problemResponse('Signed in as someone else than the review’s author'),
    409: problemResponse('An appeal against this decision is already open'),
    422: problemResponse('No decision matches (`UNPROCESSABLE`, naming `orderNumber`)'),
  },
});

export function registerReviewModeration(app: App, deps: Deps): void {
  registerReviewModerationApi(app, deps);
  registerConsoleReviewRoutes(app, deps);
  registerReviewModerationPages(app, deps);
  registerSellerReviewRoutes(app, deps);
}

function registerReviewModerationApi(app: App, deps: Deps): void {
  const operator = (c: C) => {
    const a = c.get('actor');
    if (!a) throw new AppError('UNAUTHORIZED', 'Sign in to continue');
    return a.userId;
  };
  const audit = (c: C, action: AuditAction, details: Record<string, unknown>) =>
    recordAudit(deps.db, { action, at: deps.clock.now(), actorUserId: operator(c), details });

  app.openapi(queueRoute, async (c) => {
    const now = deps.clock.now();
    const [photos, notices, appeals, blocks] = await Promise.all([
      photoQueue(deps.db, localDay(now, DEFAULT_MARKET.timeZone)),
      openNotices(deps.db),
      openAppeals(deps.db),
      blocksInForce(deps.db, now),
    ]);
    return c.json({ photos, notices, appeals, blocks }, 200);
  });

  app.openapi(photosRoute, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const r = await moderateReviewPhotos(
      deps,
      b.decision === 'approve'
        ? { reviewId: id, operatorUserId: operator(c), decision: 'approve' }
        : {
            reviewId: id,
            operatorUserId: operator(c),
            decision: 'reject',
            criterion: b.criterion ?? '',
            facts: b.facts ?? '',
          },
    );
    await audit(c, 'review.photos_moderated', { reviewId: id, ...r, criterion: b.criterion ?? null });
    return c.json({ ok: true as const, ...r }, 200);
  });

  app.openapi(removeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const r = await removeReview(deps, { reviewId: id, ...b, operatorUserId: operator(c) });
    await audit(c, 'review.removed', { reviewId: id, criterion: b.criterion, statementId: r.statementId });
    return c.json({ ok: true as const, ...r }, 200);
  });

  app.openapi(removeReplyRoute, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const r = await removeReviewReply(deps, { reviewId: id, ...b, operatorUserId: operator(c) });
    await audit(c, 'review.reply_removed', {
      reviewId: id,
      criterion: b.criterion,
      statementId: r.statementId,
    });
    return c.json({ ok: true as const, ...r }, 200);
  });

  app.openapi(noticeDecisionRoute, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const r = await decideReviewNotice(deps, {
      noticeId: id,
      uphold: b.uphold,
      facts: b.facts ?? '',
      operatorUserId: operator(c),
    });
    await audit(c, 'review.notice_decided', { noticeId: id, ...r });
    return c.json({ ok: true as const, ...r }, 200);
  });

  app.openapi(appealDecisionRoute, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const r = await decideReviewAppeal(deps, {
      appealId: id,
      reverse: b.reverse,
      note: b.note ?? '',
      operatorUserId: operator(c),
    });
    await audit(c, 'review.appeal_decided', { appealId: id, ...r });
    return c.json({ ok: true as const, ...r }, 200);
  });

  app.openapi(blockRoute, async (c) => {
    const b = c.req.valid('json');
    const r = await blockReviewer(deps, { ...b, operatorUserId: operator(c) });
    await audit(c, 'review.reviewer_blocked', { userId: b.userId, duration: b.duration, ...r });
    return c.json({ blockId: r.blockId, statementId: r.statementId }, 201);
  });

  app.openapi(noticeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const actor = c.get('actor') ?? null;
    const r = await submitReviewNotice(deps, {
      reviewId: id,
      ...b,
      userId: actor?.userId ?? null,
      locale: b.language ?? actor?.language ?? 'en',
    });
    return c.json(r, 201);
  });

  app.openapi(appealRoute, async (c) => {
    const { reference, ...form } = c.req.valid('json');
    const actor = c.get('actor') ?? null;
    const r = await submitReviewAppeal(deps, { form, reference, userId: actor?.userId ?? null });
    return c.json(r, 201);
  });
}
