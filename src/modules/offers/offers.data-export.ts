import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": offers are a seller organisation's. */
export const offersDataExport: NoPersonalData = {
  module: 'offers',
  holdsNoPersonalData:
    'Sellers’ offers, prices per market and buybox winners: the business data of seller organisations.',
};
