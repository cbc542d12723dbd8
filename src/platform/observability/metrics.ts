import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

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

/**
 * 1 while a job's failures in a row reached the alert threshold, else 0 — read from the shared
 * schedule by each job runner every few seconds, so every worker reports the same (`max by (job)`).
 */
export const jobFailing = new Gauge({
  name: 'reloop_job_failing',
  help: 'Whether a recurring job is failing (3 or more failures in a row)',
  labelNames: ['job'] as const,
  registers: [metricsRegistry],
});

/** HTTP requests answered, by method, route pattern (`unmatched` for none) and status code. */
export const httpRequestsTotal = new Counter({
  name: 'reloop_http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [metricsRegistry],
});

/** By status class (2xx, 4xx…), not code: a histogram's series multiply by its buckets. */
export const httpRequestSeconds = new Histogram({
  name: 'reloop_http_request_duration_seconds',
  help: 'Time to answer HTTP requests (until the handler returns the response), by method, route pattern and status class',
  labelNames: ['method', 'route', 'status_class'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** The PostgreSQL pool of this process, sampled on each scrape (absent on PGlite: one connection). */
export const dbPoolConnections = new Gauge({
  name: 'reloop_db_pool_connections',
  help: 'PostgreSQL pool connections of this process by state (open, idle, max)',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
});

export const dbPoolWaiting = new Gauge({
  name: 'reloop_db_pool_waiting_queries',
  help: 'Queries waiting for a free PostgreSQL pool connection in this process',
  registers: [metricsRegistry],
});

/** Outboxes (mail, seller webhooks): what is still to deliver, sampled from the database on each scrape. */
export const outboxPending = new Gauge({
  name: 'reloop_outbox_pending',
  help: 'Messages waiting for delivery (not delivered, not given up), by outbox',
  labelNames: ['outbox'] as const,
  registers: [metricsRegistry],
});

export const outboxOldestPendingSeconds = new Gauge({
  name: 'reloop_outbox_oldest_pending_age_seconds',
  help: 'Age of the oldest message waiting for delivery, by outbox (0 when none waits)',
  labelNames: ['outbox'] as const,
  registers: [metricsRegistry],
});

export const outboxAbandoned = new Gauge({
  name: 'reloop_outbox_abandoned',
  help: 'Messages given up after their last attempt, kept for a person to look at, by outbox',
  labelNames: ['outbox'] as const,
  registers: [metricsRegistry],
});

let processMetricsStarted = false;

/** Event-loop lag, memory, CPU, handles, GC (`reloop_process_*`, `reloop_nodejs_*`); once per process. */
export function startProcessMetrics(): void {
  if (processMetricsStarted) return;
  processMetricsStarted = true;
  collectDefaultMetrics({ register: metricsRegistry, prefix: 'reloop_' });
}
