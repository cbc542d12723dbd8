import { generate, generateSecret, generateURI, verify } from 'otplib';
import { TOTP_PERIOD_SECONDS } from './two-factor.rules.ts';

/** TOTP through otplib (RFC 6238, SHA-1, 6 digits, 30 s: what every authenticator app reads). */

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, email: string): string =>
  generateURI({ issuer: 'Reloop', label: email, secret });

const epochOf = (now: Date) => Math.floor(now.getTime() / 1000);

/**
 * The time step a code matches at `now` (one step of drift either way), or null. A step at or
 * before `afterStep` is refused: a code cannot be used twice.
 */
export async function matchTotp(a: {
  secret: string;
  code: string;
  now: Date;
  afterStep: number;
}): Promise<number | null> {
  const r = await verify({
    secret: a.secret,
    token: a.code,
    epoch: epochOf(a.now),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(a.afterStep > 0 ? { afterTimeStep: a.afterStep } : {}),
  });
  return r.valid && 'timeStep' in r ? r.timeStep : null;
}

/** The code an authenticator shows at `now` (tests, the demo's walkthrough). */
export const totpCodeAt = (secret: string, now: Date): Promise<string> =>
  generate({ secret, epoch: epochOf(now) });
