import type { Clock } from '../../platform/clock.ts';
import type { PaymentProvider } from './payment-provider.ts';
import { createSandboxProvider } from './sandbox-provider.ts';
import { createStripeProvider } from './stripe-provider.ts';

export type PaymentProviderConfig = {
  PAYMENT_PROVIDER: 'sandbox' | 'stripe';
  STRIPE_SECRET_KEY?: string | undefined;
  STRIPE_WEBHOOK_SECRET?: string | undefined;
  /** The Connect endpoint's signing secret (sellers' account events), when it is a separate endpoint. */
  STRIPE_CONNECT_WEBHOOK_SECRET?: string | undefined;
  SANDBOX_WEBHOOK_SECRET: string;
  /** Public origin for the sandbox challenge page; a relative URL when absent. */
  PUBLIC_URL?: string | undefined;
};

/** Picks the provider from config; fails fast when Stripe is chosen without its secrets. */
export function createPaymentProvider(config: PaymentProviderConfig, clock: Clock): PaymentProvider {
  if (config.PAYMENT_PROVIDER === 'stripe') {
    if (!config.STRIPE_SECRET_KEY || !config.STRIPE_WEBHOOK_SECRET) {
      throw new Error('PAYMENT_PROVIDER=stripe needs STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET');
    }
    return createStripeProvider({
      secretKey: config.STRIPE_SECRET_KEY,
      webhookSecret: config.STRIPE_WEBHOOK_SECRET,
      connectWebhookSecret: config.STRIPE_CONNECT_WEBHOOK_SECRET,
      clock,
    });
  }
  return createSandboxProvider({
    webhookSecret: config.SANDBOX_WEBHOOK_SECRET,
    clock,
    challengeBaseUrl: config.PUBLIC_URL ?? '',
  });
}
