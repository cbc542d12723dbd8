import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export type RunningServer = {
  baseUrl: string;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  stop: () => Promise<void>;
};

/** A port nobody listens on right now (the kernel picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** A fresh folder for an embedded database that a journey keeps across server restarts. */
export function tempDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'reloop-e2e-'));
}

/**
 * Start `node src/main.ts serve --seed` on a free port with a fresh embedded database (PGlite under a
 * temp DATA_DIR), and resolve once GET /healthz answers 200. The first start migrates and seeds.
 * With `dataDir` the server uses that folder and leaves it in place when it stops, so a journey can
 * read the database between two runs (PGlite belongs to one process at a time).
 */
export async function startServer(
  opts: { readyTimeoutMs?: number; dataDir?: string } = {},
): Promise<RunningServer> {
  const readyTimeoutMs = opts.readyTimeoutMs ?? 90_000;
  const port = await freePort();
  const dataDir = opts.dataDir ?? tempDataDir();
  const ownsDataDir = opts.dataDir === undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    // One browser from one IP makes every request: the anti-scraping limit would get in the way.
    RATE_LIMIT_ANON_PER_MIN: '0',
    // /dev lets a journey move the clock forward ("48 hours later").
    DEV_TOOLS: 'true',
  };
  delete env.DATABASE_URL;
  delete env.PUBLIC_URL;

  const child = spawn('node', ['src/main.ts', 'serve', '--seed'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (chunk: Buffer) => {
    log += chunk.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const baseUrl = `http://127.0.0.1:${port}`;
  let stopped = false;
  let ready = false;
  // A crash mid-run would otherwise only show up as "connection refused" in the browser.
  child.once('exit', (code, signal) => {
    if (ready && !stopped)
      console.error(`The server exited unexpectedly (${code ?? signal}):\n${log.slice(-5_000)}`);
  });
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await exited(child, 10_000))) {
        child.kill('SIGKILL');
        await exited(child, 5_000);
      }
    }
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `The server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${log}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) {
        ready = true;
        return { baseUrl, output: () => log, stop };
      }
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`The server did not answer GET /healthz with 200 within ${readyTimeoutMs} ms:\n${log}`);
}
