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
