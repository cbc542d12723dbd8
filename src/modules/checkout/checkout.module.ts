import type { Module } from '../../app/module.ts';
import { cancelUnpaidTransfers, releaseStalledPayments } from './cancel-unpaid-transfers.ts';
import { registerCheckoutRoutes } from './checkout.routes.ts';

export const checkoutModule: Module = {
  name: 'checkout',
  register: registerCheckoutRoutes,
  jobs: (deps) => [
    { name: 'cancel-unpaid-transfers', everyMs: 60_000, run: () => cancelUnpaidTransfers(deps) },
    { name: 'release-stalled-payments', everyMs: 5 * 60_000, run: () => releaseStalledPayments(deps) },
  ],
};
