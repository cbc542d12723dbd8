/**
 * Helpers shared by the load benchmarks: a free port, the server as a child process, CPU
 * accounting from /proc, exact percentiles. (bench/run.ts predates this file and keeps its own copies.)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PLATFORM_IDENTITY } from '../src/config.ts';
import { REPO_ROOT, type Target } from './tiers.ts';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export type Server = {
  child: ChildProcess;
  baseUrl: string;
  logFile: string;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
  /** SIGKILL at once, as a crash would. */
  kill9(): Promise<void>;
  /** How it exited, or null while it runs. */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | null;
};

/** `node src/main.ts serve` on a free port against `target`; resolves once GET /healthz = 200. */
export async function startServer(
  target: Target,
  logFile: string,
  env: Record<string, string>,
): Promise<Server> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // Benchmark mode: the _bench routes, and the sandbox provider under NODE_ENV=production.
    BENCHMARK: 'true',
    // Production requires the platform's legal identity; the benchmarks run on the demo one.
    ...DEMO_PLATFORM_IDENTITY,
    ...env,
  };
  if (target.kind === 'postgres') childEnv.DATABASE_URL = target.url;
  else {
    delete childEnv.DATABASE_URL;
    childEnv.DATA_DIR = target.dataDir;
  }
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['src/main.ts', 'serve'], {
    cwd: REPO_ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      log.end();
      resolve();
    });
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const signal = async (sig: NodeJS.Signals) => {
    if (exited) return;
    child.kill(sig);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exitPromise;
    clearTimeout(timer);
  };
  const server: Server = {
    child,
    baseUrl,
    logFile,
    stop: () => signal('SIGTERM'),
    kill9: () => signal('SIGKILL'),
    exited: () => exited,
  };

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(
        `The server exited before answering /healthz (${JSON.stringify(exited)}). Log tail:\n${tail}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`The server did not answer GET /healthz = 200 within 180 s (log: ${logFile})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

// ---------------------------------------------------------------------------------------------
// CPU accounting (Linux /proc)

export const CLK_TCK = 100;

/** utime + stime of a process, in clock ticks. */
export function processTicks(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

export function machineTicks(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const total = v.reduce((a, b) => a + b, 0);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** CPU ticks of every process, by pid, with its command name. */
function allProcessTicks(): Map<number, { name: string; ticks: number }> {
  const out = new Map<number, { name: string; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(entry), { name, ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // gone
    }
  }
  return out;
}

/**
 * The busiest processes between two snapshots, summed by command name, in % of one core
 * (processes that exited in between are missed). `names` relabels known pids.
 */
function topProcesses(
  p0: ReturnType<typeof allProcessTicks>,
  p1: ReturnType<typeof allProcessTicks>,
  wallS: number,
  names: Record<number, string> = {},
): string[] {
  const byName = new Map<string, number>();
  for (const [pid, p] of p1) {
    const used = p.ticks - (p0.get(pid)?.ticks ?? 0);
    const name = names[pid] ?? p.name;
    if (used > 0) byName.set(name, (byName.get(name) ?? 0) + used);
  }
  return [...byName]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5)
    .map(([name, t]) => `${name} ${Math.round((t / CLK_TCK / wallS) * 100)} %`);
}

/**
 * How busy the machine is before a run (other processes skew every figure on 2 cores), and the
 * processes that kept it busy.
 */
export async function machineLoad(
  ms = 2000,
): Promise<{ busyPct: number | null; loadAvg: number[]; top: string[] }> {
  const a = machineTicks();
  const p0 = allProcessTicks();
  await new Promise((r) => setTimeout(r, ms));
  const b = machineTicks();
  return {
    busyPct: a && b ? Math.round(((b.busy - a.busy) / (b.total - a.total)) * 100) : null,
    loadAvg: os.loadavg().map(round2),
    top: topProcesses(p0, allProcessTicks(), ms / 1000, { [process.pid]: 'bench' }),
  };
}

/**
 * CPU used from now until the returned function is called: the server process (100 % = one
 * core), this process (the load generator), the whole machine, and the busiest processes.
 */
export function cpuMeter(pid: number | undefined) {
  const p0 = processTicks(pid);
  const all0 = allProcessTicks();
  const self0 = process.cpuUsage();
  const m0 = machineTicks();
  const t0 = performance.now();
  return () => {
    const wallS = (performance.now() - t0) / 1000;
    const p1 = processTicks(pid);
    const self = process.cpuUsage(self0);
    const m1 = machineTicks();
    return {
      serverPct: p0 !== null && p1 !== null ? Math.round(((p1 - p0) / CLK_TCK / wallS) * 100) : null,
      loadGeneratorPct: Math.round(((self.user + self.system) / 1e6 / wallS) * 100),
      machinePct: m0 && m1 ? Math.round(((m1.busy - m0.busy) / (m1.total - m0.total)) * 100) : null,
      top: topProcesses(all0, allProcessTicks(), wallS, {
        [process.pid]: 'bench',
        ...(pid ? { [pid]: 'server' } : {}),
      }),
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Numbers

export const round2 = (x: number) => Math.round(x * 100) / 100;

/** Exact nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const fmtMs = (x: number | undefined) =>
  x === undefined || Number.isNaN(x)
    ? '—'
    : x >= 100
      ? `${Math.round(x).toLocaleString('en-US')} ms`
      : `${x.toFixed(1)} ms`;

/** Which code was measured (the repository changes under the benchmark): a hash of src/ and its newest file. */
export function sourceFingerprint(): { srcSha256: string; newestFile: string; newestMtime: string } {
  const dir = path.join(REPO_ROOT, 'src');
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
  const hash = createHash('sha256');
  let newest = { file: '', mtime: 0 };
  for (const f of files) {
    const full = path.join(dir, f);
    hash.update(f).update('\0').update(readFileSync(full)).update('\0');
    const mtime = statSync(full).mtimeMs;
    if (mtime > newest.mtime) newest = { file: f, mtime };
  }
  return {
    srcSha256: hash.digest('hex').slice(0, 16),
    newestFile: `src/${newest.file}`,
    newestMtime: new Date(newest.mtime).toISOString(),
  };
}
