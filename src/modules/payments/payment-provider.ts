import { AppError } from '../../platform/errors.ts';

/**
 * One interface over every payment service Reloop can use (sandbox, Stripe).
 *
 * Reloop is the merchant of record for a checkout that may span several sellers: the provider
 * collects the whole amount on the platform account ("separate charges and transfers"), the
 * platform keeps its application fee, and `transferToSellers` moves each seller's share to
 * the seller's connected account once the payment has succeeded.
 *
 * Providers never touch the database and never run inside a transaction: the caller records
 * the outcome afterwards (see payments.schema.ts).
 */

export type PaymentMethodKind = 'card' | 'bank_transfer';

/** A raw test card. Accepted ONLY by the sandbox (test mode): real PANs never reach our servers. */
export type SandboxCard = {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  holder: string;
};

export type SellerTransfer = {
  /** The seller's connected account (Stripe: `acct_…`; sandbox: any id). */
  sellerAccount: string;
  /** What the seller receives: their share minus the platform commission. */
  amountMinor: number;
};

export type StartPaymentInput = {
  /** Our payment uuid (payments.id). Also the Stripe `transfer_group`. */
  paymentId: string;
  amountMinor: number;
  /** ISO 4217, any case. */
  currency: string;
  method: PaymentMethodKind;
  /**
   * Sandbox only: raw test card numbers typed into the sandbox form. The Stripe provider
   * refuses this field (PCI scope): with Stripe, the browser tokenises the card with
   * Stripe.js / Elements and sends us `paymentMethodId` instead.
   */
  card?: SandboxCard;
  /** Stripe only: a PaymentMethod id (`pm_…`) created in the browser by Stripe.js / Elements. */
  paymentMethodId?: string;
  buyerEmail: string;
  /** ISO country of the buyer's market; picks the bank-transfer country (Stripe). */
  buyerCountry?: string;
  description: string;
  /** Where the buyer comes back after a challenge (3-D Secure) or a redirect. */
  returnUrl: string;
  /** Seller shares to transfer after success. sum(transfers) + applicationFeeMinor === amountMinor. */
  transfers: SellerTransfer[];
  /** What the platform keeps (commission, service fee, insurance…): simply not transferred. */
  applicationFeeMinor: number;
  /** Same key → same effect (a retried start never charges twice). */
  idempotencyKey: string;
};

export type BankTransferInstructions = {
  type: 'bank_transfer';
  iban: string;
  bic: string;
  reference: string;
  beneficiary: string;
  amountMinor: number;
  currency: string;
};

export type PaymentOutcome =
  | { status: 'succeeded'; providerRef: string }
  /** The provider is still working on it (e.g. a SEPA debit); a webhook will tell. */
  | { status: 'processing'; providerRef: string }
  | { status: 'requires_action'; providerRef: string; nextAction: { type: 'redirect'; url: string } }
  | { status: 'awaiting_transfer'; providerRef: string; nextAction: BankTransferInstructions }
  | {
      status: 'failed';
      providerRef: string | null;
      /** Shown to the buyer as is: says what happened, that no money was taken, what to do. */
      message: string;
      /** Stable machine code: card_declined, insufficient_funds, expired_card, invalid_number… */
      code: string;
    };

export type ProviderEventType =
  | 'payment.succeeded'
  | 'payment.failed'
  | 'transfer.received'
  | 'refund.succeeded'
  | 'refund.failed'
  /** A seller's connected account changed (onboarding done, payouts enabled or disabled). */
  | 'account.updated';

export type ProviderEvent = {
  /** Provider's event id: store it (payment_events) so a redelivered webhook has one effect. */
  id: string;
  type: ProviderEventType;
  /** The payment's providerRef (payments.provider_ref), also for refund events. */
  providerRef: string;
  /** For refund events: the refund's own ref (refunds.provider_ref). */
  refundRef?: string;
  /**
   * Our payment id (payments.id), carried in the provider's metadata (`reloop_payment_id`): it
   * matches the event to its payment when the provider's reference was never saved (the start
   * timed out, or the server died before recording the answer).
   */
  paymentId?: string;
  occurredAt: Date;
  /** Amount concerned: received (payment / transfer) or refunded (this refund only). */
  amountMinor?: number;
  currency?: string;
  /** For failures: a buyer-facing message. */
  message?: string;
  /** For `account.updated` (providerRef is then the account ref): the account as it is now. */
  account?: ConnectedAccount;
  raw: Record<string, unknown>;
};

export type RefundInput = {
  providerRef: string;
  amountMinor: number;
  currency: string;
  idempotencyKey: string;
  reason: string;
};

export type RefundResult = {
  status: 'succeeded' | 'pending' | 'failed';
  providerRef: string | null;
  message?: string;
};

export type TransferToSellersInput = {
  /** The succeeded payment's providerRef. */
  providerRef: string;
  /** Our payment id: groups the transfers with the charge. */
  paymentId: string;
  currency: string;
  transfers: SellerTransfer[];
  /** Base key; each seller's transfer uses `${idempotencyKey}:${sellerAccount}`. */
  idempotencyKey: string;
};

export type TransferResult = { sellerAccount: string; amountMinor: number; transferRef: string };

/**
 * A seller's account at the provider (Stripe Connect: `acct_…`), which receives payouts.
 * Money may be sent to it only when `transfersEnabled` and `payoutsEnabled` are both true.
 */
export type ConnectedAccount = {
  accountRef: string;
  /** The account may receive transfers from the platform (Stripe: the `transfers` capability is active). */
  transfersEnabled: boolean;
  /** The account can pay out to the seller's bank. */
  payoutsEnabled: boolean;
  /** The seller finished the provider's onboarding form. */
  detailsSubmitted: boolean;
  /** What the provider still needs from the seller (its requirement names), empty when nothing. */
  requirementsDue: string[];
  /** True for a test-mode account (sandbox, Stripe test keys): no real money reaches the seller. */
  testMode: boolean;
};

export type CreateConnectedAccountInput = {
  sellerId: number;
  email: string;
  /** ISO country of the seller's establishment. */
  country: string;
  businessName: string;
  /** Same key → the same account (a retried click never opens two accounts). */
  idempotencyKey: string;
};

export type AccountLinkInput = {
  accountRef: string;
  /** Where the provider sends the seller back when the link expired: we make a new one. */
  refreshUrl: string;
  /** Where the seller lands after the provider's form (we then read the account's status). */
  returnUrl: string;
};

/** One payout to a seller's connected account. */
export type PayoutTransferInput = {
  /** Our payout id; also in the transfer's metadata. */
  payoutId: string;
  accountRef: string;
  amountMinor: number;
  currency: string;
  /** Groups the payout's transfers (Stripe `transfer_group`): `payout-<id>`. */
  transferGroup: string;
  /**
   * The succeeded payment (providerRef) whose charge funds this transfer, when one does: the
   * transfer is tied to it (Stripe `source_transaction`) and may go out before the charge's funds
   * are available. Null: paid from the platform's available balance.
   */
  sourcePaymentRef?: string | null;
  idempotencyKey: string;
};

export type PayoutTransferResult = { transferRef: string; sourceTransaction: string | null };

export type TransferReversalInput = {
  transferRef: string;
  amountMinor: number;
  /** Same key → one reversal. */
  idempotencyKey: string;
  reason: string;
};

export type TransferReversalResult = { reversalRef: string; amountMinor: number };

export interface PaymentProvider {
  readonly name: 'sandbox' | 'stripe';
  /** True when no real money moves: the UI must say so ("Test mode"). */
  readonly testMode: boolean;
  start(input: StartPaymentInput): Promise<PaymentOutcome>;
  refund(input: RefundInput): Promise<RefundResult>;
  /**
   * The refund's status as the provider has it now (`refundRef` = RefundResult.providerRef): the
   * reconciliation of refunds left pending (refunds/reconcile-pending-refunds.ts).
   */
  retrieveRefund?(refundRef: string): Promise<RefundResult>;
  /** Pays each seller their share of a succeeded payment (Connect transfers). Idempotent. */
  transferToSellers(input: TransferToSellersInput): Promise<TransferResult[]>;
  /** Opens a connected account for a seller (idempotent by key). */
  createConnectedAccount(input: CreateConnectedAccountInput): Promise<ConnectedAccount>;
  /** The account's status as the provider sees it now. */
  connectedAccount(accountRef: string): Promise<ConnectedAccount>;
  /** A single-use link to the provider's onboarding form for the account. */
  accountLink(input: AccountLinkInput): Promise<{ url: string }>;
  /** Sends one payout to a connected account (Stripe: a Transfer). Idempotent by key. */
  transferToAccount(input: PayoutTransferInput): Promise<PayoutTransferResult>;
  /** Takes back (part of) a transfer, e.g. when a refund follows the payout. Idempotent by key. */
  reverseTransfer(input: TransferReversalInput): Promise<TransferReversalResult>;
  /**
   * Verify and parse a webhook. Throws AppError('INVALID_INPUT') on a missing or bad signature,
   * a stale timestamp or a malformed body. Returns null for a genuine event Reloop does not use
   * (answer 200 so the provider stops retrying).
   */
  parseWebhook(rawBody: string, headers: Record<string, string | undefined>): ProviderEvent | null;
}

/** Buyer-facing messages, one per failure code; both providers use them. */
const BUYER_MESSAGES: Record<string, string> = {
  card_declined: 'Your card was declined. No money was taken. Try another card.',
  insufficient_funds: 'Your card has insufficient funds. No money was taken. Try another card.',
  expired_card: 'Your card has expired. No money was taken. Check the expiry date or try another card.',
  invalid_number: 'The card number is not valid. No money was taken. Check the number and try again.',
  incorrect_number: 'The card number is not valid. No money was taken. Check the number and try again.',
  invalid_expiry: 'The expiry date is not valid. No money was taken. Check it and try again.',
  incorrect_cvc: 'The security code (CVC) is incorrect. No money was taken. Check it and try again.',
  invalid_cvc: 'The security code (CVC) is not valid. No money was taken. Check it and try again.',
  authentication_failed:
    'The security check with your bank was not completed. No money was taken. Try again or use another card.',
  processing_error: 'Your bank could not process the payment. No money was taken. Try again in a moment.',
  payment_method_required: 'Please enter your card details again. No money was taken.',
  bank_transfer_unavailable:
    'Bank transfer is not available for this currency. No money was taken. Please pay by card.',
  test_card_required: 'This is test mode: use a test card such as 4242 4242 4242 4242. No money was taken.',
  canceled: 'The payment was cancelled. No money was taken.',
  unsupported_next_action:
    'This payment method needs a step we do not support. No money was taken. Please try another method.',
};

const GENERIC_FAILURE = 'The payment did not go through. No money was taken. Try again or use another card.';

export function isKnownFailureCode(code: string): boolean {
  return Object.hasOwn(BUYER_MESSAGES, code);
}

export function buyerMessage(code: string): string {
  return BUYER_MESSAGES[code] ?? GENERIC_FAILURE;
}

export function failed(code: string, providerRef: string | null = null): PaymentOutcome {
  return { status: 'failed', providerRef, code, message: buyerMessage(code) };
}

const CURRENCY_RE = /^[A-Za-z]{3}$/;

function isMinor(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * Checks what every provider relies on; a violation is a bug in the caller, not buyer input.
 * The split must balance: what sellers receive plus what the platform keeps is what the buyer pays.
 */
export function assertValidStart(input: StartPaymentInput): void {
  const issues: { field: string; message: string }[] = [];
  if (!isMinor(input.amountMinor) || input.amountMinor === 0) {
    issues.push({ field: 'amountMinor', message: 'must be a positive integer' });
  }
  if (!CURRENCY_RE.test(input.currency)) issues.push({ field: 'currency', message: 'must be ISO 4217' });
  if (!isMinor(input.applicationFeeMinor)) {
    issues.push({ field: 'applicationFeeMinor', message: 'must be a non-negative integer' });
  }
  if (input.idempotencyKey.length === 0) issues.push({ field: 'idempotencyKey', message: 'is required' });
  let sum = input.applicationFeeMinor;
  input.transfers.forEach((t, i) => {
    if (!isMinor(t.amountMinor)) {
      issues.push({ field: `transfers.${i}.amountMinor`, message: 'must be a non-negative integer' });
    }
    if (t.sellerAccount.length === 0)
      issues.push({ field: `transfers.${i}.sellerAccount`, message: 'is required' });
    sum += t.amountMinor;
  });
  if (issues.length === 0 && sum !== input.amountMinor) {
    issues.push({
      field: 'transfers',
      message: `seller transfers + application fee (${sum}) must equal the amount (${input.amountMinor})`,
    });
  }
  if (issues.length > 0) throw AppError.invalid(issues, 'Invalid payment request');
}

/** Case-insensitive header lookup (Node lower-cases, tests and proxies may not). */
export function headerValue(headers: Record<string, string | undefined>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === wanted && v !== undefined) return v;
  }
  return undefined;
}

export function invalidWebhook(message: string): AppError {
  return new AppError('INVALID_INPUT', message);
}
