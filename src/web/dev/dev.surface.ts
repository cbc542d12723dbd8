/** Development tools under /dev (DEV_TOOLS=true, never in production: dev.routes.ts checks). */
import type { Module } from '../../app/module.ts';
import { registerDevRoutes } from './dev.routes.ts';

export const devSurface: Module = { name: 'dev', register: registerDevRoutes };
