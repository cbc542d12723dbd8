import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import type { PaymentProvider } from '../payments/payment-provider.ts';
import type { InsuranceProvider } from '../pricing/insurance.rules.ts';

export type CheckoutDeps = {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  payments: PaymentProvider;
  insurance: InsuranceProvider;
  logger: Logger;
  siteUrl: (path: string) => string;
};
