import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const argon2Async = promisify(argon2);

/**
 * Argon2id with OWASP's first recommended configuration (19 MiB, 2 passes, parallelism 1),
 * stored as a PHC string so parameters can be raised later and old hashes still verify.
 * Node 24's own `crypto.argon2` — no native add-on to install.
 */
export const ARGON2ID = { memory: 19_456, passes: 2, parallelism: 1, tagLength: 32 } as const;

type Params = { memory: number; passes: number; parallelism: number };

async function derive(password: string, salt: Buffer, p: Params, tagLength: number): Promise<Buffer> {
  return argon2Async('argon2id', {
    message: Buffer.from(password.normalize('NFKC'), 'utf8'),
    nonce: salt,
    memory: p.memory,
    passes: p.passes,
    parallelism: p.parallelism,
    tagLength,
  });
}

const b64 = (b: Buffer) => b.toString('base64').replace(/=+$/, '');

export async function hashPassword(password: string, params: Params = ARGON2ID): Promise<string> {
  const salt = randomBytes(16);
  const tag = await derive(password, salt, params, ARGON2ID.tagLength);
  return `$argon2id$v=19$m=${params.memory},t=${params.passes},p=${params.parallelism}$${b64(salt)}$${b64(tag)}`;
}

const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = PHC.exec(stored);
  if (!m) return false;
  const expected = Buffer.from(m[5]!, 'base64');
  const params = { memory: Number(m[1]), passes: Number(m[2]), parallelism: Number(m[3]) };
  const actual = await derive(password, Buffer.from(m[4]!, 'base64'), params, expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True when a stored hash used weaker parameters than today's: re-hash after a successful sign-in. */
export function needsRehash(stored: string): boolean {
  const m = PHC.exec(stored);
  return !m || Number(m[1]) < ARGON2ID.memory || Number(m[2]) < ARGON2ID.passes;
}

/** A hash nobody's password matches, verified when the email is unknown so timing does not tell. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$J8wZbJjDXOm0z0yKUVdSYkmh3GhrLG4jX7TM4xWxq1g';
