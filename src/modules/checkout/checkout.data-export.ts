/**
 * "Download my data": the person's checkouts (without the idempotency key and request hash, which
 * are technical) and the insurance policies bound on their orders.
 */
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { checkoutsOfPerson, insurancePoliciesOfPerson } from './checkout-personal-data.read-model.ts';

export const checkoutDataExport: PersonalDataExporter = {
  module: 'checkout',
  describe: {
    checkouts: 'Your confirmed purchases across sellers: email, payment method, service fee, total.',
    insurance_policies:
      'The device insurance policies bound on your order lines: covers, dates, premium, status.',
  },
  async datasets(db, userId) {
    return {
      checkouts: await checkoutsOfPerson(db, userId),
      insurance_policies: await insurancePoliciesOfPerson(db, userId),
    };
  },
};
