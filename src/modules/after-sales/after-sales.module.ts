import type { Module } from '../../app/module.ts';
import { refreshInsuranceClaimsJob } from './refresh-insurance-claims.ts';

/** After-sales' recurring work (its pages are the shop's, seller portal's and console's). */
export const afterSalesModule: Module = {
  name: 'after-sales',
  jobs: (deps) => [refreshInsuranceClaimsJob(deps)],
};
