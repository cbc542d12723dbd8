/**
 * DSA reporting over HTTP (issue 16): the operators' export of statements of reasons in the
 * Transparency Database's format, the public contact points (Arts. 11–12), and the registration
 * of the transparency report pages — one call from compliance.module.ts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, gte, lt } from 'drizzle-orm';
import type { Deps } from '../../app/deps.ts';
import { access, PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { registerTransparencyPages } from '../../web/shop/transparency.routes.ts';
import { statementsOfReasons } from './compliance.schema.ts';
import { contactPoints } from './contact-points.ts';
import { toTdbStatement } from './tdb.rules.ts';

/** Who reads what: the export is for compliance operators (and admins); contact points are public. */
export const DSA_REPORTING_RULES = {
  export: access({ kind: 'operator', roles: ['compliance'] }),
  public: PUBLIC,
} as const;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'must be a real date');

const exportRoute = createRoute({
  middleware: [DSA_REPORTING_RULES.export] as const,
  method: 'get',
  path: '/api/v1/compliance/statements-of-reasons',
  tags: ['DSA'],
  summary:
    'Statements of reasons in the DSA Transparency Database format (StatementStoreRequest), without personal data',
  request: {
    query: z.object({
      format: z.literal('dsa-tdb').openapi({ description: 'The only format: `dsa-tdb`' }),
      from: day.optional().openapi({ description: 'Effective on or after this day (UTC)' }),
      to: day.optional().openapi({ description: 'Effective before this day (UTC)' }),
      limit: z.coerce.number().int().min(1).max(5000).default(1000),
    }),
  },
  responses: {
    200: json(
      z.object({ statements: z.array(z.object({ puid: z.string() }).passthrough()) }),
      'The statements, oldest first',
    ),
    400: problemResponse('Bad query (`INVALID_INPUT`, naming the field: format, from, to, limit)'),
    401: problemResponse('Not signed in'),
    403: problemResponse('Not a compliance operator'),
  },
});

const contactPointsRoute = createRoute({
  middleware: [DSA_REPORTING_RULES.public] as const,
  method: 'get',
  path: '/api/v1/dsa/contact-points',
  tags: ['DSA'],
  summary: 'Points of contact for authorities (Art. 11: English or French) and for users (Art. 12)',
  responses: {
    200: json(
      z.object({
        authorities: z.object({ email: z.string(), languages: z.array(z.string()), legalName: z.string() }),
        users: z.object({
          email: z.string(),
          contactForms: z.record(z.string(), z.string()),
          languages: z.array(z.string()),
          automatedOnly: z.literal(false),
        }),
      }),
      'The contact points',
    ),
  },
});

export function registerDsaReporting(app: App, deps: Deps): void {
  app.openapi(exportRoute, async (c) => {
    const q = c.req.valid('query');
    const s = statementsOfReasons;
    const rows = await deps.db
      .select()
      .from(s)
      .where(
        and(
          q.from ? gte(s.effectiveAt, new Date(`${q.from}T00:00:00Z`)) : undefined,
          q.to ? lt(s.effectiveAt, new Date(`${q.to}T00:00:00Z`)) : undefined,
        ),
      )
      .orderBy(asc(s.effectiveAt), asc(s.id))
      .limit(q.limit);
    c.header('cache-control', 'no-store');
    return c.json({ statements: rows.map(toTdbStatement) }, 200);
  });

  app.openapi(contactPointsRoute, (c) => c.json(contactPoints(deps.config, deps.siteUrl), 200));

  registerTransparencyPages(app, deps);
}
