import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": payment accounts and transfers are a seller organisation's. */
export const sellerPaymentsDataExport: NoPersonalData = {
  module: 'seller-payments',
  holdsNoPersonalData:
    'Seller organisations’ payment provider accounts, payout transfers and their reversals.',
};
