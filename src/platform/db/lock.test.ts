import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDirectoryLock } from './lock.ts';

describe('embedded database directory lock', () => {
  it('refuses a directory held by another live process, with a clear message', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reloop-lock-'));
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(path.join(dir, 'reloop.lock'), String(other.pid));
      expect(() => acquireDirectoryLock(dir)).toThrow(/in use by another Reloop process \(pid \d+\)/);
    } finally {
      other.kill();
    }
  });

  it('takes over a stale lock and releases it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reloop-lock-'));
    writeFileSync(path.join(dir, 'reloop.lock'), '999999');
    const lock = acquireDirectoryLock(dir);
    expect(existsSync(path.join(dir, 'reloop.lock'))).toBe(true);
    lock.release();
    expect(existsSync(path.join(dir, 'reloop.lock'))).toBe(false);
  });
});
