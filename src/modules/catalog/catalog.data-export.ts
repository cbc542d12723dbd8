import type { NoPersonalData } from '../privacy/personal-data-export.ts';

/** "Download my data": the catalogue is about products, not people. */
export const catalogDataExport: NoPersonalData = {
  module: 'catalog',
  holdsNoPersonalData:
    'Products, categories, listings and descriptions; popularity counts units sold per product, and the search vocabulary counts words, never who searched or bought.',
};
