import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from './logger.ts';

type Closer = { name: string; close: () => unknown };

export type Shutdown = {
  /** Shutdown has begun: /readyz answers 503 so balancers stop sending this process traffic. */
  readonly draining: boolean;
  /** The HTTP server to drain: stop accepting, let requests in flight finish within the bound. */
  serve(server: Server): void;
  /** Closed after the server drained, last registered first (the job runner before the database). */
  onClose(name: string, close: () => unknown): void;
  /** Drain and close everything once; resolves with the exit code (1 when a closer failed). */
  run(reason: string): Promise<number>;
  /** On SIGTERM or SIGINT: run, then `exit` with its code. A second signal exits at once. */
  listen(exit?: (code: number) => void): void;
};

/**
 * Graceful shutdown of a process. Requests in flight get `timeoutMs` to finish; those still
 * running then are cut (their connections closed). Each closer also gets `timeoutMs`.
 */
export function createShutdown({ logger, timeoutMs }: { logger: Logger; timeoutMs: number }): Shutdown {
  const servers: Server[] = [];
  const closers: Closer[] = [];
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let running: Promise<number> | undefined;

  // A response finished while draining closes its connection instead of keeping it alive.
  const track = (_req: IncomingMessage, res: ServerResponse) => {
    if (draining && !res.headersSent) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  };

  async function drain(server: Server): Promise<'drained' | 'cut'> {
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    return new Promise((resolve) => {
      const sweep = setInterval(() => server.closeIdleConnections(), 25);
      const deadline = setTimeout(() => {
        server.closeAllConnections();
        finish('cut');
      }, timeoutMs);
      function finish(outcome: 'drained' | 'cut') {
        clearInterval(sweep);
        clearTimeout(deadline);
        resolve(outcome);
      }
      server.close(() => finish('drained'));
      server.closeIdleConnections();
    });
  }

  async function close(closer: Closer): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(closer.close),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`did not close within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return true;
    } catch (err) {
      logger.error({ err, closer: closer.name }, 'shutdown: close failed');
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async function shutDown(reason: string): Promise<number> {
    const started = performance.now();
    draining = true;
    logger.info({ reason, inFlight: inFlight.size, timeoutMs }, 'shutting down: draining');
    const outcomes = await Promise.all(servers.map(drain));
    const cut = outcomes.filter((o) => o === 'cut').length;
    if (cut) logger.warn({ timeoutMs }, 'shutdown: requests still running at the deadline were cut');
    let failed = 0;
    for (const closer of [...closers].reverse()) if (!(await close(closer))) failed++;
    const code = failed ? 1 : 0;
    logger.info({ reason, ms: Math.round(performance.now() - started), code }, 'shut down');
    return code;
  }

  const shutdown: Shutdown = {
    get draining() {
      return draining;
    },
    serve(server) {
      servers.push(server);
      server.prependListener('request', track);
    },
    onClose(name, fn) {
      closers.push({ name, close: fn });
    },
    run(reason) {
      running ??= shutDown(reason);
      return running;
    },
    listen(exit = (code) => process.exit(code)) {
      let signals = 0;
      const onSignal = (signal: NodeJS.Signals) => {
        if (++signals > 1) {
          logger.warn({ signal }, 'shutdown: second signal, exiting now');
          exit(1);
          return;
        }
        void shutdown.run(signal).then(exit);
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
    },
  };
  return shutdown;
}
