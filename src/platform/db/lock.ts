import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type DirectoryLock = { release(): void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** PGlite has no inter-process lock of its own; this is it. Stale locks (dead pid) are taken over. */
export function acquireDirectoryLock(dir: string): DirectoryLock {
  const file = path.join(dir, 'reloop.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      const release = () => rmSync(file, { force: true });
      process.once('exit', release);
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The embedded database in ${dir} is in use by another Reloop process (pid ${holder}). ` +
            'Stop it first, or set DATABASE_URL to use PostgreSQL for several processes.',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
