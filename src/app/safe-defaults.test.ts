import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { DEMO_PLATFORM_IDENTITY, loadConfig } from '../config.ts';
import { describeStartup } from './startup.ts';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), ...DEMO_PLATFORM_IDENTITY };
const STRIPE = { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' };

const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('issue 12 finding 9: production refuses the sandbox payment provider', () => {
  it('refuses production with the provider unset (the sandbox was the default) or set to sandbox', () => {
    expect(refusal(PRODUCTION)).toContain('PAYMENT_PROVIDER');
    expect(refusal({ ...PRODUCTION, PAYMENT_PROVIDER: 'sandbox' })).toMatch(/PAYMENT_PROVIDER: .*sandbox/);
  });

  it('starts production with Stripe, and development with the sandbox by default', () => {
    expect(refusal({ ...PRODUCTION, PAYMENT_PROVIDER: 'stripe', ...STRIPE })).toBe('');
    expect(loadConfig({}).PAYMENT_PROVIDER).toBe('sandbox');
  });

  it('refuses Stripe in production without its secrets, naming them', () => {
    expect(refusal({ ...PRODUCTION, PAYMENT_PROVIDER: 'stripe' })).toMatch(/STRIPE_SECRET_KEY/);
  });

  it('lets the benchmark mode run the sandbox under NODE_ENV=production, and nothing else', () => {
    expect(refusal({ ...PRODUCTION, BENCHMARK: 'true' })).toBe('');
    expect(loadConfig({ ...PRODUCTION, BENCHMARK: 'true' }).PAYMENT_PROVIDER).toBe('sandbox');
  });
});

describe('issue 12 finding 9: start-up says what is enabled', () => {
  it('lists the payment provider, the mailbox, the development tools and the benchmark routes', () => {
    const dev = describeStartup(loadConfig({ DEV_TOOLS: 'true' }), { engine: 'pglite', demo: true });
    expect(dev).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/payments: sandbox/),
        expect.stringMatching(/mail: local mailbox at \/dev\/mail/),
        expect.stringMatching(/development tools: on/),
        expect.stringMatching(/benchmark routes: off/),
        expect.stringMatching(/demo data: on/),
      ]),
    );
    const prod = describeStartup(
      loadConfig({
        ...PRODUCTION,
        PAYMENT_PROVIDER: 'stripe',
        ...STRIPE,
        SMTP_URL: 'smtp://mail.example:587',
      }),
      { engine: 'postgres', demo: false },
    );
    expect(prod).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/payments: stripe/),
        expect.stringMatching(/mail: SMTP/),
        expect.stringMatching(/development tools: off/),
        expect.stringMatching(/demo data: off/),
      ]),
    );
    expect(prod.join('\n')).not.toContain('mail.example');
  });
});

describe.each(ENGINES)('issue 12 finding 9: /dev and benchmark routes need explicit flags (%s)', (engine) => {
  let plain: Awaited<ReturnType<typeof createTestApp>>;
  let flagged: Awaited<ReturnType<typeof createTestApp>>;
  const small = { products: 10, sellers: 3, offers: 40 };
  beforeAll(async () => {
    // NODE_ENV unset (development) and no flags: what an operator gets by forgetting NODE_ENV.
    plain = await createTestApp(engine, small, { NODE_ENV: 'development' });
    flagged = await createTestApp(engine, small, { DEV_TOOLS: 'true', BENCHMARK: 'true' });
  });
  afterAll(async () => {
    await plain?.close();
    await flagged?.close();
  });

  it('has no local mailbox, no /dev tools and no benchmark route without the flags', async () => {
    expect((await plain.get('/dev/mail')).status).toBe(404);
    expect((await plain.get('/dev')).status).toBe(404);
    const bench = await plain.get('/api/v1/_bench/floor?id=00000000-0000-4000-8000-000000000000');
    expect(bench.status).toBe(404);
    const doc = (await plain.get('/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).not.toContain('/api/v1/_bench/floor');
  });

  it('has them with DEV_TOOLS=true and BENCHMARK=true', async () => {
    expect((await flagged.get('/dev/mail')).status).toBe(200);
    expect((await flagged.get('/dev')).status).toBe(200);
    const bench = await flagged.get('/api/v1/_bench/floor?id=00000000-0000-4000-8000-000000000000');
    expect([bench.status, bench.body.code]).toEqual([404, 'NOT_FOUND']);
    expect(bench.body.title).not.toMatch(/No route/);
    expect(Object.keys((await flagged.get('/api/openapi.json')).body.paths)).toContain(
      '/api/v1/_bench/floor',
    );
  });
});
