/**
 * "Download my data": the person's payments, non-sensitive parts only. Card numbers are never
 * stored (the provider holds them); provider references, next actions and raw events stay out.
 */
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { paymentsOfPerson } from './payments-personal-data.read-model.ts';

export const paymentsDataExport: PersonalDataExporter = {
  module: 'payments',
  describe: {
    payments: 'Your payments: method (card or bank transfer), amount, status and dates.',
  },
  async datasets(db, userId) {
    return { payments: await paymentsOfPerson(db, userId) };
  },
};
