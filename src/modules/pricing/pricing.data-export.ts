import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": pricing is rules only. */
export const pricingDataExport: NoPersonalData = {
  module: 'pricing',
  holdsNoPersonalData:
    'Pure pricing rules (VAT, service fee, commission, insurance premiums): no tables, nothing stored.',
};
