import type { Module } from '../../app/module.ts';
import { recomputeQualityJob } from './recompute-quality.ts';

export const qualityModule: Module = { name: 'quality', jobs: (deps) => [recomputeQualityJob(deps)] };
