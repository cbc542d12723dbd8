import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';
import type { Context } from 'hono';
import { AppError } from '../platform/errors.ts';
import { PUBLIC } from '../platform/http/access.ts';
import type { App } from '../platform/http/app.ts';
import { metricsRegistry, startProcessMetrics } from '../platform/observability/metrics.ts';
import { runReadinessChecks } from '../platform/observability/readiness.ts';
import type { Deps } from './deps.ts';
import { sampleScrapeGauges } from './observability-gauges.ts';
import { createRedisProbe, type RedisProbe, readinessChecks } from './readiness-checks.ts';

/** A /readyz check that does not answer within this is `timeout`. */
export const READY_TIMEOUT_MS = 1_500;

export type OperationsOptions = {
  /** Shutdown has begun (platform/shutdown.ts): /readyz answers 503. */
  isDraining?: () => boolean;
  /** PINGed by /readyz when REDIS_URL is set; main.ts passes the one it closes on shutdown. */
  redis?: RedisProbe | null;
};

const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['127.0.0.0', 8],
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['100.64.0.0', 10],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
PRIVATE.addAddress('::1', 'ipv6');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');

function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return isIPv4(v4) ? PRIVATE.check(v4, 'ipv4') : PRIVATE.check(address, 'ipv6');
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Who may scrape: with METRICS_TOKEN, a caller presenting it; without, a caller that reached the
 * process directly from a private or loopback address (the balancer adds X-Forwarded-For and
 * denies /metrics too, deploy/nginx.conf).
 */
export function assertMetricsScraper(c: Context, token: string | undefined): void {
  if (token) {
    const given = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), digest(token))) {
      c.header('www-authenticate', 'Bearer realm="metrics"');
      throw new AppError('UNAUTHORIZED', 'The metrics token is missing or wrong');
    }
    return;
  }
  const remote = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
    ?.socket?.remoteAddress;
  if (PROXY_HEADERS.some((h) => c.req.header(h) !== undefined) || (remote && !isPrivateAddress(remote)))
    throw new AppError(
      'FORBIDDEN',
      'Metrics are served to the monitoring network only (or set METRICS_TOKEN)',
    );
}

/**
 * `/healthz` (alive: answers while the event loop turns), `/readyz` (may take traffic) and
 * `/metrics` (Prometheus). Mounted before sessions, rate limits and the terms gate: probes and
 * scrapes never touch them.
 */
export function registerObservabilityRoutes(app: App, deps: Deps, opts: OperationsOptions = {}): void {
  const { config, logger } = deps;
  const redisUrl = config.REDIS_URL;
  let redis = opts.redis ?? null;
  const checks = readinessChecks(deps, {
    isDraining: opts.isDraining ?? (() => false),
    // Opened on the first probe when main.ts gave none (tests).
    redis: redisUrl ? () => (redis ??= createRedisProbe(redisUrl)) : null,
  });
  startProcessMetrics();

  app.get('/healthz', PUBLIC, (c) => c.json({ status: 'ok', engine: deps.database.engine }));

  app.get('/readyz', PUBLIC, async (c) => {
    const report = await runReadinessChecks(checks, READY_TIMEOUT_MS);
    const broken = Object.entries(report.checks).filter(([name, v]) => v !== 'ok' && name !== 'shutdown');
    if (broken.length) logger.warn({ checks: report.checks, errors: report.errors }, 'not ready');
    c.header('cache-control', 'no-store');
    return c.json(
      { status: report.ready ? 'ready' : 'unready', checks: report.checks },
      report.ready ? 200 : 503,
    );
  });

  app.get('/metrics', PUBLIC, async (c) => {
    assertMetricsScraper(c, config.METRICS_TOKEN);
    await sampleScrapeGauges(deps);
    return c.body(await metricsRegistry.metrics(), 200, {
      'content-type': metricsRegistry.contentType,
      'cache-control': 'no-store',
    });
  });
}
