/**
 * Two workers delivering seller webhooks at the same time, on PostgreSQL (PGlite has one
 * connection: nothing runs concurrently there). Each run leases its deliveries (row locks skipped
 * by the other run, next attempt moved past the lease) before sending, so no event is sent twice.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { type Database, openPostgres } from '../../platform/db/client.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { deliverWebhooks, enqueueEvent, subscribe } from './seller-webhooks.ts';
import { parseTargetAllowList } from './webhook-target.rules.ts';

const EVENTS = 120;
const LOCAL = parseTargetAllowList('127.0.0.1');

describe.skipIf(!ENGINES.includes('postgres'))('seller webhooks with two workers on postgres', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let other: Database;
  const received = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const id = String(req.headers['reloop-delivery']);
      received.set(id, (received.get(id) ?? 0) + 1);
      // A slow receiver keeps both runs busy at the same time.
      setTimeout(() => res.writeHead(200).end('ok'), 15);
    });
  });

  beforeAll(async () => {
    t = await createTestApp('postgres', { products: 4, sellers: 2, offers: 8 });
    other = await openPostgres(t.database.url!, 5);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  }, 60_000);
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await other?.close();
    await t?.close();
  });

  it('sends every event once when two runs deliver at the same time', async () => {
    const [s] = await t.deps.db.select({ id: sellers.id }).from(sellers).orderBy(asc(sellers.id)).limit(1);
    const port = (server.address() as AddressInfo).port;
    await subscribe(t.deps.db, {
      sellerId: s!.id,
      url: `http://127.0.0.1:${port}/hook`,
      events: ['order.created'],
      targets: LOCAL,
      now: t.clock.now(),
    });
    for (let i = 0; i < EVENTS; i++)
      await enqueueEvent(t.deps.db, {
        sellerId: s!.id,
        event: 'order.created',
        payload: { order_id: i },
        now: t.clock.now(),
      });
    const run = (db: Database) =>
      deliverWebhooks({ db: db.db, clock: t.clock, logger: t.deps.logger, batch: 20, targets: LOCAL });
    let delivered = 0;
    for (let round = 0; round < 20 && delivered < EVENTS; round++) {
      const reports = await Promise.all([run(t.database), run(other), run(t.database), run(other)]);
      for (const r of reports) {
        expect(r.failed + r.abandoned).toBe(0);
        delivered += r.delivered;
      }
    }
    expect(delivered).toBe(EVENTS);
    expect(received.size).toBe(EVENTS);
    expect([...received.values()].filter((n) => n !== 1)).toEqual([]);
  }, 60_000);
});
