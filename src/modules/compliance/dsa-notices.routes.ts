/**
 * DSA notice and action over HTTP (issue 16): the public notice and complaint endpoints (anyone;
 * rate-limited per IP like the contact form), the operator decisions under /api/v1/console/dsa
 * (compliance operators and moderators, audited), and the registration of the shop forms and the
 * console pages — one call from compliance.module.ts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { readerLocale } from '../../platform/i18n.ts';
import { DEFAULT_MARKET, MARKET_CODES, marketByCode } from '../../platform/markets.ts';
import { CONSOLE_DSA_RULES, registerConsoleDsaRoutes } from '../../web/console/dsa.routes.ts';
import { registerAccountDecisionPages } from '../../web/shop/decisions.routes.ts';
import { registerDsaPages } from '../../web/shop/dsa.routes.ts';
import { type AuditAction, recordAudit } from '../audit/record-audit.ts';
import { decideComplaint } from './decide-complaint.ts';
import { decideDsaNotice } from './decide-dsa-notice.ts';
import { CONTENT_KINDS, NOTICE_CATEGORY_CODES, NOTICE_DECISIONS } from './notice.rules.ts';
import { submitComplaint } from './submit-complaint.ts';
import { submitDsaNotice } from './submit-dsa-notice.ts';

export const DSA_API_RULES = { public: PUBLIC, decide: CONSOLE_DSA_RULES.decide } as const;

type C = Context<AppEnv>;
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const idParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const language = z
  .string()
  .regex(/^[a-z]{2}$/)
  .optional()
  .openapi({ description: 'The language to be answered in (default: the market’s)' });
const market = z
  .enum(MARKET_CODES)
  .optional()
  .openapi({ description: 'The market the content was seen on (default FR)' });
const denied = { 401: problemResponse('Not signed in'), 403: problemResponse('Not allowed') };

const noticeRoute = createRoute({
  middleware: [DSA_API_RULES.public] as const,
  method: 'post',
  path: '/api/v1/dsa/notices',
  tags: ['DSA'],
  summary: 'Report content believed illegal (DSA Art. 16): anyone, signed in or not',
  request: {
    ...body(
      z.object({
        contentKind: z
          .string()
          .max(20)
          .openapi({ description: CONTENT_KINDS.join(', ') }),
        url: z.string().max(2000).openapi({ description: 'The exact address of the content on this site' }),
        category: z
          .string()
          .max(50)
          .openapi({ description: NOTICE_CATEGORY_CODES.join(', ') }),
        explanation: z.string().max(6000),
        name: z.string().max(300).optional(),
        email: z.string().max(300).optional(),
        goodFaith: z.boolean().openapi({
          description:
            'The notifier states in good faith that the notice is accurate and complete (must be true)',
        }),
        market,
        language,
      }),
    ),
  },
  responses: {
    201: json(z.object({ noticeId: z.number() }), 'Received; a person decides and answers by email'),
    400: problemResponse('Bad input (`INVALID_INPUT`, naming the field: `url` when not on this site)'),
  },
});

const complaintRoute = createRoute({
  middleware: [DSA_API_RULES.public] as const,
  method: 'post',
  path: '/api/v1/dsa/complaints',
  tags: ['DSA'],
  summary:
    'Contest a decision (DSA Art. 20): a statement of reasons addressed to you, or the decision on your notice',
  request: {
    ...body(
      z.object({
        statementId: z.string().max(64).optional(),
        noticeId: z.number().int().positive().optional(),
        token: z.string().max(200).optional().openapi({ description: 'From the notice decision email' }),
        email: z
          .string()
          .max(300)
          .optional()
          .openapi({ description: 'Not signed in: the address the decision was sent to' }),
        explanation: z.string().max(6000),
        market,
      }),
    ),
  },
  responses: {
    201: json(z.object({ complaintId: z.number() }), 'Received; a person decides and answers by email'),
    400: problemResponse('Bad input (`INVALID_INPUT`, naming the field)'),
    403: problemResponse('Not the person the decision was addressed to'),
    404: problemResponse('No such decision'),
    409: problemResponse('A complaint about this decision is already open, or the notice is not decided'),
    422: problemResponse('More than 6 months after the person was informed (`WINDOW_CLOSED`)'),
  },
});

const noticeDecisionRoute = createRoute({
  middleware: [DSA_API_RULES.decide] as const,
  method: 'post',
  path: '/api/v1/console/dsa/notices/{id}/decision',
  tags: ['DSA'],
  summary:
    'Decide a notice: no action, remove the offer from sale, or remove the review (statement of reasons issued)',
  request: {
    params: idParam,
    ...body(
      z.object({
        decision: z
          .string()
          .max(30)
          .openapi({ description: NOTICE_DECISIONS.join(', ') }),
        reason: z.string().max(4000),
        ground: z.enum(['illegal_content', 'incompatible_terms']).optional(),
        legalGround: z.string().max(500).optional(),
        contractualGround: z.string().max(500).optional(),
      }),
    ),
  },
  responses: {
    200: json(z.object({ decision: z.string(), statementId: z.string().nullable() }), 'Decided'),
    400: problemResponse('Bad input (`INVALID_INPUT`, naming the field)'),
    ...denied,
    404: problemResponse('No such notice'),
    409: problemResponse('Already decided'),
    422: problemResponse('A decision that does not fit the content reported (`UNPROCESSABLE`)'),
  },
});

const complaintDecisionRoute = createRoute({
  middleware: [DSA_API_RULES.decide] as const,
  method: 'post',
  path: '/api/v1/console/dsa/complaints/{id}/decision',
  tags: ['DSA'],
  summary:
    'Decide a complaint: uphold (the decision is reversed where possible) or reject; the complainant is told',
  request: { params: idParam, ...body(z.object({ uphold: z.boolean(), note: z.string().max(4000) })) },
  responses: {
    200: json(z.object({ status: z.string(), reversal: z.string().nullable() }), 'Decided'),
    400: problemResponse('Bad input (`INVALID_INPUT`, naming `note`)'),
    ...denied,
    404: problemResponse('No such complaint'),
    409: problemResponse('Already decided'),
  },
});

export function registerDsaNotices(app: App, deps: Deps): void {
  const operator = (c: C) => {
    const a = c.get('actor');
    if (!a) throw new AppError('UNAUTHORIZED', 'Sign in to continue');
    return a.userId;
  };
  const audit = (c: C, action: AuditAction, details: Record<string, unknown>) =>
    recordAudit(deps.db, { action, at: deps.clock.now(), actorUserId: operator(c), details });

  app.openapi(noticeRoute, async (c) => {
    const { market: code, language: lang, ...form } = c.req.valid('json');
    const actor = c.get('actor') ?? null;
    const m = marketByCode(code ?? actor?.market ?? '') ?? DEFAULT_MARKET;
    const r = await submitDsaNotice(deps, {
      form,
      market: m.code,
      locale: readerLocale(lang ?? actor?.language ?? null, m),
      userId: actor?.userId ?? null,
    });
    return c.json(r, 201);
  });

  app.openapi(complaintRoute, async (c) => {
    const b = c.req.valid('json');
    const actor = c.get('actor') ?? null;
    const m = marketByCode(b.market ?? actor?.market ?? '') ?? DEFAULT_MARKET;
    const r = await submitComplaint(deps, {
      ...(b.statementId !== undefined ? { statementId: b.statementId } : {}),
      ...(b.noticeId !== undefined ? { noticeId: b.noticeId, token: b.token } : {}),
      explanation: b.explanation,
      email: b.email,
      userId: actor?.userId ?? null,
      sellerIds: actor ? [...actor.sellers.keys()] : [],
      market: m.code,
      locale: m.bcp47,
    });
    return c.json(r, 201);
  });

  app.openapi(noticeDecisionRoute, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const r = await decideDsaNotice(deps, { noticeId: id, ...b, operatorUserId: operator(c) });
    await audit(c, 'dsa.notice_decided', { noticeId: id, ...r });
    return c.json(r, 200);
  });

  app.openapi(complaintDecisionRoute, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const r = await decideComplaint(deps, { complaintId: id, ...b, operatorUserId: operator(c) });
    await audit(c, 'dsa.complaint_decided', { complaintId: id, ...r });
    return c.json(r, 200);
  });

  registerDsaPages(app, deps);
  registerAccountDecisionPages(app, deps);
  registerConsoleDsaRoutes(app, deps);
}
