import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": quality rates are a seller organisation's. */
export const qualityDataExport: NoPersonalData = {
  module: 'quality',
  holdsNoPersonalData:
    'Daily quality counts per seller organisation (defects, late deliveries, cancellations), not per buyer.',
};
