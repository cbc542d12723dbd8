import Stripe from 'stripe';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import {
  type AccountLinkInput,
  assertValidStart,
  type BankTransferInstructions,
  type ConnectedAccount,
  type CreateConnectedAccountInput,
  failed,
  headerValue,
  invalidWebhook,
  isKnownFailureCode,
  type PaymentOutcome,
  type PaymentProvider,
  type PayoutTransferInput,
  type PayoutTransferResult,
  type ProviderEvent,
  type RefundInput,
  type RefundResult,
  type StartPaymentInput,
  type TransferResult,
  type TransferReversalInput,
  type TransferReversalResult,
  type TransferToSellersInput,
} from './payment-provider.ts';

/**
 * Stripe adapter, Connect with "separate charges and transfers": one checkout can span several
 * sellers, so the PaymentIntent is created on the platform account with
 * `transfer_group = paymentId`, and after success `transferToSellers` creates one Transfer per
 * seller (their share minus commission). The application fee is what is not transferred.
 *
 * Cards: raw card numbers never reach Reloop's servers with Stripe. The browser collects them with
 * Stripe.js / Elements and sends a PaymentMethod id (`pm_…`) as `StartPaymentInput.paymentMethodId`.
 * Passing `card` to this provider is refused.
 *
 * API version: the SDK pins `2026-10-28.endive`, where PaymentIntent creation takes
 * `allowed_payment_method_types` (the former `payment_method_types` parameter was removed).
 *
 * Bank transfer: Stripe's customer balance funded by an EU bank transfer (EUR only), which
 * needs a Stripe Customer (one is created per payment, idempotently).
 */

export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';
export const STRIPE_WEBHOOK_TOLERANCE_SECONDS = 300;
const EU_BANK_TRANSFER_COUNTRIES = new Set(['BE', 'DE', 'ES', 'FR', 'IE', 'NL']);

export type StripeProviderOptions = {
  secretKey: string;
  webhookSecret: string;
  /**
   * Signing secret of the Connect webhook endpoint (events of the sellers' connected accounts, such
   * as `account.updated`), when it is a separate endpoint in Stripe's dashboard.
   */
  connectWebhookSecret?: string | undefined;
  clock: Clock;
  /** Tests pass `Stripe.createFetchHttpClient(fakeFetch)`: no network. */
  httpClient?: Stripe.HttpClient;
  /** Retries of network errors / 409 / 5xx; safe because every POST carries an idempotency key. */
  maxNetworkRetries?: number;
};

export type StripeProvider = PaymentProvider & { readonly name: 'stripe'; readonly client: Stripe };

/** Our failure code for Stripe's error code / decline code (both optional). */
export function failureCodeFromStripe(code?: string | null, declineCode?: string | null): string {
  if (declineCode && isKnownFailureCode(declineCode)) return declineCode;
  switch (code) {
    case 'incorrect_number':
    case 'invalid_number':
      return 'invalid_number';
    case 'invalid_expiry_month':
    case 'invalid_expiry_year':
      return 'invalid_expiry';
    case 'payment_intent_authentication_failure':
    case 'authentication_required':
      return 'authentication_failed';
    case 'expired_card':
    case 'incorrect_cvc':
    case 'invalid_cvc':
    case 'processing_error':
    case 'card_declined':
      return code;
    default:
      return 'card_declined';
  }
}

function bankTransferInstructions(pi: Stripe.PaymentIntent): BankTransferInstructions | null {
  const bt = pi.next_action?.display_bank_transfer_instructions;
  const iban = bt?.financial_addresses?.find((a) => a.type === 'iban' && a.iban)?.iban;
  if (!bt || !iban) return null;
  return {
    type: 'bank_transfer',
    iban: iban.iban,
    bic: iban.bic,
    reference: bt.reference ?? '',
    beneficiary: iban.account_holder_name,
    amountMinor: bt.amount_remaining ?? pi.amount,
    currency: (bt.currency ?? pi.currency).toUpperCase(),
  };
}

/** Maps a PaymentIntent (after create+confirm, or retrieved) to our outcome. */
export function outcomeFromPaymentIntent(pi: Stripe.PaymentIntent): PaymentOutcome {
  switch (pi.status) {
    case 'succeeded':
      return { status: 'succeeded', providerRef: pi.id };
    case 'processing':
    case 'requires_capture':
      return { status: 'processing', providerRef: pi.id };
    case 'requires_action': {
      const next = pi.next_action;
      if (next?.type === 'redirect_to_url' && next.redirect_to_url?.url) {
        return {
          status: 'requires_action',
          providerRef: pi.id,
          nextAction: { type: 'redirect', url: next.redirect_to_url.url },
        };
      }
      if (next?.type === 'display_bank_transfer_instructions') {
        const instructions = bankTransferInstructions(pi);
        if (instructions)
          return { status: 'awaiting_transfer', providerRef: pi.id, nextAction: instructions };
        return failed('bank_transfer_unavailable', pi.id);
      }
      return failed('unsupported_next_action', pi.id);
    }
    case 'requires_payment_method': {
      const err = pi.last_payment_error;
      return failed(failureCodeFromStripe(err?.code, err?.decline_code), pi.id);
    }
    case 'canceled':
      return failed('canceled', pi.id);
    default:
      // requires_confirmation: we always confirm on create, so this is not expected.
      return failed('processing_error', pi.id);
  }
}

/** A payout only ever goes to a Stripe connected account (`acct_…`), never to one of our ids. */
function assertAccountRef(accountRef: string): void {
  if (!/^acct_[A-Za-z0-9]+$/.test(accountRef)) {
    throw AppError.invalid(
      [{ field: 'accountRef', message: 'must be a Stripe connected account id (acct_…)' }],
      'Not a connected account',
    );
  }
}

function unavailable(cause: unknown): AppError {
  const e = new AppError(
    'INTERNAL',
    'The payment service could not be reached. Please try again in a moment.',
  );
  e.cause = cause;
  return e;
}

/** A card / payment-method error becomes a buyer-facing failure; anything else is thrown. */
function outcomeFromError(e: unknown): PaymentOutcome {
  if (e instanceof Stripe.errors.StripeCardError) {
    return failed(failureCodeFromStripe(e.code, e.decline_code), e.payment_intent?.id ?? null);
  }
  if (e instanceof Stripe.errors.StripeInvalidRequestError && e.param === 'payment_method') {
    return failed('payment_method_required', e.payment_intent?.id ?? null);
  }
  throw unavailable(e);
}

function refundStatus(status: string | null): RefundResult['status'] {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  return 'pending';
}

function idOf(v: string | { id: string } | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : v.id;
}

/**
 * A connected account as Reloop sees it. Payouts are separate transfers from the platform, so what
 * matters is the `transfers` capability (and that the account can pay out to the seller's bank),
 * not `charges_enabled`.
 */
export function connectedAccountFromStripe(a: Stripe.Account, testMode: boolean): ConnectedAccount {
  const due = [...(a.requirements?.currently_due ?? []), ...(a.requirements?.past_due ?? [])];
  return {
    accountRef: a.id,
    transfersEnabled: a.capabilities?.transfers === 'active',
    payoutsEnabled: a.payouts_enabled === true,
    detailsSubmitted: a.details_submitted === true,
    requirementsDue: [...new Set(due)],
    testMode,
  };
}

/** Our payment id from the PaymentIntent's metadata (set at creation), when there. */
function ourPaymentId(pi: Stripe.PaymentIntent): { paymentId?: string } {
  const id = pi.metadata?.reloop_payment_id;
  return typeof id === 'string' && id.length > 0 ? { paymentId: id } : {};
}

/** Maps a verified Stripe event; null for events Reloop does not act on. */
export function providerEventFromStripe(event: Stripe.Event): ProviderEvent | null {
  const base = {
    id: event.id,
    occurredAt: new Date(event.created * 1000),
    raw: event as unknown as Record<string, unknown>,
  };
  switch (event.type) {
    case 'payment_intent.succeeded': {
      const pi = event.data.object;
      const isBankTransfer =
        pi.payment_method_types.includes('customer_balance') ||
        (pi.allowed_payment_method_types ?? []).includes('customer_balance');
      return {
        ...base,
        type: isBankTransfer ? 'transfer.received' : 'payment.succeeded',
        providerRef: pi.id,
        ...ourPaymentId(pi),
        amountMinor: pi.amount_received,
        currency: pi.currency.toUpperCase(),
      };
    }
    case 'payment_intent.payment_failed':
    case 'payment_intent.canceled': {
      const pi = event.data.object;
      const outcome =
        event.type === 'payment_intent.canceled'
          ? failed('canceled', pi.id)
          : failed(
              failureCodeFromStripe(pi.last_payment_error?.code, pi.last_payment_error?.decline_code),
              pi.id,
            );
      return {
        ...base,
        type: 'payment.failed',
        providerRef: pi.id,
        ...ourPaymentId(pi),
        amountMinor: pi.amount,
        currency: pi.currency.toUpperCase(),
        message: outcome.status === 'failed' ? outcome.message : undefined,
      };
    }
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed': {
      const refund = event.data.object;
      const paymentRef = idOf(refund.payment_intent);
      const status = refundStatus(refund.status);
      if (!paymentRef || status === 'pending') return null;
      return {
        ...base,
        type: status === 'succeeded' ? 'refund.succeeded' : 'refund.failed',
        providerRef: paymentRef,
        refundRef: refund.id,
        amountMinor: refund.amount,
        currency: refund.currency.toUpperCase(),
        ...(status === 'failed' ? { message: 'The refund could not be completed.' } : {}),
      };
    }
    case 'account.updated': {
      const account = connectedAccountFromStripe(event.data.object, !event.livemode);
      return { ...base, type: 'account.updated', providerRef: account.accountRef, account };
    }
    // `charge.refunded` is deliberately not mapped: it carries the cumulative amount_refunded and
    // no refund id, and every refund also emits refund.created / refund.updated with its own id,
    // amount and status. Subscribe the endpoint to refund.* events.
    default:
      return null;
  }
}

export function createStripeProvider(opts: StripeProviderOptions): StripeProvider {
  if (!opts.secretKey) throw new Error('STRIPE_SECRET_KEY is required for PAYMENT_PROVIDER=stripe');
  if (!opts.webhookSecret) throw new Error('STRIPE_WEBHOOK_SECRET is required for PAYMENT_PROVIDER=stripe');
  const stripe = new Stripe(opts.secretKey, {
    maxNetworkRetries: opts.maxNetworkRetries ?? 2,
    timeout: 20_000,
    appInfo: { name: 'Reloop' },
    ...(opts.httpClient ? { httpClient: opts.httpClient } : {}),
  });
  const { clock } = opts;
  // The platform endpoint's secret, then the Connect endpoint's (sellers' account events).
  const webhookSecrets = [
    opts.webhookSecret,
    ...(opts.connectWebhookSecret ? [opts.connectWebhookSecret] : []),
  ];

  async function start(input: StartPaymentInput): Promise<PaymentOutcome> {
    assertValidStart(input);
    if (input.card) {
      throw AppError.invalid(
        [
          {
            field: 'card',
            message: 'raw card data is never sent to Stripe; pass paymentMethodId from Stripe.js',
          },
        ],
        'Card details must be collected by Stripe.js',
      );
    }
    const currency = input.currency.toLowerCase();
    const common = {
      amount: input.amountMinor,
      currency,
      confirm: true,
      transfer_group: input.paymentId,
      description: input.description,
      metadata: {
        reloop_payment_id: input.paymentId,
        reloop_application_fee_minor: String(input.applicationFeeMinor),
        reloop_seller_count: String(input.transfers.length),
      },
    } satisfies Partial<Stripe.PaymentIntentCreateParams>;

    let params: Stripe.PaymentIntentCreateParams;
    try {
      if (input.method === 'card') {
        if (!input.paymentMethodId) return failed('payment_method_required');
        params = {
          ...common,
          payment_method: input.paymentMethodId,
          allowed_payment_method_types: ['card'],
          return_url: input.returnUrl,
        };
      } else {
        if (currency !== 'eur') return failed('bank_transfer_unavailable');
        const country = input.buyerCountry?.toUpperCase() ?? 'FR';
        const customer = await stripe.customers.create(
          { email: input.buyerEmail, metadata: { reloop_payment_id: input.paymentId } },
          { idempotencyKey: `${input.idempotencyKey}:customer` },
        );
        params = {
          ...common,
          customer: customer.id,
          allowed_payment_method_types: ['customer_balance'],
          payment_method_data: { type: 'customer_balance' },
          payment_method_options: {
            customer_balance: {
              funding_type: 'bank_transfer',
              bank_transfer: {
                type: 'eu_bank_transfer',
                eu_bank_transfer: { country: EU_BANK_TRANSFER_COUNTRIES.has(country) ? country : 'FR' },
              },
            },
          },
        };
      }
      const pi = await stripe.paymentIntents.create(params, { idempotencyKey: input.idempotencyKey });
      return outcomeFromPaymentIntent(pi);
    } catch (e) {
      return outcomeFromError(e);
    }
  }

  async function refund(input: RefundInput): Promise<RefundResult> {
    try {
      const r = await stripe.refunds.create(
        {
          payment_intent: input.providerRef,
          amount: input.amountMinor,
          metadata: { reloop_reason: input.reason },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      const status = refundStatus(r.status);
      return status === 'failed'
        ? { status, providerRef: r.id, message: 'The refund could not be completed.' }
        : { status, providerRef: r.id };
    } catch (e) {
      if (e instanceof Stripe.errors.StripeInvalidRequestError) {
        return { status: 'failed', providerRef: null, message: e.message };
      }
      throw unavailable(e);
    }
  }

  async function transferToSellers(input: TransferToSellersInput): Promise<TransferResult[]> {
    let pi: Stripe.PaymentIntent;
    try {
      pi = await stripe.paymentIntents.retrieve(input.providerRef);
    } catch (e) {
      throw unavailable(e);
    }
    if (pi.status !== 'succeeded') {
      throw new AppError('CONFLICT', `Payment ${input.providerRef} has not succeeded (status ${pi.status})`);
    }
    // Tying each transfer to the charge lets it go out before the funds are available.
    const sourceTransaction = idOf(pi.latest_charge);
    const results: TransferResult[] = [];
    for (const t of input.transfers) {
      if (t.amountMinor <= 0) continue;
      try {
        const transfer = await stripe.transfers.create(
          {
            amount: t.amountMinor,
            currency: input.currency.toLowerCase(),
            destination: t.sellerAccount,
            transfer_group: input.paymentId,
            ...(sourceTransaction ? { source_transaction: sourceTransaction } : {}),
            metadata: { reloop_payment_id: input.paymentId },
          },
          { idempotencyKey: `${input.idempotencyKey}:${t.sellerAccount}` },
        );
        results.push({
          sellerAccount: t.sellerAccount,
          amountMinor: t.amountMinor,
          transferRef: transfer.id,
        });
      } catch (e) {
        // Transfers already made are idempotent: the caller retries the whole call with the same key.
        throw unavailable(e);
      }
    }
    return results;
  }

  const testMode = /^(sk|rk)_test_/.test(opts.secretKey);

  async function createConnectedAccount(input: CreateConnectedAccountInput): Promise<ConnectedAccount> {
    try {
      // The platform is liable for losses and pays Stripe's fees; the seller gets the Express
      // dashboard and Stripe collects the KYC requirements in its hosted onboarding.
      const account = await stripe.accounts.create(
        {
          country: input.country.toUpperCase(),
          email: input.email,
          business_profile: { name: input.businessName },
          capabilities: { transfers: { requested: true } },
          controller: {
            stripe_dashboard: { type: 'express' },
            fees: { payer: 'application' },
            losses: { payments: 'application' },
          },
          metadata: { reloop_seller_id: String(input.sellerId) },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return connectedAccountFromStripe(account, testMode);
    } catch (e) {
      throw unavailable(e);
    }
  }

  async function connectedAccount(accountRef: string): Promise<ConnectedAccount> {
    assertAccountRef(accountRef);
    try {
      return connectedAccountFromStripe(await stripe.accounts.retrieve(accountRef), testMode);
    } catch (e) {
      throw unavailable(e);
    }
  }

  async function accountLink(input: AccountLinkInput): Promise<{ url: string }> {
    assertAccountRef(input.accountRef);
    try {
      const link = await stripe.accountLinks.create({
        account: input.accountRef,
        type: 'account_onboarding',
        refresh_url: input.refreshUrl,
        return_url: input.returnUrl,
      });
      return { url: link.url };
    } catch (e) {
      throw unavailable(e);
    }
  }

  async function transferToAccount(input: PayoutTransferInput): Promise<PayoutTransferResult> {
    assertAccountRef(input.accountRef);
    if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) {
      throw AppError.invalid([{ field: 'amountMinor', message: 'must be a positive integer' }]);
    }
    try {
      // Tying the transfer to the charge that funds it lets it go out before that charge's funds
      // are available; without one it is paid from the platform's available balance.
      let sourceTransaction: string | null = null;
      if (input.sourcePaymentRef) {
        const pi = await stripe.paymentIntents.retrieve(input.sourcePaymentRef);
        if (pi.status === 'succeeded') sourceTransaction = idOf(pi.latest_charge);
      }
      const transfer = await stripe.transfers.create(
        {
          amount: input.amountMinor,
          currency: input.currency.toLowerCase(),
          destination: input.accountRef,
          transfer_group: input.transferGroup,
          ...(sourceTransaction ? { source_transaction: sourceTransaction } : {}),
          metadata: { reloop_payout_id: input.payoutId },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return { transferRef: transfer.id, sourceTransaction };
    } catch (e) {
      throw unavailable(e);
    }
  }

  async function reverseTransfer(input: TransferReversalInput): Promise<TransferReversalResult> {
    try {
      const r = await stripe.transfers.createReversal(
        input.transferRef,
        { amount: input.amountMinor, metadata: { reloop_reason: input.reason } },
        { idempotencyKey: input.idempotencyKey },
      );
      return { reversalRef: r.id, amountMinor: r.amount };
    } catch (e) {
      throw unavailable(e);
    }
  }

  function parseWebhook(rawBody: string, headers: Record<string, string | undefined>): ProviderEvent | null {
    const signature = headerValue(headers, STRIPE_SIGNATURE_HEADER);
    if (!signature) throw invalidWebhook(`Missing ${STRIPE_SIGNATURE_HEADER} header`);
    let event: Stripe.Event | undefined;
    for (const secret of webhookSecrets) {
      try {
        event = stripe.webhooks.constructEvent(
          rawBody,
          signature,
          secret,
          STRIPE_WEBHOOK_TOLERANCE_SECONDS,
          undefined,
          clock.now().getTime(),
        );
        break;
      } catch (e) {
        if (!(e instanceof Stripe.errors.StripeSignatureVerificationError)) {
          throw invalidWebhook('Malformed Stripe webhook');
        }
      }
    }
    if (!event) throw invalidWebhook('Invalid Stripe webhook signature');
    return providerEventFromStripe(event);
  }

  return {
    name: 'stripe',
    testMode,
    client: stripe,
    start,
    refund,
    async retrieveRefund(refundRef: string): Promise<RefundResult> {
      try {
        const r = await stripe.refunds.retrieve(refundRef);
        const status = refundStatus(r.status);
        return status === 'failed'
          ? {
              status,
              providerRef: r.id,
              message: r.failure_reason
                ? `The refund failed (${r.failure_reason}).`
                : 'The refund could not be completed.',
            }
          : { status, providerRef: r.id };
      } catch (e) {
        throw unavailable(e);
      }
    },
    transferToSellers,
    createConnectedAccount,
    connectedAccount,
    accountLink,
    transferToAccount,
    reverseTransfer,
    parseWebhook,
  };
}
