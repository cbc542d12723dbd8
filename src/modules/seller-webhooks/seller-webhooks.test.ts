import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { isAppError } from '../../platform/errors.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { webhookDeliveries } from './seller-webhooks.schema.ts';
import {
  checkWebhookUrl,
  deliverSellerWebhooksJob,
  deliverWebhooks,
  enqueueEvent,
  listWebhooks,
  MAX_WEBHOOK_ATTEMPTS,
  recentDeliveries,
  retryDelayMs,
  signatureHeader,
  subscribe,
  unsubscribe,
  verifySignature,
} from './seller-webhooks.ts';
import type { HostResolver } from './webhook-sender.ts';
import { NO_PRIVATE_TARGETS, parseTargetAllowList, type TargetAllowList } from './webhook-target.rules.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Received = { path: string; headers: IncomingHttpHeaders; body: string };

/** A real endpoint on 127.0.0.1: records what it receives, answers with the queued statuses (then 200). */
async function startReceiver() {
  const received: Received[] = [];
  const answers = new Map<string, number[]>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const path = req.url ?? '/';
      if (path === '/hang') return; // never answers
      received.push({ path, headers: req.headers, body });
      const queue = answers.get(path) ?? [];
      const status = path === '/always-503' ? 503 : (queue.shift() ?? 200);
      res.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    answers,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.each(ENGINES)('seller webhooks on %s', (engine) => {
  let t: T;
  let sellerId: number;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  /** The receiver runs on this machine: allow-listed, as a private deployment would. */
  const LOCAL = parseTargetAllowList('127.0.0.1');
  const run = (extra: { timeoutMs?: number; targets?: TargetAllowList; resolve?: HostResolver } = {}) =>
    deliverWebhooks({
      db: t.deps.db,
      clock: t.clock,
      logger: t.deps.logger,
      batch: 50,
      targets: LOCAL,
      ...extra,
    });
  const deliveryRow = async (id: number) =>
    (await t.deps.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)))[0]!;
  const lastDeliveryId = async () => (await recentDeliveries(t.deps.db, sellerId, 1))[0]!.id;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 8 });
    const [s] = await t.deps.db.select({ id: sellers.id }).from(sellers).limit(1);
    sellerId = s!.id;
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  it('accepts https and local http endpoints only, and known events only', async () => {
    expect(checkWebhookUrl('https://example.com/hook')).toEqual({ url: 'https://example.com/hook' });
    expect(checkWebhookUrl('http://localhost:8080/x', true, parseTargetAllowList('localhost'))).toEqual({
      url: 'http://localhost:8080/x',
    });
    expect('error' in checkWebhookUrl('http://localhost:8080/x')).toBe(true);
    expect('error' in checkWebhookUrl('http://example.com/hook')).toBe(true);
    expect('error' in checkWebhookUrl('ftp://example.com/hook')).toBe(true);
    expect('error' in checkWebhookUrl('https://user:pw@example.com/')).toBe(true);
    expect('error' in checkWebhookUrl('http://127.0.0.1/x', false)).toBe(true);
    const refused = await subscribe(t.deps.db, {
      sellerId,
      url: 'http://example.com',
      events: ['order.created', 'order.exploded'],
    }).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.fields.map((f) => f.field)).toEqual(['url', 'events']);
  });

  it('delivers a signed event to a real endpoint; the signature verifies', async () => {
    const { id, secret } = await subscribe(t.deps.db, {
      sellerId,
      url: receiver.url('/ok'),
      targets: LOCAL,
      events: ['order.created', 'order_line.updated'],
      now: t.clock.now(),
    });
    expect(secret).toMatch(/^whsec_/);
    expect((await listWebhooks(t.deps.db, sellerId)).map((w) => w.id)).toContain(id);
    const now = t.clock.now();
    expect(
      await enqueueEvent(t.deps.db, {
        sellerId,
        event: 'order.created',
        payload: { order_id: 42, state: 1 },
        now,
      }),
    ).toEqual({ deliveries: 1 });
    // Not subscribed to this one.
    expect(
      await enqueueEvent(t.deps.db, { sellerId, event: 'listing.buybox_changed', payload: {}, now }),
    ).toEqual({ deliveries: 0 });

    expect(await run()).toEqual({ delivered: 1, failed: 0, abandoned: 0 });
    const got = receiver.received.filter((r) => r.path === '/ok');
    expect(got).toHaveLength(1);
    const { headers, body } = got[0]!;
    expect(headers['content-type']).toBe('application/json');
    expect(headers['reloop-event']).toBe('order.created');
    const deliveryId = await lastDeliveryId();
    expect(headers['reloop-delivery']).toBe(String(deliveryId));
    const parsed = JSON.parse(body);
    expect(parsed).toMatchObject({ id: deliveryId, event: 'order.created', seller_id: sellerId });
    expect(parsed.data).toEqual({ order_id: 42, state: 1 });
    const sig = headers['reloop-signature'] as string;
    expect(sig).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, sig, body, t.clock.now())).toBe(true);
    expect(verifySignature('whsec_wrong', sig, body, t.clock.now())).toBe(false);
    expect(verifySignature(secret, sig, `${body} `, t.clock.now())).toBe(false);
    expect(verifySignature(secret, sig, body, new Date(t.clock.now().getTime() + 301_000))).toBe(false);
    expect(verifySignature(secret, undefined, body, t.clock.now())).toBe(false);
    expect(verifySignature(secret, 't=1,v1=zz', body, t.clock.now())).toBe(false);
    const row = await deliveryRow(deliveryId);
    expect(row.deliveredAt).not.toBeNull();
    expect(row.lastStatus).toBe(200);
    expect(row.attempts).toBe(1);
    // Nothing left to send.
    expect(await run()).toEqual({ delivered: 0, failed: 0, abandoned: 0 });
    await unsubscribe(t.deps.db, { sellerId, webhookId: id });
  });

  it('retries a failing endpoint after the back-off and succeeds later', async () => {
    receiver.answers.set('/flaky', [500, 502]);
    const { id, secret } = await subscribe(t.deps.db, {
      sellerId,
      url: receiver.url('/flaky'),
      targets: LOCAL,
      events: ['order_line.updated'],
    });
    await enqueueEvent(t.deps.db, {
      sellerId,
      event: 'order_line.updated',
      payload: { order_id: 7, order_line_id: 9, state: 3 },
      now: t.clock.now(),
    });
    const deliveryId = await lastDeliveryId();
    expect(await run()).toEqual({ delivered: 0, failed: 1, abandoned: 0 });
    let row = await deliveryRow(deliveryId);
    expect(row).toMatchObject({ attempts: 1, lastStatus: 500, lastError: 'HTTP 500', deliveredAt: null });
    expect(new Date(row.nextAttemptAt).getTime() - t.clock.now().getTime()).toBe(60_000);
    expect((await recentDeliveries(t.deps.db, sellerId, 1))[0]!.status).toBe('retrying');

    // Not due yet.
    t.clock.advance(59_000);
    expect(await run()).toEqual({ delivered: 0, failed: 0, abandoned: 0 });
    t.clock.advance(1_000);
    expect(await run()).toEqual({ delivered: 0, failed: 1, abandoned: 0 });
    row = await deliveryRow(deliveryId);
    expect(row).toMatchObject({ attempts: 2, lastStatus: 502 });
    expect(new Date(row.nextAttemptAt).getTime() - t.clock.now().getTime()).toBe(120_000);

    t.clock.advance(119_000);
    expect(await run()).toEqual({ delivered: 0, failed: 0, abandoned: 0 });
    t.clock.advance(1_000);
    expect(await run()).toEqual({ delivered: 1, failed: 0, abandoned: 0 });
    row = await deliveryRow(deliveryId);
    expect(row).toMatchObject({ attempts: 3, lastStatus: 200, lastError: null });
    expect(row.deliveredAt).not.toBeNull();
    const got = receiver.received.filter((r) => r.path === '/flaky');
    expect(got).toHaveLength(3);
    // Each attempt is signed afresh; every one verifies at its own time.
    expect(new Set(got.map((g) => g.headers['reloop-delivery']))).toEqual(new Set([String(deliveryId)]));
    const last = got[2]!;
    expect(
      verifySignature(secret, last.headers['reloop-signature'] as string, last.body, t.clock.now()),
    ).toBe(true);
    await unsubscribe(t.deps.db, { sellerId, webhookId: id });
  });

  it('gives up after 10 attempts, backing off up to 6 hours', async () => {
    expect([1, 2, 3, 9, 10, 20].map(retryDelayMs)).toEqual([
      60_000,
      120_000,
      240_000,
      256 * 60_000,
      6 * 60 * 60_000,
      6 * 60 * 60_000,
    ]);
    const { id } = await subscribe(t.deps.db, {
      sellerId,
      url: receiver.url('/always-503'),
      targets: LOCAL,
      events: ['listing.buybox_changed'],
    });
    await enqueueEvent(t.deps.db, {
      sellerId,
      event: 'listing.buybox_changed',
      payload: { listing_id: 'x', market: 'fr-fr' },
      now: t.clock.now(),
    });
    const deliveryId = await lastDeliveryId();
    for (let attempt = 1; attempt <= MAX_WEBHOOK_ATTEMPTS; attempt++) {
      const report = await run();
      expect(report, `attempt ${attempt}`).toEqual(
        attempt < MAX_WEBHOOK_ATTEMPTS
          ? { delivered: 0, failed: 1, abandoned: 0 }
          : { delivered: 0, failed: 0, abandoned: 1 },
      );
      t.clock.advance(retryDelayMs(attempt));
    }
    t.clock.advance(24 * 60 * 60_000);
    expect(await run()).toEqual({ delivered: 0, failed: 0, abandoned: 0 });
    const row = await deliveryRow(deliveryId);
    expect(row).toMatchObject({ attempts: 10, lastStatus: 503, deliveredAt: null });
    expect((await recentDeliveries(t.deps.db, sellerId, 1))[0]!.status).toBe('failed');
    expect(receiver.received.filter((r) => r.path === '/always-503')).toHaveLength(10);
    await unsubscribe(t.deps.db, { sellerId, webhookId: id });
  });

  it('times out a silent endpoint, and stops delivering once unsubscribed', async () => {
    const { id } = await subscribe(t.deps.db, {
      sellerId,
      url: receiver.url('/hang'),
      targets: LOCAL,
      events: ['order.created'],
    });
    await enqueueEvent(t.deps.db, { sellerId, event: 'order.created', payload: {}, now: t.clock.now() });
    const deliveryId = await lastDeliveryId();
    expect(await run({ timeoutMs: 200 })).toEqual({ delivered: 0, failed: 1, abandoned: 0 });
    expect((await deliveryRow(deliveryId)).lastError).toMatch(/timed out/);
    await unsubscribe(t.deps.db, { sellerId, webhookId: id });
    await expect(unsubscribe(t.deps.db, { sellerId, webhookId: id })).rejects.toThrow();
    t.clock.advance(60 * 60_000);
    expect(await run()).toEqual({ delivered: 0, failed: 0, abandoned: 0 });
    expect(
      await enqueueEvent(t.deps.db, { sellerId, event: 'order.created', payload: {}, now: t.clock.now() }),
    ).toEqual({
      deliveries: 0,
    });
  });

  it('refuses private targets at registration with a field error', async () => {
    for (const url of [
      'https://10.0.0.5/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://localhost/hook',
      'http://127.0.0.1:8080/hook',
    ]) {
      const refused = await subscribe(t.deps.db, { sellerId, url, events: ['order.created'] }).catch(
        (e: unknown) => e,
      );
      expect(isAppError(refused) && refused.fields, url).toEqual([
        { field: 'url', message: 'must not point to a private, loopback or link-local address' },
      ]);
    }
  });

  it('refuses at connect time a name that resolves to a private address; the seller sees a generic error', async () => {
    // Registered while the name pointed elsewhere (or through a DNS rebinding): public at first sight.
    const { id } = await subscribe(t.deps.db, {
      sellerId,
      url: 'https://rebound.example.com/hook',
      events: ['order.created'],
    });
    await enqueueEvent(t.deps.db, { sellerId, event: 'order.created', payload: {}, now: t.clock.now() });
    const deliveryId = await lastDeliveryId();
    const asked: string[] = [];
    const resolve: HostResolver = async (host) => {
      asked.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    expect(await run({ resolve, targets: NO_PRIVATE_TARGETS })).toEqual({
      delivered: 0,
      failed: 1,
      abandoned: 0,
    });
    expect(asked).toEqual(['rebound.example.com']);
    expect(await deliveryRow(deliveryId)).toMatchObject({
      lastStatus: null,
      lastError: 'delivery failed: connection refused by policy',
    });
    await unsubscribe(t.deps.db, { sellerId, webhookId: id });

    // The real resolution of `localhost`, allowed when registered, no longer allowed when sent.
    const named = await subscribe(t.deps.db, {
      sellerId,
      url: receiver.url('/named').replace('127.0.0.1', 'localhost'),
      events: ['order.created'],
      targets: parseTargetAllowList('localhost'),
    });
    await enqueueEvent(t.deps.db, { sellerId, event: 'order.created', payload: {}, now: t.clock.now() });
    t.clock.advance(60 * 60_000);
    expect(await run({ targets: NO_PRIVATE_TARGETS })).toEqual({ delivered: 0, failed: 1, abandoned: 0 });
    expect((await deliveryRow(await lastDeliveryId())).lastError).toBe(
      'delivery failed: connection refused by policy',
    );
    expect(receiver.received.filter((r) => r.path === '/named')).toHaveLength(0);
    await unsubscribe(t.deps.db, { sellerId, webhookId: named.id });
  });

  it('shows a generic error, never the connection details, when an endpoint cannot be reached', async () => {
    const { id } = await subscribe(t.deps.db, {
      sellerId,
      url: 'http://127.0.0.1:1/closed',
      events: ['order.created'],
      targets: LOCAL,
    });
    await enqueueEvent(t.deps.db, { sellerId, event: 'order.created', payload: {}, now: t.clock.now() });
    t.clock.advance(60 * 60_000);
    expect(await run()).toEqual({ delivered: 0, failed: 1, abandoned: 0 });
    const row = await deliveryRow(await lastDeliveryId());
    expect(row.lastError).toBe('delivery failed: connection error');
    const [shown] = await recentDeliveries(t.deps.db, sellerId, 1);
    expect(shown!.lastError).not.toMatch(/127\.0\.0\.1|ECONN|fetch/);
    await unsubscribe(t.deps.db, { sellerId, webhookId: id });
  });

  it('exports the job', async () => {
    const job = deliverSellerWebhooksJob(t.deps);
    expect(job.name).toBe('deliver-seller-webhooks');
    expect(job.everyMs).toBe(10_000);
    expect(await job.run()).toEqual({ delivered: 0, failed: 0, abandoned: 0 });
    expect(signatureHeader('s', '{}', new Date(1_000_000))).toMatch(/^t=1000,v1=/);
  });
});
