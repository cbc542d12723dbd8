import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": a seller is an organisation; a person's link to it is seller-team's. */
export const sellersDataExport: NoPersonalData = {
  module: 'sellers',
  holdsNoPersonalData:
    'Seller organisations’ trader details (DSA Art. 30), shown publicly on listings; a person’s membership is exported by seller-team and their application by seller-onboarding.',
};
