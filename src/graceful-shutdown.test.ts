import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../test/db.ts';
import { openDatabase, PGLITE_EXTENSIONS } from './platform/db/client.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const NODE = path.join(REPO, 'node_modules/.bin/node');

/** `node src/main.ts <command>` with its output, until `ready` appears in it. */
function start(command: string, env: Record<string, string>, ready: RegExp) {
  const child: ChildProcess = spawn(NODE, ['src/main.ts', command], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? tmpdir(),
      LOG_LEVEL: 'info',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started in time:\n${output}`)), 240_000);
    const onData = (d: Buffer) => {
      output += d;
      const m = ready.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => reject(new Error(`exited before starting:\n${output}`)));
  });
  return { child, started, exited, output: () => output };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const logged = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { msg: string; code?: number });

describe('SIGTERM', () => {
  it('`serve` on the embedded database stops taking traffic, closes the database and exits 0', {
    timeout: 300_000,
  }, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'reloop-shutdown-'));
    try {
      // The suite's migrated template as the data directory: no initdb, no migration at start.
      const template = await PGlite.create({
        dataDir: path.join(dataDir, 'pg'),
        loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]),
        extensions: PGLITE_EXTENSIONS,
      });
      await template.close();
      const serve = start('serve', { DATA_DIR: dataDir }, /Reloop is running at (http:\/\/[^/\s]+)\//);
      const [, url] = await serve.started;
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      serve.child.kill('SIGTERM');
      expect(await serve.exited).toBe(0);
      const messages = logged(serve.output()).map((l) => l.msg);
      expect(messages).toContain('shutting down: draining');
      expect(logged(serve.output()).find((l) => l.msg === 'shut down')).toMatchObject({ code: 0 });
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
      // The data directory's lock was released: another process may open it now.
      const database = await openDatabase({ dataDir });
      await database.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    '`worker` serves its probes and job metrics, then stops its jobs, closes the database and exits 0',
    {
      timeout: 300_000,
    },
    async () => {
      const database = await createTestDatabase('postgres');
      try {
        const port = await freePort();
        const worker = start(
          'worker',
          { DATABASE_URL: database.url!, WORKER_METRICS_PORT: String(port) },
          /worker started/,
        );
        await worker.started;
        const url = `http://127.0.0.1:${port}`;
        expect(await (await fetch(`${url}/readyz`)).json()).toMatchObject({ status: 'ready' });
        // Jobs run at the runner's first ticks: their runs are counted where they ran.
        let metrics = '';
        for (let i = 0; i < 100 && !metrics.includes('reloop_job_runs_total{'); i++) {
          metrics = await (await fetch(`${url}/metrics`)).text();
          await sleep(200);
        }
        expect(metrics).toMatch(/^reloop_job_runs_total\{job="[a-z-]+",outcome="ok"\} \d+$/m);
        worker.child.kill('SIGTERM');
        expect(await worker.exited).toBe(0);
        expect(logged(worker.output()).find((l) => l.msg === 'shut down')).toMatchObject({ code: 0 });
      } finally {
        await database.close();
      }
    },
  );
});
