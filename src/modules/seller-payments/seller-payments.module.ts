import type { Module } from '../../app/module.ts';
import { transferReversalsJob } from './reverse-transfers-after-refunds.ts';

/** Sellers' connected accounts at the payment provider, payout transfers and their reversals. */
export const sellerPaymentsModule: Module = {
  name: 'seller-payments',
  jobs: (deps) => [transferReversalsJob(deps)],
};
