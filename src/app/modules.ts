import { accountsModule } from '../modules/accounts/accounts.module.ts';
import { afterSalesModule } from '../modules/after-sales/after-sales.module.ts';
import { cartModule } from '../modules/cart/cart.module.ts';
import { catalogModule } from '../modules/catalog/catalog.module.ts';
import { checkoutModule } from '../modules/checkout/checkout.module.ts';
import { complianceModule } from '../modules/compliance/compliance.module.ts';
import { consentModule } from '../modules/consent/consent.module.ts';
import { deliveryModule } from '../modules/delivery/delivery.module.ts';
import { documentsModule } from '../modules/documents/documents.module.ts';
import { marketingModule } from '../modules/marketing/marketing.module.ts';
import { payoutsModule } from '../modules/payouts/payouts.module.ts';
import { privacyModule } from '../modules/privacy/privacy.module.ts';
import { qualityModule } from '../modules/quality/quality.module.ts';
import { refundsModule } from '../modules/refunds/refunds.module.ts';
import { repricerModule } from '../modules/repricer/repricer.module.ts';
import { reviewsModule } from '../modules/reviews/reviews.module.ts';
import { sellerApiModule } from '../modules/seller-api/seller-api.module.ts';
import { sellerPaymentsModule } from '../modules/seller-payments/seller-payments.module.ts';
import { sellerWebhooksModule } from '../modules/seller-webhooks/seller-webhooks.module.ts';
import type { Module } from './module.ts';

/** The modules with routes under /api/v1 or recurring jobs, in mounting order. */
export const MODULES: readonly Module[] = [
  catalogModule,
  accountsModule,
  cartModule,
  checkoutModule,
  payoutsModule,
  refundsModule,
  documentsModule,
  sellerPaymentsModule,
  repricerModule,
  sellerWebhooksModule,
  sellerApiModule,
  qualityModule,
  deliveryModule,
  afterSalesModule,
  reviewsModule,
  consentModule,
  privacyModule,
  marketingModule,
  complianceModule,
];
