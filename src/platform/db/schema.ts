export * from '../../modules/accounts/accounts.schema.ts';
export * from '../../modules/audit/audit.schema.ts';
export * from '../../modules/catalog/catalog.schema.ts';
export * from '../../modules/offers/offers.schema.ts';
export * from '../../modules/sellers/sellers.schema.ts';
export * from '../mail/mail.schema.ts';
export * from '../rate-limit/rate-limit.schema.ts';
