import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.ts';
import { randomToken } from './tokens.ts';

/**
 * The server secret, from which each purpose's key is derived (keys.ts): SESSION_SECRET when
 * configured (required in production). In the embedded mode one is generated once and kept in the
 * data directory, so restarts keep forms and device cookies valid; with PostgreSQL and no secret,
 * each process makes its own (development only).
 */
export function loadSecret(a: { configured?: string; dataDir: string | null; logger: Logger }): string {
  if (a.configured) return a.configured;
  if (!a.dataDir) {
    a.logger.warn('SESSION_SECRET is not set: using a per-process secret (development only)');
    return randomToken(32);
  }
  const file = path.join(a.dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(a.dataDir, { recursive: true });
  const secret = randomToken(32);
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
