import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": the seller API's records belong to seller organisations. */
export const sellerApiDataExport: NoPersonalData = {
  module: 'seller-api',
  holdsNoPersonalData:
    'API keys (never exported), listing import tasks and idempotency records of seller organisations; a member’s own membership is exported by seller-team.',
};
