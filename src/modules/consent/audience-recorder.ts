import type { Logger } from '../../platform/logger.ts';
import { utcDay } from './audience.rules.ts';
import type { ConsentDeps } from './consent.deps.ts';
import { type ActivityInput, recordActivities } from './record-activity.ts';

/** Page views wait at most this long, or until BATCH of them, before one insert. */
const FLUSH_MS = 2_000;
const BATCH = 200;

export type AudienceRecorder = {
  /** Queues a page view (never waits for the database: the page is already answered). */
  record(input: ActivityInput): void;
  /** Writes what is queued now (tests, shutdown). */
  flush(): Promise<void>;
  /** Forgets the views already counted today (tests that empty the table). */
  forget(): void;
};

/** Views remembered per day before the memory starts again (a repeat after that is one more row). */
const MAX_REMEMBERED = 100_000;

const recorders = new WeakMap<object, AudienceRecorder>();

/** The one recorder of an application's database: page views are inserted in batches. */
export function audienceRecorderFor(deps: ConsentDeps & { logger: Logger }): AudienceRecorder {
  let recorder = recorders.get(deps.db);
  if (recorder) return recorder;
  let queue: ActivityInput[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  // A visitor's repeated views of the same kind of page that day add nothing to what is measured
  // (distinct visitors per day and month), so each is queued once per process: the benchmark's
  // one-visitor load otherwise hashed and inserted a row per request (bench/RESULTS.md).
  let counted = { day: '', views: new Set<string>() };
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = queue;
    queue = [];
    writing = writing.then(async () => {
      if (!batch.length) return;
      try {
        await recordActivities(deps, batch);
      } catch (err) {
        // Measurement never breaks the shop: a lost batch is logged, not retried.
        deps.logger.warn({ err, events: batch.length }, 'audience events not recorded');
      }
    });
    await writing;
  };
  recorder = {
    record(input) {
      // The time of the view, not of the insert.
      const at = input.at ?? deps.clock.now();
      const day = utcDay(at);
      if (counted.day !== day || counted.views.size >= MAX_REMEMBERED) counted = { day, views: new Set() };
      const view = `${input.market}|${input.kind}|${input.visitorKey}|${input.userId ?? ''}`;
      if (counted.views.has(view)) return;
      counted.views.add(view);
      queue.push({ ...input, at });
      if (queue.length >= BATCH) void flush();
      else if (!timer) {
        timer = setTimeout(() => void flush(), FLUSH_MS);
        timer.unref?.();
      }
    },
    flush,
    forget: () => {
      counted = { day: '', views: new Set() };
    },
  };
  recorders.set(deps.db, recorder);
  return recorder;
}
