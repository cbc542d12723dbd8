/**
 * "Download my data": the credit notes issued to the person. Invoices and receipts are drawn from
 * the orders when asked for (nothing stored besides the orders, exported there); Reloop's monthly
 * invoices are addressed to seller organisations.
 */
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { creditNotesOfPerson } from './documents-personal-data.read-model.ts';

export const documentsDataExport: PersonalDataExporter = {
  module: 'documents',
  describe: {
    credit_notes:
      'Credit notes issued to you after refunds: number, invoice corrected, parties, lines, total.',
  },
  async datasets(db, userId) {
    return { credit_notes: await creditNotesOfPerson(db, userId) };
  },
};
