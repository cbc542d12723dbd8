import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { AppError, type AppErrorCode } from '../../platform/errors.ts';
import type { StartPaymentInput } from './payment-provider.ts';
import { createStripeProvider } from './stripe-provider.ts';

/**
 * No network: the SDK runs with a fetch-based HttpClient over a fake `fetch` that records each
 * request and answers with canned Stripe JSON. Webhook signatures use the SDK's own test helper.
 */

const WEBHOOK_SECRET = 'whsec_test_reloop';
const NOW = '2026-03-15T10:00:00Z';
const PAYMENT_ID = '0b9b2a52-5d37-4c4e-9d7e-6f1f9c2d3a10';

type Recorded = {
  method: string;
  path: string;
  form: Record<string, string>;
  idempotencyKey: string | null;
};
type Canned = { status?: number; body: unknown };
type Responder = (req: Recorded) => Canned;

function fakeStripe(respond: Responder | Canned[]) {
  const requests: Recorded[] = [];
  const queue = Array.isArray(respond) ? [...respond] : null;
  const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
    const u = new URL(String(url));
    const headers = new Headers(init?.headers);
    const raw = typeof init?.body === 'string' ? init.body : '';
    const req: Recorded = {
      method: init?.method ?? 'GET',
      path: u.pathname,
      form: Object.fromEntries(new URLSearchParams(raw || u.search)),
      idempotencyKey: headers.get('idempotency-key'),
    };
    requests.push(req);
    const canned = queue ? queue.shift() : (respond as Responder)(req);
    if (!canned) throw new Error(`unexpected request ${req.method} ${req.path}`);
    return new Response(JSON.stringify(canned.body), {
      status: canned.status ?? 200,
      headers: { 'content-type': 'application/json', 'request-id': 'req_test' },
    });
  }) as typeof fetch;
  const clock = fixedClock(NOW);
  const provider = createStripeProvider({
    secretKey: 'sk_test_reloop',
    webhookSecret: WEBHOOK_SECRET,
    clock,
    httpClient: Stripe.createFetchHttpClient(fakeFetch),
    maxNetworkRetries: 0,
  });
  return { provider, requests, clock };
}

function paymentIntent(fields: Record<string, unknown>) {
  return {
    id: 'pi_123',
    object: 'payment_intent',
    amount: 45_900,
    amount_received: 0,
    currency: 'eur',
    status: 'succeeded',
    next_action: null,
    last_payment_error: null,
    latest_charge: null,
    payment_method_types: ['card'],
    allowed_payment_method_types: ['card'],
    transfer_group: PAYMENT_ID,
    metadata: {},
    ...fields,
  };
}

function input(overrides: Partial<StartPaymentInput> = {}): StartPaymentInput {
  return {
    paymentId: PAYMENT_ID,
    amountMinor: 45_900,
    currency: 'EUR',
    method: 'card',
    paymentMethodId: 'pm_card_visa',
    buyerEmail: 'ada@example.test',
    buyerCountry: 'de',
    description: 'Reloop order R-1001',
    returnUrl: 'https://shop.test/checkout/c1/return',
    transfers: [
      { sellerAccount: 'acct_seller_a', amountMinor: 30_000 },
      { sellerAccount: 'acct_seller_b', amountMinor: 12_000 },
    ],
    applicationFeeMinor: 3_900,
    idempotencyKey: 'checkout-c1-attempt-1',
    ...overrides,
  };
}

async function appErrorCode(fn: () => unknown): Promise<AppErrorCode | 'no error'> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('Stripe start: card', () => {
  it('creates and confirms one PaymentIntent on the platform, grouped for the seller transfers', async () => {
    const { provider, requests } = fakeStripe([{ body: paymentIntent({ status: 'succeeded' }) }]);
    const out = await provider.start(input());
    expect(out).toEqual({ status: 'succeeded', providerRef: 'pi_123' });
    expect(requests).toHaveLength(1);
    const [req] = requests;
    expect(req).toMatchObject({
      method: 'POST',
      path: '/v1/payment_intents',
      idempotencyKey: 'checkout-c1-attempt-1',
    });
    expect(req?.form).toMatchObject({
      amount: '45900',
      currency: 'eur',
      confirm: 'true',
      payment_method: 'pm_card_visa',
      'allowed_payment_method_types[0]': 'card',
      transfer_group: PAYMENT_ID,
      return_url: 'https://shop.test/checkout/c1/return',
      description: 'Reloop order R-1001',
      'metadata[reloop_payment_id]': PAYMENT_ID,
      'metadata[reloop_application_fee_minor]': '3900',
      'metadata[reloop_seller_count]': '2',
    });
    // Separate charges and transfers: no destination charge on the intent itself.
    expect(req?.form).not.toHaveProperty('application_fee_amount');
    expect(req?.form).not.toHaveProperty('transfer_data[destination]');
  });

  it('maps requires_action + redirect_to_url to a redirect (3-D Secure)', async () => {
    const { provider } = fakeStripe([
      {
        body: paymentIntent({
          status: 'requires_action',
          next_action: {
            type: 'redirect_to_url',
            redirect_to_url: {
              url: 'https://hooks.stripe.com/3d_secure/abc',
              return_url: 'https://shop.test/r',
            },
          },
        }),
      },
    ]);
    expect(await provider.start(input())).toEqual({
      status: 'requires_action',
      providerRef: 'pi_123',
      nextAction: { type: 'redirect', url: 'https://hooks.stripe.com/3d_secure/abc' },
    });
  });

  it('maps a declined card (HTTP 402 card_error) to a clear failure, keeping the intent ref', async () => {
    const { provider } = fakeStripe([
      {
        status: 402,
        body: {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'generic_decline',
            message: 'Your card was declined.',
            payment_intent: paymentIntent({ status: 'requires_payment_method' }),
          },
        },
      },
    ]);
    expect(await provider.start(input())).toEqual({
      status: 'failed',
      providerRef: 'pi_123',
      code: 'card_declined',
      message: 'Your card was declined. No money was taken. Try another card.',
    });
  });

  it('uses the decline code when it says more (insufficient funds)', async () => {
    const { provider } = fakeStripe([
      {
        status: 402,
        body: {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'insufficient_funds',
            message: 'x',
          },
        },
      },
    ]);
    expect(await provider.start(input())).toMatchObject({
      status: 'failed',
      providerRef: null,
      code: 'insufficient_funds',
    });
  });

  it('maps requires_payment_method with last_payment_error, processing and canceled', async () => {
    const { provider } = fakeStripe([
      {
        body: paymentIntent({
          status: 'requires_payment_method',
          last_payment_error: { type: 'card_error', code: 'expired_card', message: 'Your card has expired.' },
        }),
      },
      { body: paymentIntent({ status: 'processing' }) },
      { body: paymentIntent({ status: 'canceled' }) },
    ]);
    expect(await provider.start(input())).toMatchObject({
      status: 'failed',
      code: 'expired_card',
      providerRef: 'pi_123',
    });
    expect(await provider.start(input())).toEqual({ status: 'processing', providerRef: 'pi_123' });
    expect(await provider.start(input())).toMatchObject({ status: 'failed', code: 'canceled' });
  });

  it('never sends raw card numbers to Stripe', async () => {
    const { provider, requests } = fakeStripe([]);
    const withPan = input({
      paymentMethodId: undefined,
      card: { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'A' },
    });
    expect(await appErrorCode(() => provider.start(withPan))).toBe('INVALID_INPUT');
    expect(requests).toHaveLength(0);
  });

  it('a card payment without a PaymentMethod id fails without calling Stripe', async () => {
    const { provider, requests } = fakeStripe([]);
    expect(await provider.start(input({ paymentMethodId: undefined }))).toMatchObject({
      status: 'failed',
      code: 'payment_method_required',
    });
    expect(requests).toHaveLength(0);
  });

  it('a network failure is an INTERNAL error the caller retries with the same key', async () => {
    const clock = fixedClock(NOW);
    const provider = createStripeProvider({
      secretKey: 'sk_test_reloop',
      webhookSecret: WEBHOOK_SECRET,
      clock,
      httpClient: Stripe.createFetchHttpClient((async () => {
        throw new TypeError('fetch failed');
      }) as typeof fetch),
      maxNetworkRetries: 0,
    });
    expect(await appErrorCode(() => provider.start(input()))).toBe('INTERNAL');
  });
});

describe('Stripe start: bank transfer', () => {
  it('funds a customer balance by EU bank transfer and returns the instructions', async () => {
    const { provider, requests } = fakeStripe([
      { body: { id: 'cus_1', object: 'customer' } },
      {
        body: paymentIntent({
          status: 'requires_action',
          customer: 'cus_1',
          payment_method_types: ['customer_balance'],
          next_action: {
            type: 'display_bank_transfer_instructions',
            display_bank_transfer_instructions: {
              type: 'eu_bank_transfer',
              amount_remaining: 45_900,
              currency: 'eur',
              reference: 'RLPQ7X9Z',
              hosted_instructions_url: 'https://payments.stripe.com/x',
              financial_addresses: [
                {
                  type: 'iban',
                  supported_networks: ['sepa'],
                  iban: {
                    iban: 'DE00123456789012345678',
                    bic: 'SOGEDEFFXXX',
                    country: 'DE',
                    account_holder_name: 'Reloop SAS',
                  },
                },
              ],
            },
          },
        }),
      },
    ]);
    const out = await provider.start(input({ method: 'bank_transfer', paymentMethodId: undefined }));
    expect(out).toEqual({
      status: 'awaiting_transfer',
      providerRef: 'pi_123',
      nextAction: {
        type: 'bank_transfer',
        iban: 'DE00123456789012345678',
        bic: 'SOGEDEFFXXX',
        reference: 'RLPQ7X9Z',
        beneficiary: 'Reloop SAS',
        amountMinor: 45_900,
        currency: 'EUR',
      },
    });
    const [customer, pi] = requests;
    expect(customer).toMatchObject({
      path: '/v1/customers',
      idempotencyKey: 'checkout-c1-attempt-1:customer',
    });
    expect(customer?.form).toMatchObject({ email: 'ada@example.test' });
    expect(pi).toMatchObject({ path: '/v1/payment_intents', idempotencyKey: 'checkout-c1-attempt-1' });
    expect(pi?.form).toMatchObject({
      customer: 'cus_1',
      confirm: 'true',
      transfer_group: PAYMENT_ID,
      'allowed_payment_method_types[0]': 'customer_balance',
      'payment_method_data[type]': 'customer_balance',
      'payment_method_options[customer_balance][funding_type]': 'bank_transfer',
      'payment_method_options[customer_balance][bank_transfer][type]': 'eu_bank_transfer',
      'payment_method_options[customer_balance][bank_transfer][eu_bank_transfer][country]': 'DE',
    });
  });

  it('bank transfer outside EUR fails clearly without calling Stripe', async () => {
    const { provider, requests } = fakeStripe([]);
    expect(
      await provider.start(input({ method: 'bank_transfer', paymentMethodId: undefined, currency: 'SEK' })),
    ).toMatchObject({ status: 'failed', code: 'bank_transfer_unavailable' });
    expect(requests).toHaveLength(0);
  });
});

describe('Stripe transfers and refunds', () => {
  it('transfers each seller their share, tied to the charge, one idempotency key per seller', async () => {
    const { provider, requests } = fakeStripe((req) => {
      if (req.method === 'GET')
        return { body: paymentIntent({ status: 'succeeded', latest_charge: 'ch_9' }) };
      return { body: { id: `tr_${req.form.destination}`, object: 'transfer' } };
    });
    const out = await provider.transferToSellers({
      providerRef: 'pi_123',
      paymentId: PAYMENT_ID,
      currency: 'EUR',
      transfers: [
        { sellerAccount: 'acct_seller_a', amountMinor: 30_000 },
        { sellerAccount: 'acct_seller_b', amountMinor: 12_000 },
        { sellerAccount: 'acct_seller_c', amountMinor: 0 },
      ],
      idempotencyKey: 'payout-c1',
    });
    expect(out).toEqual([
      { sellerAccount: 'acct_seller_a', amountMinor: 30_000, transferRef: 'tr_acct_seller_a' },
      { sellerAccount: 'acct_seller_b', amountMinor: 12_000, transferRef: 'tr_acct_seller_b' },
    ]);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/payment_intents/pi_123',
      'POST /v1/transfers',
      'POST /v1/transfers',
    ]);
    expect(requests[1]).toMatchObject({
      idempotencyKey: 'payout-c1:acct_seller_a',
      form: {
        amount: '30000',
        currency: 'eur',
        destination: 'acct_seller_a',
        transfer_group: PAYMENT_ID,
        source_transaction: 'ch_9',
        'metadata[reloop_payment_id]': PAYMENT_ID,
      },
    });
    expect(requests[2]).toMatchObject({
      idempotencyKey: 'payout-c1:acct_seller_b',
      form: { amount: '12000', destination: 'acct_seller_b' },
    });
  });

  it('refuses to transfer before the payment succeeded', async () => {
    const { provider, requests } = fakeStripe([{ body: paymentIntent({ status: 'processing' }) }]);
    const code = await appErrorCode(() =>
      provider.transferToSellers({
        providerRef: 'pi_123',
        paymentId: PAYMENT_ID,
        currency: 'EUR',
        transfers: [{ sellerAccount: 'acct_seller_a', amountMinor: 1 }],
        idempotencyKey: 'k',
      }),
    );
    expect(code).toBe('CONFLICT');
    expect(requests).toHaveLength(1);
  });

  it('refunds the PaymentIntent with the idempotency key and maps the status', async () => {
    const { provider, requests } = fakeStripe([
      { body: { id: 're_1', object: 'refund', status: 'succeeded', amount: 1_500, currency: 'eur' } },
      { body: { id: 're_2', object: 'refund', status: 'pending', amount: 1_500, currency: 'eur' } },
      { body: { id: 're_3', object: 'refund', status: 'failed', amount: 1_500, currency: 'eur' } },
    ]);
    const args = {
      providerRef: 'pi_123',
      amountMinor: 1_500,
      currency: 'EUR',
      idempotencyKey: 'refund-7',
      reason: 'withdrawal',
    };
    expect(await provider.refund(args)).toEqual({ status: 'succeeded', providerRef: 're_1' });
    expect(await provider.refund(args)).toEqual({ status: 'pending', providerRef: 're_2' });
    expect(await provider.refund(args)).toMatchObject({ status: 'failed', providerRef: 're_3' });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/refunds',
      idempotencyKey: 'refund-7',
      form: { payment_intent: 'pi_123', amount: '1500', 'metadata[reloop_reason]': 'withdrawal' },
    });
  });

  it('a refund Stripe refuses (e.g. more than was charged) is a failed result', async () => {
    const { provider } = fakeStripe([
      {
        status: 400,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'amount_too_large',
            message: 'Refund amount is greater than unrefunded amount',
          },
        },
      },
    ]);
    expect(
      await provider.refund({
        providerRef: 'pi_123',
        amountMinor: 99_999,
        currency: 'EUR',
        idempotencyKey: 'k',
        reason: 'r',
      }),
    ).toMatchObject({ status: 'failed', providerRef: null, message: expect.stringMatching(/greater/) });
  });
});

describe('Stripe webhooks', () => {
  function event(type: string, object: Record<string, unknown>, created = Date.parse(NOW) / 1000) {
    return JSON.stringify({
      id: `evt_${type}`,
      object: 'event',
      type,
      created,
      livemode: false,
      data: { object },
    });
  }
  function signed(payload: string, secret = WEBHOOK_SECRET, timestamp = Date.parse(NOW) / 1000) {
    return { 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }) };
  }

  it('accepts a payload signed by the SDK helper and maps payment_intent.succeeded', () => {
    const { provider } = fakeStripe([]);
    const payload = event('payment_intent.succeeded', paymentIntent({ amount_received: 45_900 }));
    expect(provider.parseWebhook(payload, signed(payload))).toMatchObject({
      id: 'evt_payment_intent.succeeded',
      type: 'payment.succeeded',
      providerRef: 'pi_123',
      amountMinor: 45_900,
      currency: 'EUR',
      occurredAt: new Date(NOW),
    });
  });

  it('a funded bank-transfer intent is transfer.received', () => {
    const { provider } = fakeStripe([]);
    const payload = event(
      'payment_intent.succeeded',
      paymentIntent({ amount_received: 45_900, payment_method_types: ['customer_balance'] }),
    );
    expect(provider.parseWebhook(payload, signed(payload))?.type).toBe('transfer.received');
  });

  it('maps payment_failed with a buyer message, and refund events with the refund ref', () => {
    const { provider } = fakeStripe([]);
    const failed = event(
      'payment_intent.payment_failed',
      paymentIntent({
        status: 'requires_payment_method',
        last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' },
      }),
    );
    expect(provider.parseWebhook(failed, signed(failed))).toMatchObject({
      type: 'payment.failed',
      providerRef: 'pi_123',
      message: expect.stringMatching(/insufficient funds/),
    });
    const refund = event('refund.updated', {
      id: 're_1',
      object: 'refund',
      status: 'succeeded',
      amount: 1_500,
      currency: 'eur',
      payment_intent: 'pi_123',
    });
    expect(provider.parseWebhook(refund, signed(refund))).toMatchObject({
      type: 'refund.succeeded',
      providerRef: 'pi_123',
      refundRef: 're_1',
      amountMinor: 1_500,
    });
    const refundFailed = event('refund.failed', {
      id: 're_2',
      object: 'refund',
      status: 'failed',
      amount: 1_500,
      currency: 'eur',
      payment_intent: 'pi_123',
    });
    expect(provider.parseWebhook(refundFailed, signed(refundFailed))?.type).toBe('refund.failed');
  });

  it('verified events Reloop does not act on give null (answer 200)', () => {
    const { provider } = fakeStripe([]);
    const charge = event('charge.refunded', {
      id: 'ch_1',
      object: 'charge',
      amount_refunded: 100,
      payment_intent: 'pi_123',
    });
    expect(provider.parseWebhook(charge, signed(charge))).toBeNull();
    const other = event('customer.created', { id: 'cus_1', object: 'customer' });
    expect(provider.parseWebhook(other, signed(other))).toBeNull();
  });

  it('rejects a tampered payload, another secret, a missing header, a stale timestamp', async () => {
    const { provider, clock } = fakeStripe([]);
    const payload = event('payment_intent.succeeded', paymentIntent({ amount_received: 45_900 }));
    const headers = signed(payload);
    const tampered = payload.replace('45900', '1');
    expect(await appErrorCode(() => provider.parseWebhook(tampered, headers))).toBe('INVALID_INPUT');
    expect(await appErrorCode(() => provider.parseWebhook(payload, signed(payload, 'whsec_other')))).toBe(
      'INVALID_INPUT',
    );
    expect(await appErrorCode(() => provider.parseWebhook(payload, {}))).toBe('INVALID_INPUT');
    clock.advance(301_000);
    expect(await appErrorCode(() => provider.parseWebhook(payload, headers))).toBe('INVALID_INPUT');
  });
});
