import type { Module } from '../../app/module.ts';
import { advanceSandboxParcelsJob } from './advance-sandbox-parcels.ts';
import { registerDeliveryRoutes } from './delivery.routes.ts';

export const deliveryModule: Module = {
  name: 'delivery',
  register: registerDeliveryRoutes,
  jobs: (deps) => [advanceSandboxParcelsJob(deps)],
};
