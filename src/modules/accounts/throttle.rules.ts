/**
 * Sign-in throttling: after a few free failures, each further failure doubles the wait, capped.
 * Keys are the account (by the email typed, known or not, so the answer never tells whether an
 * account exists), the IP, and — for a browser where the owner signed in before — a device cookie
 * that replaces the account key, so an attacker elsewhere cannot lock the owner out (OWASP
 * "device cookies").
 */
export type ThrottleKind = 'account' | 'ip' | 'device';

export const THROTTLE = {
  account: { freeFailures: 5 },
  device: { freeFailures: 5 },
  ip: { freeFailures: 20 },
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  /** Failures older than this are forgotten. */
  forgetAfterMs: 24 * 60 * 60_000,
} as const;

/** How long sign-in is refused for a key after its `failures`-th consecutive failure. */
export function backoffMs(kind: ThrottleKind, failures: number): number {
  const over = failures - THROTTLE[kind].freeFailures;
  if (over < 0) return 0;
  return Math.min(THROTTLE.firstDelayMs * 2 ** Math.min(over, 30), THROTTLE.maxDelayMs);
}

export type ThrottleState = { failures: number; lastFailureAt: Date; blockedUntil: Date };

/** The state after one more failure at `now`. */
export function afterFailure(kind: ThrottleKind, prev: ThrottleState | null, now: Date): ThrottleState {
  const stale = !prev || now.getTime() - prev.lastFailureAt.getTime() > THROTTLE.forgetAfterMs;
  const failures = (stale ? 0 : prev.failures) + 1;
  return { failures, lastFailureAt: now, blockedUntil: new Date(now.getTime() + backoffMs(kind, failures)) };
}

/** Milliseconds still to wait, 0 when an attempt is allowed now. */
export function waitMs(state: ThrottleState | null, now: Date): number {
  return state ? Math.max(0, state.blockedUntil.getTime() - now.getTime()) : 0;
}

/**
 * The network an address is throttled as: IPv4 as is, IPv6 by its /64 (one subscriber's network,
 * whose 2^64 addresses a client rotates through freely), an IPv4-mapped IPv6 address as its IPv4
 * address. Anything that does not parse is counted as the text it is.
 */
export function ipThrottleSubject(ip: string): string {
  const bare = ip
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .split('%')[0]!
    .toLowerCase();
  const v4 = ipv4Octets(bare);
  if (v4) return v4.join('.');
  const g = ipv6Groups(bare);
  if (!g) return ip;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return [g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff].join('.');
  }
  return `${g
    .slice(0, 4)
    .map((x) => x.toString(16))
    .join(':')}::/64`;
}

function ipv4Octets(s: string): number[] | null {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) return null;
  const octets = s.split('.').map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** The eight 16-bit groups of an IPv6 address (compressed, uncompressed, with an IPv4 tail), else null. */
function ipv6Groups(s: string): number[] | null {
  let head = s;
  let tail: number[] = [];
  const dotted = /^(.*:)(\d[\d.]*\.[\d.]*)$/.exec(s);
  if (dotted) {
    const o = ipv4Octets(dotted[2]!);
    if (!o) return null;
    tail = [(o[0]! << 8) | o[1]!, (o[2]! << 8) | o[3]!];
    head = dotted[1]!.endsWith('::') ? dotted[1]! : dotted[1]!.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string) =>
    part === ''
      ? []
      : part.split(':').map((h) => (/^[0-9a-f]{1,4}$/.test(h) ? Number.parseInt(h, 16) : Number.NaN));
  const left = groups(halves[0]!);
  const right = halves.length === 2 ? groups(halves[1]!) : [];
  if ([...left, ...right].some(Number.isNaN)) return null;
  const want = 8 - tail.length;
  if (halves.length === 1) return left.length === want ? [...left, ...tail] : null;
  const zeros = want - left.length - right.length;
  return zeros >= 1 ? [...left, ...Array<number>(zeros).fill(0), ...right, ...tail] : null;
}
