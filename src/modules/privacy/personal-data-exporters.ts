/**
 * Every module's declaration for "Download my data", one per folder of src/modules (a test fails
 * on a module missing here or without its `<m>.data-export.ts`). Sections of the export follow
 * this order.
 */
import { accountsDataExport } from '../accounts/accounts.data-export.ts';
import { afterSalesDataExport } from '../after-sales/after-sales.data-export.ts';
import { auditDataExport } from '../audit/audit.data-export.ts';
import { cartDataExport } from '../cart/cart.data-export.ts';
import { catalogDataExport } from '../catalog/catalog.data-export.ts';
import { checkoutDataExport } from '../checkout/checkout.data-export.ts';
import { complianceDataExport } from '../compliance/compliance.data-export.ts';
import { consentDataExport } from '../consent/consent.data-export.ts';
import { customerServiceDataExport } from '../customer-service/customer-service.data-export.ts';
import { deliveryDataExport } from '../delivery/delivery.data-export.ts';
import { documentsDataExport } from '../documents/documents.data-export.ts';
import { ledgerDataExport } from '../ledger/ledger.data-export.ts';
import { marketingDataExport } from '../marketing/marketing.data-export.ts';
import { offersDataExport } from '../offers/offers.data-export.ts';
import { ordersDataExport } from '../orders/orders.data-export.ts';
import { paymentsDataExport } from '../payments/payments.data-export.ts';
import { payoutsDataExport } from '../payouts/payouts.data-export.ts';
import { pricingDataExport } from '../pricing/pricing.data-export.ts';
import { qualityDataExport } from '../quality/quality.data-export.ts';
import { refundsDataExport } from '../refunds/refunds.data-export.ts';
import { repricerDataExport } from '../repricer/repricer.data-export.ts';
import { reviewsDataExport } from '../reviews/reviews.data-export.ts';
import { sellerApiDataExport } from '../seller-api/seller-api.data-export.ts';
import { sellerOnboardingDataExport } from '../seller-onboarding/seller-onboarding.data-export.ts';
import { sellerOrdersDataExport } from '../seller-orders/seller-orders.data-export.ts';
import { sellerPaymentsDataExport } from '../seller-payments/seller-payments.data-export.ts';
import { sellerTeamDataExport } from '../seller-team/seller-team.data-export.ts';
import { sellerWebhooksDataExport } from '../seller-webhooks/seller-webhooks.data-export.ts';
import { sellersDataExport } from '../sellers/sellers.data-export.ts';
import { taxDataExport } from '../tax/tax.data-export.ts';
import type { ModuleDataExport } from './personal-data-export.ts';
import { privacyDataExport } from './privacy.data-export.ts';

export const PERSONAL_DATA_EXPORTS: readonly ModuleDataExport[] = [
  accountsDataExport,
  ordersDataExport,
  checkoutDataExport,
  paymentsDataExport,
  refundsDataExport,
  documentsDataExport,
  deliveryDataExport,
  cartDataExport,
  afterSalesDataExport,
  customerServiceDataExport,
  reviewsDataExport,
  complianceDataExport,
  consentDataExport,
  marketingDataExport,
  privacyDataExport,
  sellerTeamDataExport,
  sellerOnboardingDataExport,
  auditDataExport,
  catalogDataExport,
  ledgerDataExport,
  offersDataExport,
  payoutsDataExport,
  pricingDataExport,
  qualityDataExport,
  repricerDataExport,
  sellerApiDataExport,
  sellerOrdersDataExport,
  sellerPaymentsDataExport,
  sellerWebhooksDataExport,
  sellersDataExport,
  taxDataExport,
];
