/**
 * When a recurring job runs next, when its operators hear of it failing, and what of a run is kept.
 * Pure: the runner (job-runner.ts) passes the times and the randomness in.
 */

/** The first retry of a failing job waits this long; each further failure doubles it. */
export const FIRST_RETRY_MS = 30_000;
/** Retries are spread by up to this share of their delay, so jobs failing together do not retry together. */
export const RETRY_JITTER_SHARE = 0.2;
/** After this many failures in a row the operators are alerted, once per failing streak. */
export const ALERT_AFTER_FAILURES = 3;
/** A run's error and result are kept this small: the table holds every run of 14 days. */
export const MAX_ERROR_CHARS = 2_000;
export const MAX_RESULT_CHARS = 2_000;

/**
 * How long a job waits after its `failures`-th failure in a row: 30 s, 1 min, 2 min … never longer
 * than its own interval (a failing job is retried at least as often as it runs), less up to 20 %
 * by `jitter` (0 ≤ jitter < 1).
 */
export function retryDelayMs(failures: number, everyMs: number, jitter = 0): number {
  const doubled = FIRST_RETRY_MS * 2 ** Math.min(Math.max(failures, 1) - 1, 30);
  const capped = Math.min(doubled, everyMs);
  return Math.max(1, Math.round(capped * (1 - RETRY_JITTER_SHARE * jitter)));
}

/**
 * The next run: one interval after the start of a successful run (runs keep their rhythm however
 * long they take), or a retry delay after a failed one ended.
 */
export function nextRunAt(run: {
  startedAt: Date;
  finishedAt: Date;
  everyMs: number;
  /** Failures in a row including this run's; 0 when it succeeded. */
  failures: number;
  jitter?: number;
}): Date {
  if (run.failures === 0) return new Date(run.startedAt.getTime() + run.everyMs);
  return new Date(run.finishedAt.getTime() + retryDelayMs(run.failures, run.everyMs, run.jitter ?? 0));
}

/** Alert when a streak reaches the threshold and nobody was alerted for it yet. */
export function shouldAlert(failures: number, alreadyAlerted: boolean): boolean {
  return failures >= ALERT_AFTER_FAILURES && !alreadyAlerted;
}

/** The error kept with a run: its message and the top of its stack, bounded. */
export function runErrorText(err: unknown): string {
  const text =
    err instanceof Error
      ? [`${err.name}: ${err.message}`, ...(err.stack ?? '').split('\n').slice(1, 6)].join('\n')
      : String(err);
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
}

/**
 * What a run returned, as kept: JSON values as they are when small, else a marker with the start
 * of the JSON; nothing for `undefined` or what JSON cannot hold.
 */
export function runResultRecord(result: unknown): unknown {
  let json: string | undefined;
  try {
    json = JSON.stringify(result);
  } catch {
    return { unserialisable: true };
  }
  if (json === undefined) return null;
  if (json.length <= MAX_RESULT_CHARS) return JSON.parse(json);
  return { truncated: true, preview: json.slice(0, 200) };
}
