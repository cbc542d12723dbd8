import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": tax checks VAT numbers and stores nothing. */
export const taxDataExport: NoPersonalData = {
  module: 'tax',
  holdsNoPersonalData:
    'VAT number checks (format, VIES): no tables; a business account’s last check is exported by accounts.',
};
