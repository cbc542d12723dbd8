/**
 * Data-subject requests over HTTP (issue 16): the public submission (the same as the form: an
 * email confirms it), a person's own requests with their due days, and the request desk's API for
 * operators (queue with timers, identity, extension, answer) — plus the registration of the pages
 * (the privacy centre, the public form, the console desk): one call from privacy.module.ts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../app/deps.ts';
import { localDay } from '../../platform/calendar.ts';
import { PUBLIC, SIGNED_IN } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { PRIVACY_DESK_RULES, registerConsolePrivacyDesk } from '../../web/console/privacy-requests.routes.ts';
import { registerPrivacyCentrePages } from '../../web/shop/privacy-centre.routes.ts';
import { registerPrivacyRequestPages } from '../../web/shop/privacy-request.routes.ts';
import { answerPrivacyRequest } from './answer-privacy-request.ts';
import { confirmRequesterIdentity } from './confirm-requester-identity.ts';
import { extendPrivacyRequest } from './extend-privacy-request.ts';
import { REQUEST_KINDS } from './privacy-choices.rules.ts';
import { DESK_FILTERS, deskQueue, type PrivacyRequestRow, requestsOf } from './privacy-requests.store.ts';
import { timerOf } from './request-deadline.rules.ts';
import { submitPrivacyRequest } from './submit-privacy-request.ts';

export const PRIVACY_REQUEST_API_RULES = {
  submit: PUBLIC,
  mine: SIGNED_IN,
  desk: PRIVACY_DESK_RULES.desk,
} as const;

const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const idParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const ZTimer = z.object({ state: z.enum(['due', 'overdue', 'closed']), days: z.number().optional() });
const ZRequest = z.object({
  id: z.number(),
  kind: z.string(),
  regime: z.enum(['gdpr', 'ccpa']),
  status: z.string(),
  receivedAt: z.string(),
  dueOn: z.string().openapi({ description: 'YYYY-MM-DD, the day the answer is due (market time zone)' }),
  extended: z.boolean(),
  timer: ZTimer,
});
const ZDeskRequest = ZRequest.extend({
  name: z.string(),
  email: z.string(),
  market: z.string(),
  userId: z.number().nullable(),
  identityVerified: z.boolean(),
});
const present = (r: PrivacyRequestRow, now: Date) => {
  const tm = timerOf(
    r.dueOn,
    localDay(now, (marketByCode(r.market) ?? DEFAULT_MARKET).timeZone),
    r.status === 'answered' || r.status === 'refused',
  );
  return {
    id: r.id,
    kind: r.kind,
    regime: r.regime,
    status: r.status,
    receivedAt: r.receivedAt.toISOString(),
    dueOn: r.dueOn,
    extended: !!r.extendedAt,
    timer: tm,
  };
};
const denied = {
  401: problemResponse('Not signed in'),
  403: problemResponse('Not a support or compliance operator'),
};
const refusals = {
  400: problemResponse('Bad input (`INVALID_INPUT`, naming the field)'),
  ...denied,
  404: problemResponse('No such request'),
  409: problemResponse(
    'Not open, identity not verified, already extended, or extended too late (`INVALID_STATE`)',
  ),
};

const submitRoute = createRoute({
  middleware: [PRIVACY_REQUEST_API_RULES.submit] as const,
  method: 'post',
  path: '/api/v1/privacy/requests',
  tags: ['Privacy'],
  summary: 'Send a data-subject request (GDPR Arts. 15–21; CCPA on the US market); an email link confirms it',
  request: {
    ...body(
      z.object({
        market: z.string().max(2).openapi({ example: 'FR' }),
        language: z
          .string()
          .regex(/^[a-z]{2}$/)
          .optional(),
        kind: z
          .string()
          .max(30)
          .openapi({ description: `One of ${REQUEST_KINDS.join(', ')} (know and do_not_sell: US only)` }),
        name: z.string().max(300),
        email: z.string().max(300),
        details: z.string().max(5000).optional(),
      }),
    ),
  },
  responses: {
    201: json(
      z.object({ requestId: z.number(), status: z.string(), dueOn: z.string() }),
      'Received; confirm it from the email',
    ),
    400: refusals[400],
  },
});

const mineRoute = createRoute({
  middleware: [PRIVACY_REQUEST_API_RULES.mine] as const,
  method: 'get',
  path: '/api/v1/me/privacy/requests',
  tags: ['Privacy'],
  summary: 'My data-subject requests, newest first, with their due days',
  responses: { 200: json(z.object({ requests: z.array(ZRequest) }), 'The requests'), 401: denied[401] },
});

const deskRoute = createRoute({
  middleware: [PRIVACY_REQUEST_API_RULES.desk] as const,
  method: 'get',
  path: '/api/v1/console/privacy-requests',
  tags: ['Privacy'],
  summary: 'The request desk: requests by due day (open ones by default) with their timers',
  request: { query: z.object({ status: z.enum(DESK_FILTERS).optional() }) },
  responses: { 200: json(z.object({ requests: z.array(ZDeskRequest) }), 'The queue'), ...denied },
});

const identityRoute = createRoute({
  middleware: [PRIVACY_REQUEST_API_RULES.desk] as const,
  method: 'post',
  path: '/api/v1/console/privacy-requests/{id}/verify-identity',
  tags: ['Privacy'],
  summary: 'Record that the requester’s identity was verified (how, in `note`)',
  request: { params: idParam, ...body(z.object({ note: z.string().max(2000) })) },
  responses: { 200: json(z.object({ userId: z.number().nullable() }), 'Verified'), ...refusals },
});

const extendRoute = createRoute({
  middleware: [PRIVACY_REQUEST_API_RULES.desk] as const,
  method: 'post',
  path: '/api/v1/console/privacy-requests/{id}/extend',
  tags: ['Privacy'],
  summary:
    'Extend once (GDPR: 1–2 months; CCPA: up to 45 days), within the first period, with reasons emailed',
  request: {
    params: idParam,
    ...body(z.object({ reason: z.string().max(4000), by: z.number().int().optional() })),
  },
  responses: { 200: json(z.object({ dueOn: z.string() }), 'Extended; the notice is sent'), ...refusals },
});

const answerRoute = createRoute({
  middleware: [PRIVACY_REQUEST_API_RULES.desk] as const,
  method: 'post',
  path: '/api/v1/console/privacy-requests/{id}/answer',
  tags: ['Privacy'],
  summary:
    'Answer: fulfil (data link, erasure, or a written answer) or refuse with reasons; the system emails it',
  request: {
    params: idParam,
    ...body(z.object({ outcome: z.string().max(20), text: z.string().max(8000).optional() })),
  },
  responses: {
    200: json(z.object({ status: z.string(), erased: z.boolean() }), 'Answered'),
    ...refusals,
  },
});

/** The API of data-subject requests and the pages of the privacy centre, form and desk. */
export function registerPrivacyRequests(app: App, deps: Deps): void {
  app.openapi(submitRoute, async (c) => {
    const b = c.req.valid('json');
    const market = marketByCode(b.market.toUpperCase()) ?? null;
    const locale = market ? `${b.language ?? market.bcp47.split('-')[0]}-${market.code}` : 'en';
    const r = await submitPrivacyRequest(deps, {
      market: market?.code ?? b.market,
      locale,
      kind: b.kind,
      name: b.name,
      email: b.email,
      details: b.details ?? '',
      userId: null,
    });
    return c.json(r, 201);
  });

  app.openapi(mineRoute, async (c) => {
    const now = deps.clock.now();
    const rows = await requestsOf(deps.db, c.get('actor')!.userId);
    return c.json({ requests: rows.map((r) => present(r, now)) }, 200);
  });

  app.openapi(deskRoute, async (c) => {
    const now = deps.clock.now();
    const rows = await deskQueue(deps.db, c.req.valid('query').status ?? 'open');
    return c.json(
      {
        requests: rows.map((r) => ({
          ...present(r, now),
          name: r.name,
          email: r.email,
          market: r.market,
          userId: r.userId,
          identityVerified: !!r.identityVerifiedAt,
        })),
      },
      200,
    );
  });

  app.openapi(identityRoute, async (c) => {
    const r = await confirmRequesterIdentity(deps, {
      requestId: c.req.valid('param').id,
      operatorUserId: c.get('actor')!.userId,
      note: c.req.valid('json').note,
    });
    return c.json(r, 200);
  });

  app.openapi(extendRoute, async (c) => {
    const b = c.req.valid('json');
    const r = await extendPrivacyRequest(deps, {
      requestId: c.req.valid('param').id,
      operatorUserId: c.get('actor')!.userId,
      reason: b.reason,
      ...(b.by !== undefined ? { by: b.by } : {}),
    });
    return c.json(r, 200);
  });

  app.openapi(answerRoute, async (c) => {
    const b = c.req.valid('json');
    const r = await answerPrivacyRequest(deps, {
      requestId: c.req.valid('param').id,
      operatorUserId: c.get('actor')!.userId,
      outcome: b.outcome,
      text: b.text ?? '',
    });
    return c.json({ status: r.status, erased: r.erased }, 200);
  });

  registerPrivacyCentrePages(app, deps);
  registerPrivacyRequestPages(app, deps);
  registerConsolePrivacyDesk(app, deps);
}
