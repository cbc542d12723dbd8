import type { Module } from '../../app/module.ts';
import { deliverSellerWebhooksJob } from './seller-webhooks.ts';

export const sellerWebhooksModule: Module = {
  name: 'seller-webhooks',
  jobs: (deps) => [deliverSellerWebhooksJob(deps)],
};
