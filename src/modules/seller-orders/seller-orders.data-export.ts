import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": seller-orders has no tables of its own. */
export const sellerOrdersDataExport: NoPersonalData = {
  module: 'seller-orders',
  holdsNoPersonalData:
    'Sellers’ actions on orders, written to the orders module (exported there); no tables of its own.',
};
