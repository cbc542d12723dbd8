import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { sameOriginPath } from '../../platform/http/safe-redirect.ts';
import {
  type AccountLinkInput,
  assertValidStart,
  type BankTransferInstructions,
  type ConnectedAccount,
  type CreateConnectedAccountInput,
  failed,
  headerValue,
  invalidWebhook,
  type PaymentOutcome,
  type PaymentProvider,
  type PayoutTransferInput,
  type PayoutTransferResult,
  type ProviderEvent,
  type ProviderEventType,
  type RefundInput,
  type RefundResult,
  type SandboxCard,
  type StartPaymentInput,
  type TransferResult,
  type TransferReversalInput,
  type TransferReversalResult,
  type TransferToSellersInput,
} from './payment-provider.ts';

/**
 * The default provider: TEST MODE, no network, deterministic. Behaves like Stripe's test mode
 * (same test card numbers, a 3-D Secure-like challenge, bank transfer instructions, signed
 * webhooks) so the whole checkout can be exercised without an account anywhere.
 */

export const SANDBOX_SIGNATURE_HEADER = 'reloop-sandbox-signature';
/** Webhooks older (or further in the future) than this are refused: replay protection. */
export const SANDBOX_WEBHOOK_TOLERANCE_SECONDS = 300;
export const SANDBOX_BENEFICIARY = 'Reloop (sandbox)';
export const SANDBOX_BIC = 'SNDBFRPPXXX';
/** A French IBAN with a valid mod-97 checksum; it belongs to no real account. */
export const SANDBOX_IBAN = ibanWithChecksum('FR', '30006000011234567890189');

/** Test cards (Stripe's numbers, so muscle memory carries over). */
export const SANDBOX_CARDS = {
  success: '4242424242424242',
  successMastercard: '5555555555554444',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  expired: '4000000000000069',
  incorrectCvc: '4000000000000127',
  processingError: '4000000000000119',
  challenge: '4000002760003184',
} as const;

type CardBehaviour = 'succeed' | 'challenge' | { fail: string };

const CARD_BEHAVIOUR: Record<string, CardBehaviour> = {
  [SANDBOX_CARDS.success]: 'succeed',
  [SANDBOX_CARDS.successMastercard]: 'succeed',
  [SANDBOX_CARDS.declined]: { fail: 'card_declined' },
  [SANDBOX_CARDS.insufficientFunds]: { fail: 'insufficient_funds' },
  [SANDBOX_CARDS.expired]: { fail: 'expired_card' },
  [SANDBOX_CARDS.incorrectCvc]: { fail: 'incorrect_cvc' },
  [SANDBOX_CARDS.processingError]: { fail: 'processing_error' },
  [SANDBOX_CARDS.challenge]: 'challenge',
};

export type SandboxProviderOptions = {
  /** Signs and verifies sandbox webhooks (SANDBOX_WEBHOOK_SECRET). */
  webhookSecret: string;
  clock: Clock;
  /** Prefix of the challenge page URL (e.g. the public origin); '' gives a relative path. */
  challengeBaseUrl?: string;
};

export type SandboxEventOptions = {
  secret: string;
  clock: Clock;
  amountMinor?: number;
  currency?: string;
  message?: string;
  /** For refund events: the refund's providerRef. */
  refundRef?: string;
  /** Our payment id, sent as `data.metadata.reloop_payment_id` (as Stripe returns the PaymentIntent's metadata). */
  paymentId?: string;
  /** Defaults to an id derived from the content and the time (stable under a fixed clock). */
  eventId?: string;
};

export type SignedWebhook = { body: string; headers: Record<string, string> };

export type SandboxProvider = PaymentProvider & {
  readonly name: 'sandbox';
  /** "Sends" a webhook as the sandbox would: signed with this provider's secret and clock. */
  simulate(
    type: ProviderEventType,
    providerRef: string,
    opts?: Omit<SandboxEventOptions, 'secret' | 'clock'>,
  ): SignedWebhook;
};

// ---------------------------------------------------------------------------------------------
// Pure helpers (exported for tests and for the challenge page)

function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** `sbx_pi_<16 hex>`, derived from our payment id: a retried start gives the same ref. */
export function sandboxPaymentRef(paymentId: string): string {
  return `sbx_pi_${sha256Hex(`reloop-sandbox:pi:${paymentId}`).slice(0, 16)}`;
}

export function sandboxRefundRef(idempotencyKey: string): string {
  return `sbx_re_${sha256Hex(`reloop-sandbox:re:${idempotencyKey}`).slice(0, 16)}`;
}

function sandboxTransferRef(key: string): string {
  return `sbx_tr_${sha256Hex(`reloop-sandbox:tr:${key}`).slice(0, 16)}`;
}

/** `sbx_acct_<16 hex>`, derived from the seller id: connecting twice gives the same account. */
export function sandboxAccountRef(sellerId: number): string {
  return `sbx_acct_${sha256Hex(`reloop-sandbox:acct:${sellerId}`).slice(0, 16)}`;
}

/** Sandbox connected accounts need no onboarding: enabled at once, test mode. */
function sandboxAccount(accountRef: string): ConnectedAccount {
  return {
    accountRef,
    transfersEnabled: true,
    payoutsEnabled: true,
    detailsSubmitted: true,
    requirementsDue: [],
    testMode: true,
  };
}

const REF_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: read over the phone

/** Bank transfer reference `RLP-XXXX-XXXX` derived from our payment id. */
export function sandboxTransferReference(paymentId: string): string {
  const bytes = createHash('sha256').update(`reloop-sandbox:ref:${paymentId}`).digest();
  let s = '';
  for (let i = 0; i < 8; i++) s += REF_ALPHABET[bytes[i]! % REF_ALPHABET.length];
  return `RLP-${s.slice(0, 4)}-${s.slice(4)}`;
}

/**
 * The sandbox's 3-D Secure-like page: `{base}/sandbox/challenge/{providerRef}[?return_url=…]`. A
 * return URL off the site (`baseUrl`'s origin) is left out: the bank page never sends the buyer
 * elsewhere.
 */
export function sandboxChallengeUrl(baseUrl: string, providerRef: string, returnUrl?: string): string {
  const path = `${baseUrl.replace(/\/+$/, '')}/sandbox/challenge/${encodeURIComponent(providerRef)}`;
  return returnUrl && sandboxReturnPath(returnUrl, baseUrl)
    ? `${path}?return_url=${encodeURIComponent(returnUrl)}`
    : path;
}

/** Where the bank page sends the buyer back: the path of `returnUrl` if it is on the site, else null. */
export function sandboxReturnPath(returnUrl: string | undefined, siteUrl: string): string | null {
  return sameOriginPath(returnUrl, siteUrl);
}

export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 13616 mod-97 remainder of an IBAN-shaped string (letters A=10 … Z=35). */
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const digit of v) r = (r * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return r;
}

export function ibanWithChecksum(country: string, bban: string): string {
  const check = 98 - mod97(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  return mod97(`${s.slice(4)}${s.slice(0, 4)}`) === 1;
}

/** Groups of four, as printed on bank documents. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

function cardOutcome(card: SandboxCard | undefined, now: Date): CardBehaviour {
  if (!card) return { fail: 'payment_method_required' };
  const number = card.number.replace(/[\s-]/g, '');
  if (!luhnValid(number)) return { fail: 'invalid_number' };
  if (!Number.isInteger(card.expMonth) || card.expMonth < 1 || card.expMonth > 12) {
    return { fail: 'invalid_expiry' };
  }
  const year = card.expYear < 100 ? 2000 + card.expYear : card.expYear;
  // A card is valid through the last day of its expiry month.
  if (Date.UTC(year, card.expMonth, 1) <= now.getTime()) return { fail: 'expired_card' };
  if (!/^\d{3,4}$/.test(card.cvc)) return { fail: 'invalid_cvc' };
  return CARD_BEHAVIOUR[number] ?? { fail: 'test_card_required' };
}

// ---------------------------------------------------------------------------------------------
// Webhooks

function sign(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** Builds a webhook as the sandbox "sends" it: JSON body + `reloop-sandbox-signature: t=…,v1=…`. */
export function sandboxEvent(
  type: ProviderEventType,
  providerRef: string,
  opts: SandboxEventOptions,
): SignedWebhook {
  const nowMs = opts.clock.now().getTime();
  const timestamp = Math.floor(nowMs / 1000);
  const data: Record<string, unknown> = { provider_ref: providerRef };
  if (opts.refundRef !== undefined) data.refund_ref = opts.refundRef;
  if (opts.amountMinor !== undefined) data.amount_minor = opts.amountMinor;
  if (opts.currency !== undefined) data.currency = opts.currency.toUpperCase();
  if (opts.message !== undefined) data.message = opts.message;
  if (opts.paymentId !== undefined) data.metadata = { reloop_payment_id: opts.paymentId };
  const id =
    opts.eventId ??
    `sbx_evt_${sha256Hex(JSON.stringify([type, providerRef, opts.refundRef, opts.amountMinor, nowMs])).slice(0, 24)}`;
  const body = JSON.stringify({
    id,
    object: 'event',
    type,
    livemode: false,
    created: timestamp,
    occurred_at: new Date(nowMs).toISOString(),
    data,
  });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      [SANDBOX_SIGNATURE_HEADER]: `t=${timestamp},v1=${sign(opts.secret, timestamp, body)}`,
    },
  };
}

const EVENT_TYPES: readonly ProviderEventType[] = [
  'payment.succeeded',
  'payment.failed',
  'transfer.received',
  'refund.succeeded',
  'refund.failed',
];

function safeEqualHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Verifies signature and freshness, then parses. Throws AppError('INVALID_INPUT'). */
export function verifySandboxWebhook(
  rawBody: string,
  headers: Record<string, string | undefined>,
  secret: string,
  clock: Clock,
): ProviderEvent {
  const header = headerValue(headers, SANDBOX_SIGNATURE_HEADER);
  if (!header) throw invalidWebhook(`Missing ${SANDBOX_SIGNATURE_HEADER} header`);
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1') signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) throw invalidWebhook('Malformed webhook signature');
  const expected = sign(secret, timestamp, rawBody);
  if (!signatures.some((s) => safeEqualHex(s, expected))) throw invalidWebhook('Invalid webhook signature');
  const age = Math.floor(clock.now().getTime() / 1000) - timestamp;
  if (Math.abs(age) > SANDBOX_WEBHOOK_TOLERANCE_SECONDS) {
    throw invalidWebhook('Webhook timestamp outside the tolerance window');
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    throw invalidWebhook('Webhook body is not JSON');
  }
  if (!isRecord(parsed) || !isRecord(parsed.data)) throw invalidWebhook('Malformed webhook body');
  const { id, type, data } = parsed;
  if (typeof id !== 'string' || !EVENT_TYPES.includes(type as ProviderEventType)) {
    throw invalidWebhook('Malformed webhook body');
  }
  if (typeof data.provider_ref !== 'string') throw invalidWebhook('Malformed webhook body');
  const event: ProviderEvent = {
    id,
    type: type as ProviderEventType,
    providerRef: data.provider_ref,
    occurredAt:
      typeof parsed.occurred_at === 'string' ? new Date(parsed.occurred_at) : new Date(timestamp * 1000),
    raw: parsed,
  };
  if (typeof data.refund_ref === 'string') event.refundRef = data.refund_ref;
  if (typeof data.amount_minor === 'number') event.amountMinor = data.amount_minor;
  if (typeof data.currency === 'string') event.currency = data.currency;
  if (typeof data.message === 'string') event.message = data.message;
  if (isRecord(data.metadata) && typeof data.metadata.reloop_payment_id === 'string') {
    event.paymentId = data.metadata.reloop_payment_id;
  }
  return event;
}

// ---------------------------------------------------------------------------------------------

export function createSandboxProvider(opts: SandboxProviderOptions): SandboxProvider {
  const { clock, webhookSecret } = opts;
  const base = opts.challengeBaseUrl ?? '';
  if (webhookSecret.length === 0) throw new Error('SANDBOX_WEBHOOK_SECRET must not be empty');

  async function start(input: StartPaymentInput): Promise<PaymentOutcome> {
    assertValidStart(input);
    const providerRef = sandboxPaymentRef(input.paymentId);
    if (input.method === 'bank_transfer') {
      const nextAction: BankTransferInstructions = {
        type: 'bank_transfer',
        iban: SANDBOX_IBAN,
        bic: SANDBOX_BIC,
        reference: sandboxTransferReference(input.paymentId),
        beneficiary: SANDBOX_BENEFICIARY,
        amountMinor: input.amountMinor,
        currency: input.currency.toUpperCase(),
      };
      return { status: 'awaiting_transfer', providerRef, nextAction };
    }
    const behaviour = cardOutcome(input.card, clock.now());
    if (behaviour === 'succeed') return { status: 'succeeded', providerRef };
    if (behaviour === 'challenge') {
      return {
        status: 'requires_action',
        providerRef,
        nextAction: { type: 'redirect', url: sandboxChallengeUrl(base, providerRef, input.returnUrl) },
      };
    }
    return failed(behaviour.fail, providerRef);
  }

  async function refund(input: RefundInput): Promise<RefundResult> {
    if (!input.providerRef.startsWith('sbx_pi_')) {
      return { status: 'failed', providerRef: null, message: 'Unknown sandbox payment.' };
    }
    if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) {
      return { status: 'failed', providerRef: null, message: 'The refund amount must be positive.' };
    }
    return { status: 'succeeded', providerRef: sandboxRefundRef(input.idempotencyKey) };
  }

  async function transferToSellers(input: TransferToSellersInput): Promise<TransferResult[]> {
    return input.transfers
      .filter((t) => t.amountMinor > 0)
      .map((t) => ({
        sellerAccount: t.sellerAccount,
        amountMinor: t.amountMinor,
        transferRef: sandboxTransferRef(`${input.idempotencyKey}:${t.sellerAccount}`),
      }));
  }

  async function transferToAccount(input: PayoutTransferInput): Promise<PayoutTransferResult> {
    if (!input.accountRef.startsWith('sbx_acct_')) {
      throw AppError.invalid([{ field: 'accountRef', message: 'must be a sandbox connected account' }]);
    }
    if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) {
      throw AppError.invalid([{ field: 'amountMinor', message: 'must be a positive integer' }]);
    }
    return {
      transferRef: sandboxTransferRef(input.idempotencyKey),
      sourceTransaction: input.sourcePaymentRef ?? null,
    };
  }

  async function reverseTransfer(input: TransferReversalInput): Promise<TransferReversalResult> {
    return {
      reversalRef: `sbx_trr_${sha256Hex(`reloop-sandbox:trr:${input.idempotencyKey}`).slice(0, 16)}`,
      amountMinor: input.amountMinor,
    };
  }

  return {
    name: 'sandbox',
    testMode: true,
    start,
    refund,
    // Sandbox refunds settle at once: one the sandbox made is succeeded, any other is unknown.
    retrieveRefund: async (refundRef: string): Promise<RefundResult> =>
      refundRef.startsWith('sbx_re_')
        ? { status: 'succeeded', providerRef: refundRef }
        : { status: 'failed', providerRef: refundRef, message: 'Unknown sandbox refund.' },
    transferToSellers,
    createConnectedAccount: async (input: CreateConnectedAccountInput) =>
      sandboxAccount(sandboxAccountRef(input.sellerId)),
    connectedAccount: async (accountRef: string) => sandboxAccount(accountRef),
    // No hosted form to fill in: the seller goes straight back to the portal.
    accountLink: async (input: AccountLinkInput) => ({ url: input.returnUrl }),
    transferToAccount,
    reverseTransfer,
    parseWebhook: (rawBody, headers) => verifySandboxWebhook(rawBody, headers, webhookSecret, clock),
    simulate: (type, providerRef, eventOpts = {}) =>
      sandboxEvent(type, providerRef, { ...eventOpts, secret: webhookSecret, clock }),
  };
}
