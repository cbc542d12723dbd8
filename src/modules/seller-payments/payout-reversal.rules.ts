import { ACCOUNTS, assertBalanced, type LedgerEntry, sellerPayable } from '../ledger/ledger.rules.ts';

/**
 * Money taken back from a seller's connected account (a transfer reversal), the mirror of
 * `payoutSent`: Dr psp_clearing, Cr seller_payable:<id>. What the ledger says Reloop owes the
 * seller rises by the amount recovered (back to zero when a refund had left it below).
 */
export function payoutReversed(input: {
  reversalId: string;
  sellerId: number;
  amountMinor: number;
  currency: string;
}): LedgerEntry {
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) {
    throw new Error('a payout reversal moves a positive integer amount');
  }
  if (!/^[A-Z]{3}$/.test(input.currency)) throw new Error(`not a currency: ${input.currency}`);
  const postings = [
    { account: ACCOUNTS.pspClearing, amountMinor: input.amountMinor, currency: input.currency },
    { account: sellerPayable(input.sellerId), amountMinor: -input.amountMinor, currency: input.currency },
  ];
  assertBalanced(postings);
  return {
    kind: 'payout_reversal',
    reference: input.reversalId,
    description: `Payout reversal ${input.reversalId} from seller ${input.sellerId}`,
    postings,
  };
}
