import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALERT_AFTER_FAILURES,
  FIRST_RETRY_MS,
  MAX_ERROR_CHARS,
  MAX_RESULT_CHARS,
  nextRunAt,
  RETRY_JITTER_SHARE,
  retryDelayMs,
  runErrorText,
  runResultRecord,
  shouldAlert,
} from './job-schedule.rules.ts';

const failures = fc.integer({ min: 1, max: 200 });
const everyMs = fc.integer({ min: 1_000, max: 7 * 86_400_000 });
const jitter = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('retry delays of a failing job', () => {
  it('start at 30 s and double: 30 s, 1 min, 2 min, 4 min … up to the interval', () => {
    const hour = 3_600_000;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n, hour))).toEqual([
      30_000,
      60_000,
      120_000,
      240_000,
      480_000,
      960_000,
      1_920_000,
      hour,
    ]);
    // A job running every 5 s is retried every 5 s.
    expect(retryDelayMs(1, 5_000)).toBe(5_000);
  });

  it('never wait longer than the job’s own interval, nor less than 80 % of the first step', () => {
    fc.assert(
      fc.property(failures, everyMs, jitter, (n, every, j) => {
        const d = retryDelayMs(n, every, j);
        expect(d).toBeLessThanOrEqual(every);
        expect(d).toBeGreaterThanOrEqual(
          Math.floor((1 - RETRY_JITTER_SHARE) * Math.min(FIRST_RETRY_MS, every)),
        );
      }),
    );
  });

  it('grow with each failure (without jitter) and reach the interval', () => {
    fc.assert(
      fc.property(failures, everyMs, (n, every) => {
        expect(retryDelayMs(n + 1, every)).toBeGreaterThanOrEqual(retryDelayMs(n, every));
        expect(retryDelayMs(n + 40, every)).toBe(every);
      }),
    );
  });

  it('are only shortened by jitter, by at most its share', () => {
    fc.assert(
      fc.property(failures, everyMs, jitter, (n, every, j) => {
        const plain = retryDelayMs(n, every);
        const spread = retryDelayMs(n, every, j);
        expect(spread).toBeLessThanOrEqual(plain);
        expect(spread).toBeGreaterThanOrEqual(Math.floor(plain * (1 - RETRY_JITTER_SHARE)));
      }),
    );
  });
});

describe('the next run', () => {
  const startedAt = new Date('2026-11-21T12:00:00Z');
  const finishedAt = new Date('2026-11-21T12:00:07Z');

  it('after a success is one interval after the run started, however long it took', () => {
    fc.assert(
      fc.property(everyMs, fc.integer({ min: 0, max: 86_400_000 }), (every, took) => {
        const end = new Date(startedAt.getTime() + took);
        expect(nextRunAt({ startedAt, finishedAt: end, everyMs: every, failures: 0 }).getTime()).toBe(
          startedAt.getTime() + every,
        );
      }),
    );
  });

  it('after a failure is the retry delay after the run ended', () => {
    expect(nextRunAt({ startedAt, finishedAt, everyMs: 3_600_000, failures: 2 })).toEqual(
      new Date('2026-11-21T12:01:07Z'),
    );
    fc.assert(
      fc.property(failures, everyMs, jitter, (n, every, j) => {
        const next = nextRunAt({ startedAt, finishedAt, everyMs: every, failures: n, jitter: j });
        expect(next.getTime() - finishedAt.getTime()).toBe(retryDelayMs(n, every, j));
      }),
    );
  });
});

describe('alerts', () => {
  it('fire once a streak reaches three failures, and not again in the same streak', () => {
    expect(ALERT_AFTER_FAILURES).toBe(3);
    expect([1, 2, 3, 4].map((n) => shouldAlert(n, false))).toEqual([false, false, true, true]);
    expect(shouldAlert(3, true)).toBe(false);
    expect(shouldAlert(0, false)).toBe(false);
  });
});

describe('what a run keeps', () => {
  it('an error as its message and the top of its stack, bounded', () => {
    const text = runErrorText(new TypeError('boom'));
    expect(text.startsWith('TypeError: boom\n    at ')).toBe(true);
    expect(text.split('\n').length).toBeLessThanOrEqual(6);
    expect(runErrorText('plain')).toBe('plain');
    fc.assert(
      fc.property(fc.string({ maxLength: 10_000 }), (message) => {
        expect(runErrorText(new Error(message)).length).toBeLessThanOrEqual(MAX_ERROR_CHARS);
      }),
    );
  });

  it('a small result as it is, a large one as a marker, nothing for undefined', () => {
    expect(runResultRecord({ sent: 2, failed: 0 })).toEqual({ sent: 2, failed: 0 });
    expect(runResultRecord(3)).toBe(3);
    expect(runResultRecord(undefined)).toBeNull();
    const big = runResultRecord({ ids: Array.from({ length: 5_000 }, (_, i) => i) }) as Record<
      string,
      unknown
    >;
    expect(big.truncated).toBe(true);
    expect(JSON.stringify(big).length).toBeLessThanOrEqual(MAX_RESULT_CHARS);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(runResultRecord(cyclic)).toEqual({ unserialisable: true });
    expect(runResultRecord(10n)).toEqual({ unserialisable: true });
  });
});
