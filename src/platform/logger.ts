import { type DestinationStream, type Logger, pino } from 'pino';
import { currentRequestContext } from './observability/request-context.ts';

export type { Logger };

/**
 * JSON lines on stdout (or `destination`). A line written while a request is handled carries its
 * `requestId` (and `traceId` when traced), whoever writes it: use cases log through deps.logger.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'reloop' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A copy: pino merges the line's own fields into what the mixin returns.
    mixin: () => ({ ...currentRequestContext() }),
  };
  return destination ? pino(options, destination) : pino(options);
}
