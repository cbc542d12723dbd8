/** Time comes from an injected clock so 48 h / 30 day / 24 month rules are testable. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(
  at: Date | string,
): Clock & { advance(ms: number): void; set(d: Date | string): void } {
  let t = new Date(at).getTime();
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
    set(d) {
      t = new Date(d).getTime();
    },
  };
}

export const DAY_MS = 86_400_000;

/**
 * The system clock plus an offset that can only move forward: for demos and browser journeys
 * ("the order is cancelled 48 hours later") when DEV_TOOLS is on. Never in production.
 */
export function adjustableClock(
  base: Clock = systemClock,
): Clock & { advance(ms: number): void; offsetMs(): number } {
  let offset = 0;
  return {
    now: () => new Date(base.now().getTime() + offset),
    advance(ms) {
      if (ms > 0) offset += ms;
    },
    offsetMs: () => offset,
  };
}
