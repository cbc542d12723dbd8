import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../app/deps.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { CARRIERS } from './carriers.ts';
import { PARCEL_STATUSES } from './parcel.rules.ts';
import { receiveCarrierEvent } from './receive-carrier-event.ts';

export const carrierEventRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'post',
  path: '/api/v1/carriers/{carrier}/events',
  tags: ['Delivery'],
  summary: 'A carrier’s tracking event (signed)',
  description:
    'Body `{ tracking_number, status, occurred_at, detail? }`, signed with the carrier secret: `Reloop-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, five minutes’ tolerance. Statuses only move a parcel forward; every event is kept.',
  request: {
    params: z.object({
      carrier: z
        .enum(CARRIERS.filter((c) => c.mode === 'webhook').map((c) => c.code) as [string, ...string[]])
        .openapi({ param: { name: 'carrier', in: 'path' } }),
    }),
  },
  responses: {
    200: json(z.object({ status: z.enum(PARCEL_STATUSES), moved: z.boolean() }), 'Recorded'),
    400: problemResponse('Bad signature or body'),
    404: problemResponse('Unknown carrier or parcel'),
  },
});

export function registerDeliveryRoutes(app: App, deps: Deps): void {
  app.openapi(carrierEventRoute, async (c) => {
    const r = await receiveCarrierEvent(
      { db: deps.db, now: deps.clock.now(), secret: deps.config.CARRIER_WEBHOOK_SECRET },
      {
        carrier: c.req.valid('param').carrier,
        body: await c.req.text(),
        signature: c.req.header('reloop-signature'),
      },
    );
    return c.json({ status: r.status, moved: r.moved }, 200);
  });
}
