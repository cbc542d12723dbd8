import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { AppError, type AppErrorCode } from '../../platform/errors.ts';
import { createPaymentProvider } from './create-payment-provider.ts';
import { assertValidStart, type StartPaymentInput } from './payment-provider.ts';
import {
  createSandboxProvider,
  formatIban,
  isValidIban,
  luhnValid,
  SANDBOX_CARDS,
  SANDBOX_IBAN,
  sandboxChallengeUrl,
  sandboxEvent,
  sandboxPaymentRef,
  sandboxReturnPath,
} from './sandbox-provider.ts';

const SECRET = 'sandbox-test-secret';
const NOW = '2026-03-15T10:00:00Z';
const PAYMENT_ID = '0b9b2a52-5d37-4c4e-9d7e-6f1f9c2d3a10';

function setup(at = NOW) {
  const clock = fixedClock(at);
  const provider = createSandboxProvider({ webhookSecret: SECRET, clock });
  return { clock, provider };
}

function input(overrides: Partial<StartPaymentInput> = {}): StartPaymentInput {
  return {
    paymentId: PAYMENT_ID,
    amountMinor: 45_900,
    currency: 'eur',
    method: 'card',
    card: { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2028, cvc: '123', holder: 'Ada Lovelace' },
    buyerEmail: 'ada@example.test',
    description: 'Reloop order',
    returnUrl: '/checkout/c1/return',
    transfers: [
      { sellerAccount: 'seller-a', amountMinor: 30_000 },
      { sellerAccount: 'seller-b', amountMinor: 12_000 },
    ],
    applicationFeeMinor: 3_900,
    idempotencyKey: 'checkout-c1-attempt-1',
    ...overrides,
  };
}

function withCard(number: string, exp: { expMonth?: number; expYear?: number; cvc?: string } = {}) {
  return input({
    card: {
      number,
      expMonth: exp.expMonth ?? 12,
      expYear: exp.expYear ?? 2028,
      cvc: exp.cvc ?? '123',
      holder: 'A',
    },
  });
}

function appErrorCode(fn: () => unknown): AppErrorCode | 'no error' {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('sandbox cards', () => {
  it('marks itself as test mode', () => {
    const { provider } = setup();
    expect(provider.name).toBe('sandbox');
    expect(provider.testMode).toBe(true);
  });

  it('4242 4242 4242 4242 succeeds', async () => {
    const { provider } = setup();
    expect(await provider.start(input())).toEqual({
      status: 'succeeded',
      providerRef: sandboxPaymentRef(PAYMENT_ID),
    });
  });

  it.each([
    [SANDBOX_CARDS.declined, 'card_declined', /declined/],
    [SANDBOX_CARDS.insufficientFunds, 'insufficient_funds', /insufficient funds/],
    [SANDBOX_CARDS.expired, 'expired_card', /expired/],
    [SANDBOX_CARDS.incorrectCvc, 'incorrect_cvc', /security code/],
    [SANDBOX_CARDS.processingError, 'processing_error', /could not process/],
  ])('%s fails with %s and a clear message', async (number, code, text) => {
    const { provider } = setup();
    const out = await provider.start(withCard(number));
    expect(out).toMatchObject({ status: 'failed', code, providerRef: sandboxPaymentRef(PAYMENT_ID) });
    if (out.status !== 'failed') throw new Error('unreachable');
    expect(out.message).toMatch(text);
    expect(out.message).toContain('No money was taken.');
  });

  it('the declined card says exactly what happened and what to do', async () => {
    const { provider } = setup();
    const out = await provider.start(withCard('4000 0000 0000 0002'));
    expect(out).toMatchObject({ message: 'Your card was declined. No money was taken. Try another card.' });
  });

  it('4000 0027 6000 3184 requires a challenge on the sandbox page', async () => {
    const { provider } = setup();
    const out = await provider.start(withCard('4000 0027 6000 3184'));
    const ref = sandboxPaymentRef(PAYMENT_ID);
    expect(out).toEqual({
      status: 'requires_action',
      providerRef: ref,
      nextAction: { type: 'redirect', url: `/sandbox/challenge/${ref}?return_url=%2Fcheckout%2Fc1%2Freturn` },
    });
  });

  it('builds the challenge URL under a configured base', async () => {
    const clock = fixedClock(NOW);
    const provider = createSandboxProvider({
      webhookSecret: SECRET,
      clock,
      challengeBaseUrl: 'https://shop.test/',
    });
    const out = await provider.start(withCard(SANDBOX_CARDS.challenge));
    expect(out.status === 'requires_action' && out.nextAction.url).toMatch(
      /^https:\/\/shop\.test\/sandbox\/challenge\/sbx_pi_[0-9a-f]{16}\?return_url=/,
    );
    expect(sandboxChallengeUrl('https://x.test', 'sbx_pi_1')).toBe(
      'https://x.test/sandbox/challenge/sbx_pi_1',
    );
  });

  it('a number failing the Luhn check is invalid_number', async () => {
    const { provider } = setup();
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(await provider.start(withCard('4242 4242 4242 4241'))).toMatchObject({
      status: 'failed',
      code: 'invalid_number',
    });
    expect(await provider.start(withCard('4242-abcd'))).toMatchObject({ code: 'invalid_number' });
  });

  it('a card is valid through its expiry month, expired after (per the injected clock)', async () => {
    const inMarch = setup('2026-03-31T23:59:59Z').provider;
    expect(
      await inMarch.start(withCard(SANDBOX_CARDS.success, { expMonth: 3, expYear: 2026 })),
    ).toMatchObject({
      status: 'succeeded',
    });
    const inApril = setup('2026-04-01T00:00:00Z').provider;
    expect(
      await inApril.start(withCard(SANDBOX_CARDS.success, { expMonth: 3, expYear: 2026 })),
    ).toMatchObject({
      status: 'failed',
      code: 'expired_card',
    });
    expect(await inApril.start(withCard(SANDBOX_CARDS.success, { expMonth: 3, expYear: 26 }))).toMatchObject({
      code: 'expired_card',
    });
  });

  it('rejects a bad expiry month and a bad CVC', async () => {
    const { provider } = setup();
    expect(await provider.start(withCard(SANDBOX_CARDS.success, { expMonth: 13 }))).toMatchObject({
      code: 'invalid_expiry',
    });
    expect(await provider.start(withCard(SANDBOX_CARDS.success, { cvc: '12' }))).toMatchObject({
      code: 'invalid_cvc',
    });
  });

  it('refuses non-test card numbers (real cards do nothing in test mode)', async () => {
    const { provider } = setup();
    const out = await provider.start(withCard('4111 1111 1111 1111'));
    expect(out).toMatchObject({ status: 'failed', code: 'test_card_required' });
    expect(out.status === 'failed' && out.message).toMatch(/test mode/);
  });

  it('a card payment without card details fails clearly', async () => {
    const { provider } = setup();
    expect(await provider.start(input({ card: undefined }))).toMatchObject({
      status: 'failed',
      code: 'payment_method_required',
    });
  });
});

describe('issue 12 finding 5: the challenge page returns only to our own site', () => {
  const SITE = 'https://shop.test/';

  it('keeps a return URL on the site, as a path', () => {
    expect(sandboxReturnPath('https://shop.test/fr-fr/checkout/return?payment=p1', SITE)).toBe(
      '/fr-fr/checkout/return?payment=p1',
    );
    expect(sandboxReturnPath('/fr-fr/checkout/return?payment=p1', SITE)).toBe(
      '/fr-fr/checkout/return?payment=p1',
    );
  });

  it.each([
    'https://evil.example/fr-fr/checkout/return',
    'http://shop.test/x',
    'https://shop.test.evil.example/x',
    'https://shop.test@evil.example/x',
    '//evil.example/x',
    '/%09/evil.example',
    'https://shop.test/%09/evil.example',
    'https://shop.test//evil.example',
    '/\tevil.example',
    '/\\evil.example',
    'https:\\\\evil.example',
    'javascript:alert(1)',
    'http:/evil.example',
    '',
  ])('refuses %j', (url) => {
    expect(sandboxReturnPath(url, SITE)).toBeNull();
  });

  it('leaves a foreign return URL out of the challenge URL', async () => {
    const provider = createSandboxProvider({
      webhookSecret: SECRET,
      clock: fixedClock(NOW),
      challengeBaseUrl: SITE,
    });
    const out = await provider.start({
      ...withCard(SANDBOX_CARDS.challenge),
      returnUrl: 'https://evil.example/x',
    });
    expect(out.status === 'requires_action' && out.nextAction.url).toMatch(
      /^https:\/\/shop\.test\/sandbox\/challenge\/sbx_pi_[0-9a-f]{16}$/,
    );
    const own = await provider.start({ ...withCard(SANDBOX_CARDS.challenge), returnUrl: `${SITE}fr-fr/ok` });
    expect(own.status === 'requires_action' && own.nextAction.url).toContain(
      `?return_url=${encodeURIComponent('https://shop.test/fr-fr/ok')}`,
    );
  });
});

describe('sandbox refs are deterministic', () => {
  it('the same payment id gives the same ref, across retries and instances', async () => {
    const a = await setup().provider.start(input());
    const b = await setup().provider.start(input());
    expect(a.status === 'succeeded' && a.providerRef).toMatch(/^sbx_pi_[0-9a-f]{16}$/);
    expect(b).toEqual(a);
    const other = await setup().provider.start(input({ paymentId: 'e1c0d1b8-4d3e-4b39-8a8f-0a2d1b3c4d5e' }));
    expect(other.status === 'succeeded' && other.providerRef).not.toBe(
      a.status === 'succeeded' && a.providerRef,
    );
  });

  it('refunds succeed at once, with a ref stable per idempotency key', async () => {
    const { provider } = setup();
    const ref = sandboxPaymentRef(PAYMENT_ID);
    const r1 = await provider.refund({
      providerRef: ref,
      amountMinor: 100,
      currency: 'EUR',
      idempotencyKey: 'rf-1',
      reason: 'r',
    });
    const r2 = await provider.refund({
      providerRef: ref,
      amountMinor: 100,
      currency: 'EUR',
      idempotencyKey: 'rf-1',
      reason: 'r',
    });
    const r3 = await provider.refund({
      providerRef: ref,
      amountMinor: 100,
      currency: 'EUR',
      idempotencyKey: 'rf-2',
      reason: 'r',
    });
    expect(r1.status).toBe('succeeded');
    expect(r1.providerRef).toMatch(/^sbx_re_[0-9a-f]{16}$/);
    expect(r2).toEqual(r1);
    expect(r3.providerRef).not.toBe(r1.providerRef);
    expect(
      await provider.refund({
        providerRef: 'pi_123',
        amountMinor: 100,
        currency: 'EUR',
        idempotencyKey: 'x',
        reason: 'r',
      }),
    ).toMatchObject({ status: 'failed', providerRef: null });
  });

  it('transfers to sellers give one stable ref per seller and skip zero shares', async () => {
    const { provider } = setup();
    const args = {
      providerRef: sandboxPaymentRef(PAYMENT_ID),
      paymentId: PAYMENT_ID,
      currency: 'EUR',
      transfers: [
        { sellerAccount: 'seller-a', amountMinor: 30_000 },
        { sellerAccount: 'seller-b', amountMinor: 0 },
      ],
      idempotencyKey: 'payout-1',
    };
    const first = await provider.transferToSellers(args);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ sellerAccount: 'seller-a', amountMinor: 30_000 });
    expect(first[0]?.transferRef).toMatch(/^sbx_tr_[0-9a-f]{16}$/);
    expect(await provider.transferToSellers(args)).toEqual(first);
  });
});

describe('sandbox bank transfer', () => {
  it('returns instructions: valid IBAN, BIC, RLP reference, beneficiary, amount', async () => {
    const { provider } = setup();
    const out = await provider.start(input({ method: 'bank_transfer', card: undefined }));
    expect(out.status).toBe('awaiting_transfer');
    if (out.status !== 'awaiting_transfer') throw new Error('unreachable');
    const na = out.nextAction;
    expect(na.iban).toBe(SANDBOX_IBAN);
    expect(na.iban.startsWith('FR76')).toBe(true);
    expect(isValidIban(na.iban)).toBe(true);
    expect(na.bic).toMatch(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/);
    expect(na.reference).toMatch(/^RLP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(na).toMatchObject({
      type: 'bank_transfer',
      beneficiary: 'Reloop (sandbox)',
      amountMinor: 45_900,
      currency: 'EUR',
    });
    const again = await setup().provider.start(input({ method: 'bank_transfer', card: undefined }));
    expect(again).toEqual(out);
    const other = await provider.start(
      input({ method: 'bank_transfer', card: undefined, paymentId: '9f1c5b1e-0000-4000-8000-000000000001' }),
    );
    expect(other.status === 'awaiting_transfer' && other.nextAction.reference).not.toBe(na.reference);
  });

  it('the mod-97 check rejects a mistyped IBAN', () => {
    expect(isValidIban(formatIban(SANDBOX_IBAN))).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    const typo = `${SANDBOX_IBAN.slice(0, 10)}${SANDBOX_IBAN[10] === '9' ? '8' : '9'}${SANDBOX_IBAN.slice(11)}`;
    expect(isValidIban(typo)).toBe(false);
  });
});

describe('start input validation (shared by providers)', () => {
  it('the split must balance: transfers + application fee = amount', () => {
    expect(appErrorCode(() => assertValidStart(input({ applicationFeeMinor: 3_899 })))).toBe('INVALID_INPUT');
    expect(appErrorCode(() => assertValidStart(input()))).toBe('no error');
  });

  it('amounts are integer minor units', () => {
    expect(appErrorCode(() => assertValidStart(input({ amountMinor: 459.5 })))).toBe('INVALID_INPUT');
    expect(appErrorCode(() => assertValidStart(input({ currency: 'euro' })))).toBe('INVALID_INPUT');
  });

  it('start rejects an unbalanced split before doing anything', async () => {
    const { provider } = setup();
    await expect(provider.start(input({ applicationFeeMinor: 0 }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('sandbox webhooks', () => {
  it('round trip: a completed challenge arrives as payment.succeeded', () => {
    const { provider, clock } = setup();
    const ref = sandboxPaymentRef(PAYMENT_ID);
    const { body, headers } = provider.simulate('payment.succeeded', ref, {
      amountMinor: 45_900,
      currency: 'eur',
    });
    expect(headers['reloop-sandbox-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    clock.advance(2_000);
    const event = provider.parseWebhook(body, headers);
    expect(event).toMatchObject({
      type: 'payment.succeeded',
      providerRef: ref,
      amountMinor: 45_900,
      currency: 'EUR',
      occurredAt: new Date(NOW),
    });
    expect(event?.id).toMatch(/^sbx_evt_/);
    expect(event?.raw).toMatchObject({ livemode: false });
  });

  it('the same delivery has the same event id (dedup); a later one does not', () => {
    const { provider, clock } = setup();
    const a = provider.simulate('transfer.received', 'sbx_pi_0000000000000001', { amountMinor: 100 });
    expect(provider.parseWebhook(a.body, a.headers)?.id).toBe(provider.parseWebhook(a.body, a.headers)?.id);
    clock.advance(1_000);
    const b = provider.simulate('transfer.received', 'sbx_pi_0000000000000001', { amountMinor: 100 });
    expect(provider.parseWebhook(b.body, b.headers)?.id).not.toBe(
      provider.parseWebhook(a.body, a.headers)?.id,
    );
  });

  it('carries a failure message, a received transfer amount and refund refs', () => {
    const { provider } = setup();
    const failed = provider.simulate('payment.failed', 'sbx_pi_1', { message: 'Challenge failed.' });
    expect(provider.parseWebhook(failed.body, failed.headers)).toMatchObject({
      type: 'payment.failed',
      message: 'Challenge failed.',
    });
    const refund = provider.simulate('refund.succeeded', 'sbx_pi_1', {
      refundRef: 'sbx_re_1',
      amountMinor: 500,
    });
    expect(provider.parseWebhook(refund.body, refund.headers)).toMatchObject({
      type: 'refund.succeeded',
      providerRef: 'sbx_pi_1',
      refundRef: 'sbx_re_1',
      amountMinor: 500,
    });
  });

  it('accepts the header under any case', () => {
    const { provider } = setup();
    const { body, headers } = provider.simulate('payment.succeeded', 'sbx_pi_1');
    const upper = { 'Reloop-Sandbox-Signature': headers['reloop-sandbox-signature'] };
    expect(provider.parseWebhook(body, upper)?.type).toBe('payment.succeeded');
  });

  it('rejects a tampered body', () => {
    const { provider } = setup();
    const { body, headers } = provider.simulate('transfer.received', 'sbx_pi_1', { amountMinor: 100 });
    const tampered = body.replace('"amount_minor":100', '"amount_minor":100000');
    expect(tampered).not.toBe(body);
    expect(appErrorCode(() => provider.parseWebhook(tampered, headers))).toBe('INVALID_INPUT');
  });

  it('rejects another secret, a missing or malformed header', () => {
    const { provider, clock } = setup();
    const forged = sandboxEvent('payment.succeeded', 'sbx_pi_1', { secret: 'not-the-secret', clock });
    expect(appErrorCode(() => provider.parseWebhook(forged.body, forged.headers))).toBe('INVALID_INPUT');
    expect(appErrorCode(() => provider.parseWebhook(forged.body, {}))).toBe('INVALID_INPUT');
    expect(
      appErrorCode(() => provider.parseWebhook(forged.body, { 'reloop-sandbox-signature': 'v1=abc' })),
    ).toBe('INVALID_INPUT');
  });

  it('accepts up to 5 minutes late, rejects older or from the future (replay)', () => {
    const { provider, clock } = setup();
    const { body, headers } = provider.simulate('payment.succeeded', 'sbx_pi_1');
    clock.advance(300_000);
    expect(provider.parseWebhook(body, headers)?.type).toBe('payment.succeeded');
    clock.advance(1_000);
    expect(appErrorCode(() => provider.parseWebhook(body, headers))).toBe('INVALID_INPUT');
    clock.advance(-302_000 - 300_000);
    expect(appErrorCode(() => provider.parseWebhook(body, headers))).toBe('INVALID_INPUT');
  });

  it('rejects a correctly signed body of an unknown shape', () => {
    const { clock, provider } = setup();
    const t = Math.floor(clock.now().getTime() / 1000);
    const good = sandboxEvent('payment.succeeded', 'sbx_pi_1', { secret: SECRET, clock });
    const body = good.body.replace('"type":"payment.succeeded"', '"type":"payment.teleported"');
    // Re-sign the altered body with the right secret: the signature is fine, the content is not.
    const v1 = createHmac('sha256', SECRET).update(`${t}.${body}`).digest('hex');
    expect(
      appErrorCode(() => provider.parseWebhook(body, { 'reloop-sandbox-signature': `t=${t},v1=${v1}` })),
    ).toBe('INVALID_INPUT');
  });
});

describe('createPaymentProvider', () => {
  const clock = fixedClock(NOW);

  it('gives the sandbox by default config', () => {
    const p = createPaymentProvider({ PAYMENT_PROVIDER: 'sandbox', SANDBOX_WEBHOOK_SECRET: SECRET }, clock);
    expect(p.name).toBe('sandbox');
    expect(p.testMode).toBe(true);
  });

  it('gives Stripe when configured, and fails fast without its secrets', () => {
    const p = createPaymentProvider(
      {
        PAYMENT_PROVIDER: 'stripe',
        STRIPE_SECRET_KEY: 'sk_test_123',
        STRIPE_WEBHOOK_SECRET: 'whsec_123',
        SANDBOX_WEBHOOK_SECRET: SECRET,
      },
      clock,
    );
    expect(p.name).toBe('stripe');
    expect(p.testMode).toBe(true);
    expect(() =>
      createPaymentProvider({ PAYMENT_PROVIDER: 'stripe', SANDBOX_WEBHOOK_SECRET: SECRET }, clock),
    ).toThrow(/STRIPE_SECRET_KEY/);
  });
});
