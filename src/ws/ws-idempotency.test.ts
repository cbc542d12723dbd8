// biome-ignore-all lint/suspicious/noExplicitAny: JSON bodies of the API under test
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { buildHttpApp } from '../app/http-app.ts';
import { offerPrices, offers } from '../modules/offers/offers.schema.ts';
import { createApiKey } from '../modules/seller-api/api-keys.ts';
import { purgeIdempotencyKeys } from '../modules/seller-api/purge-idempotency-keys.ts';
import { wsIdempotencyKeys } from '../modules/seller-api/seller-api.schema.ts';
import { type App, createApp } from '../platform/http/app.ts';
import { wsAuthenticate } from './ws-auth.ts';
import { requestHash, wsIdempotency } from './ws-idempotency.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const UA = 'BM-Reloop-TestSuite;qa@example.com';
const MIN = 60_000;
const HOUR = 3_600_000;

describe.each(ENGINES)('Idempotency-Key on /ws, kept in the database, on %s', (engine) => {
  let t: T;
  let sellerId: number;
  let token: string;
  let offerId: number;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 2, offers: 20 });
    const [o] = await t.deps.db
      .select({ id: offers.id, sellerId: offers.sellerId })
      .from(offers)
      .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
      .orderBy(offers.id)
      .limit(1);
    offerId = o!.id;
    sellerId = o!.sellerId;
    token = (await createApiKey(t.deps.db, { sellerId, name: 'idem', createdBy: null, now: t.clock.now() }))
      .token;
  });
  afterAll(() => t.close());
  // Fresh rate-limit windows for every test (the clock is fixed).
  beforeEach(() => t.clock.advance(25_000));

  async function call(
    method: string,
    path: string,
    o: { body?: unknown; key?: string; app?: App } = {},
  ): Promise<{ status: number; headers: Headers; body: any }> {
    const res = await (o.app ?? t.app).request(path, {
      method,
      headers: {
        'user-agent': UA,
        'accept-language': 'fr-fr',
        authorization: `Basic ${token}`,
        ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(o.key ? { 'idempotency-key': o.key } : {}),
      },
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: res.status, headers: res.headers, body };
  }

  const listing = '/ws/listings/';
  const setQuantity = (quantity: number, key?: string, app?: App) =>
    call('POST', `${listing}${offerId}`, { body: { quantity }, key, app });
  const quantity = async () => (await call('GET', `${listing}${offerId}`)).body.quantity as number;
  const rowOf = async (key: string) => {
    const [row] = await t.deps.db
      .select()
      .from(wsIdempotencyKeys)
      .where(and(eq(wsIdempotencyKeys.sellerId, sellerId), eq(wsIdempotencyKeys.key, key)));
    return row;
  };
  /** A row written as another process would: a claim in progress, or a kept answer. */
  const insertRow = (key: string, quantity: number, createdAt: Date, status: number | null = null) =>
    t.deps.db.insert(wsIdempotencyKeys).values({
      sellerId,
      method: 'POST',
      path: `${listing}${offerId}`,
      key,
      requestHash: requestHash('application/json', new TextEncoder().encode(JSON.stringify({ quantity }))),
      status,
      headers: status === null ? null : JSON.stringify([['content-type', 'application/json']]),
      body: status === null ? null : Buffer.from('{"old":true}').toString('base64'),
      createdAt,
      completedAt: status === null ? null : createdAt,
    });

  it('replays the first answer without running again, from any app instance over the database', async () => {
    const first = await setQuantity(9, 'replay-1');
    expect(first.status).toBe(200);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await quantity()).toBe(9);
    expect(await rowOf('replay-1')).toMatchObject({ status: 200, completedAt: expect.any(Date) });

    await setQuantity(4); // changed meanwhile, without a key
    const replay = await setQuantity(9, 'replay-1');
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(replay.body).toEqual(first.body);
    expect(await quantity()).toBe(4); // not run again

    // Another process: its own memory is empty, the answer comes from the table.
    const other = buildHttpApp(t.deps);
    const elsewhere = await setQuantity(9, 'replay-1', other);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.headers.get('idempotent-replayed')).toBe('true');
    expect(elsewhere.body).toEqual(first.body);
    expect(await quantity()).toBe(4);
  });

  it('refuses the same key with another body (422) and changes nothing', async () => {
    expect((await setQuantity(5, 'reuse-1')).status).toBe(200);
    const other = await setQuantity(6, 'reuse-1');
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency-key-reused');
    expect(await quantity()).toBe(5);
    expect((await rowOf('reuse-1'))!.status).toBe(200);
  });

  it('answers 409 with Retry-After while another process holds the key; takes over an abandoned claim', async () => {
    await setQuantity(3);
    await insertRow('busy-1', 8, t.clock.now());
    const busy = await setQuantity(8, 'busy-1');
    expect(busy.status).toBe(409);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(busy.body.error.code).toBe('idempotency-key-in-progress');
    expect(await quantity()).toBe(3);
    expect((await rowOf('busy-1'))!.status).toBeNull();

    await insertRow('abandoned-1', 8, new Date(t.clock.now().getTime() - 2 * MIN));
    const taken = await setQuantity(8, 'abandoned-1');
    expect(taken.status).toBe(200);
    expect(taken.headers.get('idempotent-replayed')).toBeNull();
    expect(await quantity()).toBe(8);
    expect(await rowOf('abandoned-1')).toMatchObject({ status: 200, createdAt: t.clock.now() });
    expect((await setQuantity(8, 'abandoned-1')).headers.get('idempotent-replayed')).toBe('true');
  });

  it('forgets keys after 24 hours: such a key runs again, and the job purges the rows', async () => {
    const now = t.clock.now().getTime();
    await setQuantity(2);
    await insertRow('old-1', 7, new Date(now - 25 * HOUR), 200);
    await insertRow('old-2', 7, new Date(now - 24 * HOUR - MIN), 200);
    await insertRow('recent-1', 7, new Date(now - 23 * HOUR), 200);

    const again = await setQuantity(7, 'old-1');
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(again.body).not.toEqual({ old: true });
    expect(await quantity()).toBe(7);
    expect((await rowOf('old-1'))!.createdAt).toEqual(t.clock.now());
    // A recent kept answer is replayed as stored.
    const recent = await setQuantity(7, 'recent-1');
    expect(recent.headers.get('idempotent-replayed')).toBe('true');
    expect(recent.body).toEqual({ old: true });

    expect(await purgeIdempotencyKeys(t.deps)).toEqual({ purged: 1 });
    expect(await rowOf('old-2')).toBeUndefined();
    expect(await rowOf('old-1')).toBeDefined();
    expect(await rowOf('recent-1')).toBeDefined();
    expect(await purgeIdempotencyKeys(t.deps)).toEqual({ purged: 0 });
  });

  describe('the middleware alone', () => {
    let probe: App;
    let runs = 0;
    let answer: () => Promise<Response> = async () => new Response(null);
    beforeAll(() => {
      probe = createApp({ logger: t.deps.logger, renderErrorPage: (c, s, m) => c.text(m, s as 500) });
      probe.use('/ws/*', wsAuthenticate(t.deps));
      probe.use(
        '/ws/*',
        wsIdempotency(t.deps, () => {}),
      );
      probe.post('/ws/probe', async () => {
        runs++;
        return answer();
      });
    });
    beforeEach(() => {
      runs = 0;
    });

    it('keeps no 5xx, 429 or thrown answer: the retry runs again', async () => {
      const failures = [
        async () => new Response('down', { status: 503 }),
        async () => new Response('slow down', { status: 429 }),
        async () => {
          throw new Error('boom');
        },
      ];
      for (const [i, fail] of failures.entries()) {
        const key = `fail-${i}`;
        answer = fail;
        expect((await call('POST', '/ws/probe', { body: { a: 1 }, key, app: probe })).status).toBeGreaterThan(
          428,
        );
        expect(await rowOf(key)).toBeUndefined();
        answer = async () => Response.json({ ok: true }, { status: 201 });
        const retry = await call('POST', '/ws/probe', { body: { a: 1 }, key, app: probe });
        expect(retry.status).toBe(201);
        expect(retry.headers.get('idempotent-replayed')).toBeNull();
        const replay = await call('POST', '/ws/probe', { body: { a: 1 }, key, app: probe });
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
      }
      expect(runs).toBe(6);
    });

    it('makes a duplicate in the same process wait for the first, then replays it', async () => {
      let open!: () => void;
      const gate = new Promise<void>((r) => {
        open = r;
      });
      answer = async () => {
        await gate;
        return Response.json({ n: runs }, { status: 201 });
      };
      const first = call('POST', '/ws/probe', { body: { b: 1 }, key: 'wait-1', app: probe });
      while (!(await rowOf('wait-1'))) await new Promise((r) => setTimeout(r, 5));
      const second = call('POST', '/ws/probe', { body: { b: 1 }, key: 'wait-1', app: probe });
      const other = await call('POST', '/ws/probe', { body: { b: 2 }, key: 'wait-1', app: probe });
      expect(other.status).toBe(422);
      await new Promise((r) => setTimeout(r, 20));
      open();
      const [a, b] = await Promise.all([first, second]);
      expect(runs).toBe(1);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(b.body).toEqual(a.body);
      expect(b.headers.get('idempotent-replayed')).toBe('true');
    });
  });
});
