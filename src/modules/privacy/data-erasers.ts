/**
 * Every module's eraser, in the order `eraseAccount` runs them: documents read the orders before
 * the orders are anonymised, and accounts runs last (the others may still need the person's row
 * and address as they were). A module holding personal data without an eraser here fails
 * data-erasers.test.ts.
 */
import { accountsEraser } from '../accounts/accounts.data-erasure.ts';
import { afterSalesEraser } from '../after-sales/after-sales.data-erasure.ts';
import { auditEraser } from '../audit/audit.data-erasure.ts';
import { cartEraser } from '../cart/cart.data-erasure.ts';
import { checkoutEraser } from '../checkout/checkout.data-erasure.ts';
import { complianceEraser } from '../compliance/compliance.data-erasure.ts';
import { consentEraser } from '../consent/consent.data-erasure.ts';
import { customerServiceEraser } from '../customer-service/customer-service.data-erasure.ts';
import { documentsEraser } from '../documents/documents.data-erasure.ts';
import { marketingEraser } from '../marketing/marketing.data-erasure.ts';
import { ordersEraser } from '../orders/orders.data-erasure.ts';
import { reviewsEraser } from '../reviews/reviews.data-erasure.ts';
import { sellerOnboardingEraser } from '../seller-onboarding/seller-onboarding.data-erasure.ts';
import { sellerTeamEraser } from '../seller-team/seller-team.data-erasure.ts';
import type { DataEraser } from './data-erasure.types.ts';
import { privacyEraser } from './privacy.data-erasure.ts';

export const DATA_ERASERS: readonly DataEraser[] = [
  documentsEraser,
  ordersEraser,
  checkoutEraser,
  cartEraser,
  afterSalesEraser,
  customerServiceEraser,
  reviewsEraser,
  sellerOnboardingEraser,
  sellerTeamEraser,
  consentEraser,
  marketingEraser,
  complianceEraser,
  privacyEraser,
  auditEraser,
  accountsEraser,
];

export const eraserOf = (module: string): DataEraser | undefined =>
  DATA_ERASERS.find((e) => e.module === module);
