/**
 * Driving deploy/stack.sh from TypeScript (deploy/stack.test.ts, bench/kill-test.ts): free ports,
 * a database of its own on a PostgreSQL server, and the script's commands.
 */
import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './support.ts';
import { REPO_ROOT } from './tiers.ts';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** nginx's port, and the first of `count` consecutive free ports (the `serve`, then the `worker` processes). */
export async function stackPorts(count: number): Promise<{ stackPort: number; servePortBase: number }> {
  const stackPort = await freePort();
  for (;;) {
    const base = await freePort();
    if (base + count > 65535 || (base <= stackPort && stackPort < base + count)) continue;
    const rest = await Promise.all(Array.from({ length: count - 1 }, (_, i) => isFree(base + 1 + i)));
    if (rest.every(Boolean)) return { stackPort, servePortBase: base };
  }
}

async function admin(adminUrl: string, statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** A new, empty database `name` on the server of `adminUrl`; returns its URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Bad database name ${name}`);
  await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/**
 * The environment of a stack: the caller's without what the stack sets itself (vitest's
 * NODE_ENV=test among them), plus `env`.
 */
export function stackEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_ENV: _e, PORT: _p, HOST: _h, PUBLIC_URL: _u, DATA_DIR: _d, ...inherited } = process.env;
  return { ...inherited, ...env };
}

/** Run `deploy/stack.sh …args`; its output, or an error carrying it. */
export async function stackCommand(env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  try {
    const r = await promisify(execFile)('bash', ['deploy/stack.sh', ...args], { cwd: REPO_ROOT, env });
    return r.stdout;
  } catch (e) {
    const x = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`stack.sh ${args.join(' ')}: ${x.message}\n${x.stdout ?? ''}\n${x.stderr ?? ''}`);
  }
}
