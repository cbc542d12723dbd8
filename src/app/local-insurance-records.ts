import { insuranceClaimByRef } from '../modules/after-sales/insurance.read-model.ts';
import { findInsurancePolicyByRef } from '../modules/checkout/insurance-policies.store.ts';
import type { LocalInsuranceRecords } from '../modules/pricing/insurance.rules.ts';
import type { Db } from '../platform/db/client.ts';

/**
 * The local insurer's books are the platform's own records: the policies checkout recorded when
 * binding them, and the claims after-sales recorded when filing them.
 */
export function localInsuranceRecords(db: Db): LocalInsuranceRecords {
  return {
    policy: (policyRef) => findInsurancePolicyByRef(db, policyRef),
    claim: (claimRef) => insuranceClaimByRef(db, claimRef),
  };
}
