/**
 * "Download my data": the refunds made to the person. Operators' approval requests are internal
 * controls, and the provider's references stay out.
 */
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { refundsOfPerson } from './refunds-personal-data.read-model.ts';

export const refundsDataExport: PersonalDataExporter = {
  module: 'refunds',
  describe: {
    refunds: 'Refunds made to you: order line, amount, reason, status and dates.',
  },
  async datasets(db, userId) {
    return { refunds: await refundsOfPerson(db, userId) };
  },
};
