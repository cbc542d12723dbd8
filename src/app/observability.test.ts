import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { enqueueEvent, subscribe } from '../modules/seller-webhooks/seller-webhooks.ts';
import { mailOutbox } from '../platform/mail/mail.schema.ts';
import { buildHttpApp } from './http-app.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const TOKEN = 'metrics-token-0123456789';

/** The value of one series in a Prometheus text answer (0 when absent). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe.each(ENGINES)('GET /metrics on %s', (engine) => {
  let t: T;
  const scrape = async (headers: Record<string, string> = {}) => {
    const res = await t.app.request('/metrics', { headers });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 3, sellers: 2, offers: 6 }, { RATE_LIMIT_ANON_PER_MIN: '3' });
  });
  afterAll(() => t.close());

  it('counts requests by route pattern and status, and times them per status class', async () => {
    const before = (await scrape()).text;
    const series = '{method="GET",route="/api/v1/products/:idOrSlug",status="200"}';
    const [product] = await t.deps.database.rows<{ id: number }>(
      sql`SELECT id FROM products ORDER BY id LIMIT 1`,
    );
    for (const ref of [String(product!.id), String(product!.id)])
      expect((await t.app.request(`/api/v1/products/${ref}?market=fr-fr`)).status).toBe(200);
    await t.app.request('/no/such/page');
    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toContain('text/plain; version=0.0.4');
    expect(
      sample(text, `reloop_http_requests_total${series}`) -
        sample(before, `reloop_http_requests_total${series}`),
    ).toBe(2);
    expect(
      sample(
        text,
        'reloop_http_request_duration_seconds_count{method="GET",route="/api/v1/products/:idOrSlug",status_class="2xx"}',
      ),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(text, 'reloop_http_requests_total{method="GET",route="unmatched",status="404"}'),
    ).toBeGreaterThanOrEqual(1);
    // Never a raw path: a label holds a pattern, whatever was asked.
    expect(text).not.toContain(`/api/v1/products/${product!.id}"`);
    expect(text).not.toContain('/no/such/page');
  });

  it('a request a middleware answered (429) counts under the route it was for', async () => {
    const get = () =>
      t.app.request('/api/v1/products?market=fr-fr', { headers: { 'x-forwarded-for': '203.0.113.7' } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await get()).status);
    expect(statuses).toContain(429);
    expect(
      sample(
        (await scrape()).text,
        'reloop_http_requests_total{method="GET",route="/api/v1/products",status="429"}',
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it('probes and scrapes are not rate-limited', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.8' };
    for (let i = 0; i < 6; i++) {
      expect((await t.app.request('/healthz', { headers })).status).toBe(200);
      expect((await t.app.request('/readyz', { headers })).status).toBe(200);
      expect((await scrape()).status).toBe(200);
    }
  });

  it('shows process, pool and job metrics', async () => {
    const { text } = await scrape();
    for (const name of [
      'reloop_process_cpu_seconds_total',
      'reloop_process_resident_memory_bytes',
      'reloop_nodejs_eventloop_lag_p99_seconds',
      'reloop_nodejs_heap_size_used_bytes',
      '# TYPE reloop_job_runs_total counter',
      '# TYPE reloop_job_run_duration_seconds histogram',
    ])
      expect(text).toContain(name);
    if (engine === 'postgres') {
      expect(sample(text, 'reloop_db_pool_connections{state="max"}')).toBe(5);
      expect(sample(text, 'reloop_db_pool_connections{state="open"}')).toBeGreaterThanOrEqual(1);
      expect(text).toContain('reloop_db_pool_waiting_queries 0');
    } else {
      expect(t.deps.database.poolStats()).toBeNull();
    }
  });

  it('shows the mail and seller-webhook backlogs, computed when scraped', async () => {
    const read = async () => {
      const { text } = await scrape();
      const of = (name: string, outbox: string) => sample(text, `${name}{outbox="${outbox}"}`);
      return {
        mail: [
          of('reloop_outbox_pending', 'mail'),
          of('reloop_outbox_oldest_pending_age_seconds', 'mail'),
          of('reloop_outbox_abandoned', 'mail'),
        ],
        hooks: [
          of('reloop_outbox_pending', 'seller_webhooks'),
          of('reloop_outbox_oldest_pending_age_seconds', 'seller_webhooks'),
          of('reloop_outbox_abandoned', 'seller_webhooks'),
        ],
      };
    };
    const before = await read();
    const mail = { subject: 'Hello', text: 'Hello', template: 'test.backlog' };
    const first = await t.deps.mailer.send(t.deps.db, { ...mail, to: 'a@example.com' });
    await t.deps.mailer.send(t.deps.db, { ...mail, to: 'b@example.com' });
    const given = await t.deps.mailer.send(t.deps.db, { ...mail, to: 'c@example.com' });
    await t.deps.db.update(mailOutbox).set({ attempts: 5 }).where(eq(mailOutbox.id, given.id));
    await subscribe(t.deps.db, {
      sellerId: 1,
      url: 'https://hooks.example.com/reloop',
      events: ['order.created'],
      now: t.clock.now(),
    });
    await enqueueEvent(t.deps.db, {
      sellerId: 1,
      event: 'order.created',
      payload: { id: 1 },
      now: t.clock.now(),
    });
    t.clock.advance(600_000);
    const after = await read();
    expect(after.mail[0]! - before.mail[0]!).toBe(2);
    expect(after.mail[1]).toBe(600);
    expect(after.mail[2]! - before.mail[2]!).toBe(1);
    expect(after.hooks[0]! - before.hooks[0]!).toBe(1);
    expect(after.hooks[1]).toBe(600);
    // Delivered mail leaves the backlog at the next scrape.
    await t.deps.db.update(mailOutbox).set({ sentAt: t.clock.now() }).where(eq(mailOutbox.id, first.id));
    expect((await read()).mail[0]! - before.mail[0]!).toBe(1);
  });

  it('without METRICS_TOKEN, answers only callers that reached the process directly from a private address', async () => {
    expect((await scrape()).status).toBe(200);
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      const refused = await scrape({ [header]: '198.51.100.9' });
      expect(refused.status).toBe(403);
      expect(refused.text).not.toContain('reloop_http_requests_total');
    }
    const from = async (remoteAddress: string) =>
      (await t.app.request('/metrics', {}, { incoming: { socket: { remoteAddress } } })).status;
    expect(await from('127.0.0.1')).toBe(200);
    expect(await from('::ffff:10.2.3.4')).toBe(200);
    expect(await from('192.168.1.20')).toBe(200);
    expect(await from('::1')).toBe(200);
    expect(await from('203.0.113.50')).toBe(403);
    expect(await from('2001:db8::1')).toBe(403);
  });

  it('with METRICS_TOKEN, asks every caller for it, proxied or not', async () => {
    const app = buildHttpApp({ ...t.deps, config: { ...t.deps.config, METRICS_TOKEN: TOKEN } });
    const status = async (headers: Record<string, string>) =>
      (await app.request('/metrics', { headers })).status;
    const missing = await app.request('/metrics');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    expect(await status({ authorization: 'Bearer wrong-token-0123456789' })).toBe(401);
    expect(await status({ authorization: TOKEN })).toBe(401);
    expect(await status({ authorization: `Bearer ${TOKEN}` })).toBe(200);
    expect(await status({ authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '198.51.100.9' })).toBe(200);
  });
});
