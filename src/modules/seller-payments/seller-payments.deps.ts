import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Logger } from '../../platform/logger.ts';
import type { PaymentProvider } from '../payments/payment-provider.ts';

/** What the seller-payments use cases need. */
export type SellerPaymentsDeps = { db: Db; clock: Clock; payments: PaymentProvider; logger: Logger };
