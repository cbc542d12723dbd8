import type { Module } from '../../app/module.ts';
import { monthlyFeesJob } from './monthly-fees.ts';
import { payoutsJob } from './run-payouts.ts';

export const payoutsModule: Module = {
  name: 'payouts',
  jobs: (deps) => [payoutsJob(deps), monthlyFeesJob(deps)],
};
