import { Counter, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus registry (`GET /metrics`). Every metric of the platform is declared here,
 * so one file lists what an operator can graph. Labels stay low-cardinality: route patterns, never paths.
 */
export const metricsRegistry = new Registry();

/** Recurring-job runs by outcome (`ok`, `failed`), counted by the process that ran them. */
export const jobRunsTotal = new Counter({
  name: 'reloop_job_runs_total',
  help: 'Recurring job runs by job and outcome',
  labelNames: ['job', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const jobRunSeconds = new Histogram({
  name: 'reloop_job_run_duration_seconds',
  help: 'Duration of recurring job runs',
  labelNames: ['job'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
  registers: [metricsRegistry],
});
