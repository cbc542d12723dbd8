import type { Logger } from '../logger.ts';

type Env = Record<string, string | undefined>;

/**
 * Traces are exported when the standard OpenTelemetry variables ask for it: an OTLP endpoint, or a
 * traces exporter other than `none` (OTEL_SDK_DISABLED=true wins). Without them nothing is loaded
 * and the request spans are the API's no-ops.
 */
export function tracingRequested(env: Env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = env.OTEL_TRACES_EXPORTER?.split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (exporters?.length) return exporters.some((e) => e !== 'none');
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

export type Tracing = { shutdown(): Promise<void> };

/**
 * Start the OpenTelemetry SDK (it reads every OTEL_* variable itself) before the app is built.
 * Traces only: metrics are Prometheus's (`GET /metrics`), logs stay on stdout.
 */
export async function startTracing(env: Env, logger: Logger): Promise<Tracing | null> {
  if (!tracingRequested(env)) return null;
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ? undefined : 'reloop',
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  logger.info(
    { endpoint: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT },
    'OpenTelemetry tracing started',
  );
  return {
    // Flushes the last spans; an unreachable collector must not fail the shutdown.
    shutdown: () => sdk.shutdown().catch((err) => logger.warn({ err }, 'OpenTelemetry flush failed')),
  };
}
