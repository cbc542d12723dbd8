import type { Module } from '../../app/module.ts';
import { repricerJob } from './run-repricer.ts';

export const repricerModule: Module = { name: 'repricer', jobs: (deps) => [repricerJob(deps)] };
