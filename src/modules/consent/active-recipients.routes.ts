import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../app/deps.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { json } from '../../platform/http/openapi.ts';
import { averageMonthlyActiveRecipients } from './active-recipients.read-model.ts';
import { recipientsMethod } from './active-recipients.rules.ts';

const ZActiveRecipientsSchema = z
  .object({
    periodStart: z.string().date().openapi({ example: '2026-05-01' }),
    periodEnd: z.string().date().openapi({ example: '2026-10-31' }),
    averageMonthlyActiveRecipients: z.number().int().min(0).openapi({ example: 1840 }),
    method: z.string(),
  })
  .openapi('ActiveRecipients');

export const activeRecipientsRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/dsa/active-recipients',
  tags: ['DSA'],
  summary: 'Average monthly active recipients in the EU over the past six months (DSA Art. 24(2))',
  description:
    'The figure published on every market’s legal information page: per calendar month, the distinct recipients active in an EU market (signed-in users who viewed a page or ordered, sellers who received an order, visitors counted under a daily anonymous key), averaged over the six full months before the current one. `method` says exactly how, and which raw events it is recomputed from.',
  responses: { 200: json(ZActiveRecipientsSchema, 'The figure, its period (ISO dates) and its method') },
});

/** `GET /api/v1/dsa/active-recipients`: public, no personal data. */
export function registerActiveRecipientsApi(app: App, deps: Pick<Deps, 'db' | 'clock'>): void {
  app.openapi(activeRecipientsRoute, async (c) => {
    const r = await averageMonthlyActiveRecipients(deps.db, deps.clock.now());
    return c.json(
      {
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        averageMonthlyActiveRecipients: r.averageMonthlyActiveRecipients,
        method: recipientsMethod(r),
      },
      200,
    );
  });
}
