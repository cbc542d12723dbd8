import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": payouts are a seller organisation's books. */
export const payoutsDataExport: NoPersonalData = {
  module: 'payouts',
  holdsNoPersonalData:
    'Seller payouts, commission rates and fee settings: the books of seller organisations and of the platform.',
};
