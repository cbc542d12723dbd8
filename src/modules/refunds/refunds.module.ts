import type { Module } from '../../app/module.ts';
import { reconcilePendingRefunds } from './reconcile-pending-refunds.ts';

/** Refunds have no routes of their own (the console, the portal and /ws call the use cases). */
export const refundsModule: Module = {
  name: 'refunds',
  jobs: (deps) => [
    { name: 'reconcile-pending-refunds', everyMs: 15 * 60_000, run: () => reconcilePendingRefunds(deps) },
  ],
};
