import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": webhooks are a seller organisation's integration. */
export const sellerWebhooksDataExport: NoPersonalData = {
  module: 'seller-webhooks',
  holdsNoPersonalData:
    'Seller organisations’ webhook endpoints (with secrets, never exported) and their delivery log.',
};
