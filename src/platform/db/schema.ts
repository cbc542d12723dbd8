export * from '../../modules/catalog/catalog.schema.ts';
export * from '../../modules/offers/offers.schema.ts';
export * from '../../modules/sellers/sellers.schema.ts';
