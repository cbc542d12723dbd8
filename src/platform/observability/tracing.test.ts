import { propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { core } from '@opentelemetry/sdk-node';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PUBLIC } from '../http/access.ts';
import { createApp } from '../http/app.ts';
import { createLogger } from '../logger.ts';
import { tracingRequested } from './tracing.ts';

describe('server spans', () => {
  const exporter = new InMemorySpanExporter();
  const logged: Record<string, unknown>[] = [];
  const logger = createLogger('info', {
    write: (line: string) => {
      logged.push(JSON.parse(line));
    },
  });
  const app = createApp({ logger, renderErrorPage: (c, status, message) => c.text(message, status as 500) });
  app.get('/things/:id', PUBLIC, (c) => {
    logger.info('inside');
    return c.json({ id: c.req.param('id') });
  });
  app.get('/broken', PUBLIC, () => {
    throw new Error('kaput');
  });

  beforeAll(() => {
    // What NodeSDK registers when OTEL_* asks for traces, with an in-memory exporter instead of OTLP.
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    );
    propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  });
  afterAll(() => {
    trace.disable();
    propagation.disable();
  });
  beforeEach(() => {
    exporter.reset();
    logged.length = 0;
  });

  it('one server span per request, named by its route, with method, route, status and request id', async () => {
    const res = await app.request('/things/42', { headers: { 'x-request-id': 'trace-me-1' } });
    expect(res.status).toBe(200);
    const [span, ...others] = exporter.getFinishedSpans();
    expect(others).toEqual([]);
    expect(span!.name).toBe('GET /things/:id');
    expect(span!.kind).toBe(SpanKind.SERVER);
    expect(span!.attributes).toEqual({
      'http.request.method': 'GET',
      'http.route': '/things/:id',
      'http.response.status_code': 200,
      'reloop.request_id': 'trace-me-1',
    });
    expect(span!.status.code).toBe(SpanStatusCode.UNSET);
    // The log lines of the request name its trace.
    expect(logged.find((l) => l.msg === 'inside')).toMatchObject({
      requestId: 'trace-me-1',
      traceId: span!.spanContext().traceId,
    });
  });

  it('joins the caller’s trace (traceparent) and marks a 5xx as an error', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parentSpanId = '00f067aa0ba902b7';
    const res = await app.request('/broken', {
      headers: { traceparent: `00-${traceId}-${parentSpanId}-01` },
    });
    expect(res.status).toBe(500);
    const [span] = exporter.getFinishedSpans();
    expect(span!.spanContext().traceId).toBe(traceId);
    expect(span!.parentSpanContext?.spanId).toBe(parentSpanId);
    expect(span!.status.code).toBe(SpanStatusCode.ERROR);
    expect(span!.attributes).toMatchObject({ 'http.route': '/broken', 'http.response.status_code': 500 });
  });

  it('names an unrouted request `unmatched`, never by its path', async () => {
    await app.request('/no/such/page/123');
    const [span] = exporter.getFinishedSpans();
    expect(span!.name).toBe('GET unmatched');
    expect(JSON.stringify(span!.attributes)).not.toContain('/no/such');
  });
});

describe('tracing is switched on by the standard variables only', () => {
  it.each([
    [{}, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }, true],
    [{ OTEL_TRACES_EXPORTER: 'console' }, true],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, false],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' }, false],
  ])('%j → %s', (env, on) => {
    expect(tracingRequested(env)).toBe(on);
  });
});
