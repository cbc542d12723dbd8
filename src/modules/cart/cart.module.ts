import type { Module } from '../../app/module.ts';
import { registerCartRoutes } from './cart.routes.ts';

export const cartModule: Module = { name: 'cart', register: registerCartRoutes };
