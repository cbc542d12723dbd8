import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { FAKE_STRIPE_WEBHOOK_SECRET, recordingStripe, type StripeAnswers } from './fixtures/fake-stripe.ts';
import {
  ACCOUNT_ID,
  accountCreated,
  accountEnabled,
  accountLink,
  accountUpdatedEvent,
  paymentIntentSucceeded,
  transferCreated,
  transferReversal,
} from './fixtures/stripe-connect.fixtures.ts';
import { createSandboxProvider } from './sandbox-provider.ts';

/**
 * Stripe Connect (defect 11 of issue 11): sellers get a connected account, payouts are Transfers
 * to it. No network: the SDK's fetch client over a fake `fetch` that records every request and
 * replays recorded answers (fixtures/stripe-connect.fixtures.ts); webhooks are signed with the
 * SDK's own `generateTestHeaderString`.
 */

const WEBHOOK_SECRET = FAKE_STRIPE_WEBHOOK_SECRET;
const NOW = '2026-03-15T10:00:00Z';

const fakeStripe = (answers: StripeAnswers) => recordingStripe(fixedClock(NOW), answers);

describe('Stripe Connect: a seller connects an account', () => {
  it('opens an Express account that may receive transfers, idempotently, and links to onboarding', async () => {
    const { provider, requests } = fakeStripe({
      'POST /v1/accounts': accountCreated,
      'POST /v1/account_links': accountLink,
    });
    const account = await provider.createConnectedAccount({
      sellerId: 7,
      email: 'shop@example.test',
      country: 'fr',
      businessName: 'Refurb Shop',
      idempotencyKey: 'connect-seller-7',
    });
    expect(account).toEqual({
      accountRef: ACCOUNT_ID,
      transfersEnabled: false,
      payoutsEnabled: false,
      detailsSubmitted: false,
      requirementsDue: ['external_account', 'representative.first_name', 'tos_acceptance.date'],
      testMode: true,
    });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/accounts',
      idempotencyKey: 'connect-seller-7',
      form: {
        country: 'FR',
        email: 'shop@example.test',
        'business_profile[name]': 'Refurb Shop',
        'capabilities[transfers][requested]': 'true',
        'controller[stripe_dashboard][type]': 'express',
        'controller[fees][payer]': 'application',
        'controller[losses][payments]': 'application',
        'metadata[reloop_seller_id]': '7',
      },
    });
    const link = await provider.accountLink({
      accountRef: ACCOUNT_ID,
      refreshUrl: 'https://reloop.test/seller/7/payments-account/refresh',
      returnUrl: 'https://reloop.test/seller/7/payments-account/return',
    });
    expect(link.url).toBe(accountLink.url);
    expect(requests[1]).toMatchObject({
      path: '/v1/account_links',
      form: {
        account: ACCOUNT_ID,
        type: 'account_onboarding',
        refresh_url: 'https://reloop.test/seller/7/payments-account/refresh',
        return_url: 'https://reloop.test/seller/7/payments-account/return',
      },
    });
  });

  it('reads the account status: enabled only once transfers are active and payouts enabled', async () => {
    const { provider, requests } = fakeStripe({ [`GET /v1/accounts/${ACCOUNT_ID}`]: accountEnabled });
    expect(await provider.connectedAccount(ACCOUNT_ID)).toMatchObject({
      accountRef: ACCOUNT_ID,
      transfersEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
      requirementsDue: [],
    });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /v1/accounts/${ACCOUNT_ID}`]);
  });

  it('maps a signed account.updated webhook to the account status', () => {
    const { provider } = fakeStripe({});
    const payload = JSON.stringify(accountUpdatedEvent(accountEnabled));
    const header = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: WEBHOOK_SECRET,
      timestamp: Math.floor(new Date(NOW).getTime() / 1000),
    });
    const event = provider.parseWebhook(payload, { 'stripe-signature': header });
    expect(event).toMatchObject({
      id: 'evt_1QxAccountUpdated',
      type: 'account.updated',
      providerRef: ACCOUNT_ID,
      account: { accountRef: ACCOUNT_ID, transfersEnabled: true, payoutsEnabled: true },
    });
  });
});

describe('Stripe Connect: webhooks of connected accounts', () => {
  it('accepts account.updated signed with the Connect endpoint secret when it is configured', () => {
    const payload = JSON.stringify(accountUpdatedEvent(accountEnabled));
    const header = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: 'whsec_connect_reloop',
      timestamp: Math.floor(new Date(NOW).getTime() / 1000),
    });
    const platformOnly = recordingStripe(fixedClock(NOW), {}).provider;
    expect(() => platformOnly.parseWebhook(payload, { 'stripe-signature': header })).toThrow(AppError);
    const withConnect = recordingStripe(
      fixedClock(NOW),
      {},
      { connectWebhookSecret: 'whsec_connect_reloop' },
    ).provider;
    expect(withConnect.parseWebhook(payload, { 'stripe-signature': header })).toMatchObject({
      type: 'account.updated',
      providerRef: ACCOUNT_ID,
    });
  });
});

describe('Stripe Connect: payouts are transfers to the connected account', () => {
  it('transfers a payout to the acct_ id, grouped per payout, tied to the charge of the payment backing it', async () => {
    const { provider, requests } = fakeStripe({
      'GET /v1/payment_intents/pi_3QxPaid': paymentIntentSucceeded,
      'POST /v1/transfers': transferCreated,
    });
    const out = await provider.transferToAccount({
      payoutId: '42',
      accountRef: ACCOUNT_ID,
      amountMinor: 8_800,
      currency: 'EUR',
      transferGroup: 'payout-42',
      sourcePaymentRef: 'pi_3QxPaid',
      idempotencyKey: 'payout-42',
    });
    expect(out).toEqual({ transferRef: 'tr_1QxPayout42', sourceTransaction: 'ch_3QxCharge9' });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/payment_intents/pi_3QxPaid',
      'POST /v1/transfers',
    ]);
    expect(requests[1]).toMatchObject({
      idempotencyKey: 'payout-42',
      form: {
        amount: '8800',
        currency: 'eur',
        destination: ACCOUNT_ID,
        transfer_group: 'payout-42',
        source_transaction: 'ch_3QxCharge9',
        'metadata[reloop_payout_id]': '42',
      },
    });
  });

  it('without a backing payment the transfer comes from the platform balance (no source, no PaymentIntent read)', async () => {
    const { provider, requests } = fakeStripe({ 'POST /v1/transfers': transferCreated });
    await provider.transferToAccount({
      payoutId: '42',
      accountRef: ACCOUNT_ID,
      amountMinor: 8_800,
      currency: 'EUR',
      transferGroup: 'payout-42',
      idempotencyKey: 'payout-42',
    });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/transfers']);
    expect(requests[0]!.form).not.toHaveProperty('source_transaction');
  });

  it('refuses a destination that is not a connected account (never seller_<id>)', async () => {
    const { provider, requests } = fakeStripe({});
    const err = await provider
      .transferToAccount({
        payoutId: '42',
        accountRef: 'seller_7',
        amountMinor: 100,
        currency: 'EUR',
        transferGroup: 'payout-42',
        idempotencyKey: 'payout-42',
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('INVALID_INPUT');
    expect(requests).toHaveLength(0);
  });

  it('reverses (part of) a transfer when a refund follows the payout', async () => {
    const { provider, requests } = fakeStripe({
      'POST /v1/transfers/tr_1QxPayout42/reversals': transferReversal,
    });
    expect(
      await provider.reverseTransfer({
        transferRef: 'tr_1QxPayout42',
        amountMinor: 3_000,
        idempotencyKey: 'reversal-refund-5',
        reason: 'refund 5',
      }),
    ).toEqual({ reversalRef: 'trr_1QxReversal1', amountMinor: 3_000 });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      idempotencyKey: 'reversal-refund-5',
      form: { amount: '3000', 'metadata[reloop_reason]': 'refund 5' },
    });
  });
});

describe('Sandbox Connect: the same flow locally, enabled at once, in test mode', () => {
  const sandbox = createSandboxProvider({ webhookSecret: 'sbx', clock: fixedClock(NOW) });
  it('opens an account enabled at once whose onboarding link is the return page', async () => {
    const input = {
      sellerId: 7,
      email: 'shop@example.test',
      country: 'FR',
      businessName: 'Refurb Shop',
      idempotencyKey: 'connect-seller-7',
    };
    const account = await sandbox.createConnectedAccount(input);
    expect(account).toMatchObject({
      transfersEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
      requirementsDue: [],
      testMode: true,
    });
    expect(account.accountRef).toMatch(/^sbx_acct_[0-9a-f]{16}$/);
    expect((await sandbox.createConnectedAccount(input)).accountRef).toBe(account.accountRef);
    expect(await sandbox.connectedAccount(account.accountRef)).toEqual(account);
    expect(
      (await sandbox.accountLink({ accountRef: account.accountRef, refreshUrl: '/r', returnUrl: '/back' }))
        .url,
    ).toBe('/back');
    const tr = await sandbox.transferToAccount({
      payoutId: '42',
      accountRef: account.accountRef,
      amountMinor: 100,
      currency: 'EUR',
      transferGroup: 'payout-42',
      idempotencyKey: 'payout-42',
    });
    expect(tr.transferRef).toMatch(/^sbx_tr_/);
    expect(
      (
        await sandbox.reverseTransfer({
          transferRef: tr.transferRef,
          amountMinor: 50,
          idempotencyKey: 'r',
          reason: 'x',
        })
      ).reversalRef,
    ).toMatch(/^sbx_trr_/);
  });
});
