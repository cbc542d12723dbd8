import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": the ledger books money between accounts, not people. */
export const ledgerDataExport: NoPersonalData = {
  module: 'ledger',
  holdsNoPersonalData:
    'Double-entry postings between the platform’s and sellers’ accounts, referenced by payment or order; the person’s payments and refunds are exported by the payments and refunds modules.',
};
