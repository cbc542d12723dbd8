import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { recordingStripe } from '../../modules/payments/fixtures/fake-stripe.ts';
import {
  ACCOUNT_ID,
  accountCreated,
  accountEnabled,
  accountLink,
} from '../../modules/payments/fixtures/stripe-connect.fixtures.ts';
import type { PaymentProvider } from '../../modules/payments/payment-provider.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('seller payout account page on %s', (engine) => {
  let t: T;
  let sandbox: PaymentProvider;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 4, offers: 30 });
    sandbox = t.deps.payments;
  });
  // These assertions read the portal in English: its users chose English (otherwise a seller's
  // portal reads its market's language, portal-language.test.ts).
  beforeEach(async () => {
    await t.deps.db.update(users).set({ language: 'en' });
  });
  afterAll(() => {
    t.deps.payments = sandbox;
    return t.close();
  });

  const visit = async (who: { cookie(): Promise<string> }, path: string, method = 'GET') => {
    const csrf = csrfPair(t.deps);
    const res = await t.app.request(path, {
      method,
      headers: {
        cookie: `${await who.cookie()}; ${csrf.cookie}`,
        'x-forwarded-for': '198.51.100.9',
        ...(method === 'POST'
          ? { 'x-csrf-token': csrf.header, 'content-type': 'application/x-www-form-urlencoded' }
          : {}),
      },
      ...(method === 'POST' ? { body: '' } : {}),
    });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };

  it('an owner connects a Stripe account: onboarding link, status shown, payouts held until enabled', async () => {
    const stripe = recordingStripe(t.clock, {
      'POST /v1/accounts': accountCreated,
      'POST /v1/account_links': accountLink,
      [`GET /v1/accounts/${ACCOUNT_ID}`]: accountEnabled,
    });
    t.deps.payments = stripe.provider;
    const owner = await createActor(t.deps, {
      email: 'pa-owner@example.com',
      sellers: [{ sellerId: 1, role: 'owner' }],
    });
    const staff = await createActor(t.deps, {
      email: 'pa-staff@example.com',
      sellers: [{ sellerId: 1, role: 'staff' }],
    });

    await t.deps.db.update(users).set({ language: 'en' }); // created after beforeEach
    let page = await visit(staff, '/seller/1/payments-account');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Payout account</h1>');
    expect(page.text).toContain('Not connected');
    expect(page.text).toContain('payouts are held');
    expect(page.text).not.toContain('/payments-account/connect');
    expect((await visit(staff, '/seller/1/payments-account/connect', 'POST')).status).toBe(403);
    expect(stripe.requests).toHaveLength(0);

    const connect = await visit(owner, '/seller/1/payments-account/connect', 'POST');
    expect(connect).toMatchObject({ status: 303, location: accountLink.url });
    expect(stripe.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/accounts',
      'POST /v1/account_links',
    ]);
    expect(stripe.requests[0]).toMatchObject({
      idempotencyKey: 'connect-seller-1',
      form: { 'metadata[reloop_seller_id]': '1' },
    });
    expect(stripe.requests[1]!.form).toMatchObject({
      account: ACCOUNT_ID,
      return_url: 'http://reloop.test/seller/1/payments-account/return',
      refresh_url: 'http://reloop.test/seller/1/payments-account/refresh',
    });

    page = await visit(owner, '/seller/1/payments-account');
    expect(page.text).toContain('Details needed');
    expect(page.text).toContain('external_account');
    expect(page.text).toContain(ACCOUNT_ID);
    expect(page.text).toContain('Continue onboarding');

    // An expired link: a new one, same account (no second account opened).
    expect(await visit(owner, '/seller/1/payments-account/refresh')).toMatchObject({
      status: 303,
      location: accountLink.url,
    });
    expect(stripe.requests.filter((r) => r.path === '/v1/accounts')).toHaveLength(1);

    const back = await visit(owner, '/seller/1/payments-account/return');
    expect(back).toMatchObject({ status: 303, location: '/seller/1/payments-account?done=returned' });
    page = await visit(owner, '/seller/1/payments-account?done=returned');
    expect(page.text).toContain('Enabled');
    expect(page.text).toContain('Your payouts are sent to this account.');
  });

  it('with the sandbox the account is enabled at once and marked test mode', async () => {
    t.deps.payments = sandbox;
    const owner = await createActor(t.deps, {
      email: 'pa-sbx@example.com',
      sellers: [{ sellerId: 2, role: 'owner' }],
    });
    await t.deps.db.update(users).set({ language: 'en' }); // created after beforeEach
    const connect = await visit(owner, '/seller/2/payments-account/connect', 'POST');
    expect(connect).toMatchObject({
      status: 303,
      location: 'http://reloop.test/seller/2/payments-account/return',
    });
    const page = await visit(owner, '/seller/2/payments-account');
    expect(page.text).toContain('Enabled');
    expect(page.text).toContain('Test mode');
  });
});
