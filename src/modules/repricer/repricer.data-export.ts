import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": the repricer moves sellers' prices. */
export const repricerDataExport: NoPersonalData = {
  module: 'repricer',
  holdsNoPersonalData: 'The log of automatic price moves on sellers’ offers.',
};
