import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createShutdown, type Shutdown } from './shutdown.ts';

type Answer = { status: number; body: string; connection: string | undefined };

/** One request on a connection of its own (no pooling), answered or failed. */
function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** A node HTTP server (as `serve` runs) with a route answering after `?ms=`, and its shutdown. */
async function startServer(timeoutMs: number) {
  const shutdown: Shutdown = createShutdown({ logger: pino({ level: 'silent' }), timeoutMs });
  const started: string[] = [];
  const app = new Hono();
  app.get('/slow', async (c) => {
    started.push(c.req.query('ms')!);
    await sleep(Number(c.req.query('ms')));
    return c.text('finished');
  });
  app.get('/readyz', (c) => c.json({ draining: shutdown.draining }, shutdown.draining ? 503 : 200));
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  shutdown.serve(server);
  const port = (server.address() as AddressInfo).port;
  const inFlight = async (count: number) => {
    while (started.length < count) await sleep(5);
  };
  return { shutdown, server, app, port, inFlight };
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('graceful shutdown', () => {
  it('lets a request in flight finish, refuses new connections, says draining, then closes in reverse order', async () => {
    const s = await startServer(5_000);
    cleanup = () => s.server.closeAllConnections();
    const closed: string[] = [];
    s.shutdown.onClose('database', async () => {
      await sleep(10);
      closed.push('database');
    });
    s.shutdown.onClose('jobs', () => {
      closed.push('jobs');
    });
    const slow = get(s.port, '/slow?ms=400');
    await s.inFlight(1);
    const run = s.shutdown.run('test');
    expect(s.shutdown.draining).toBe(true);
    expect((await s.app.request('/readyz')).status).toBe(503);
    await expect(get(s.port, '/slow?ms=1')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(closed).toEqual([]); // nothing is closed under a request in flight
    const answer = await slow;
    expect(answer).toEqual({ status: 200, body: 'finished', connection: 'close' });
    expect(await run).toBe(0);
    expect(closed).toEqual(['jobs', 'database']);
    expect(s.server.listening).toBe(false);
  });

  it('cuts a request still running at the deadline, then closes everything all the same', async () => {
    const s = await startServer(200);
    cleanup = () => s.server.closeAllConnections();
    const closed: string[] = [];
    s.shutdown.onClose('database', () => {
      closed.push('database');
    });
    const slow = get(s.port, '/slow?ms=3000');
    await s.inFlight(1);
    const began = performance.now();
    const code = await s.shutdown.run('test');
    const took = performance.now() - began;
    expect(code).toBe(0);
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(1_500);
    await expect(slow).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(closed).toEqual(['database']);
  });

  it('closes idle keep-alive connections at once, runs only once, and reports a failing closer', async () => {
    const s = await startServer(5_000);
    const agent = new http.Agent({ keepAlive: true });
    cleanup = () => {
      agent.destroy();
      s.server.closeAllConnections();
    };
    await new Promise<void>((resolve) =>
      http.get({ port: s.port, path: '/slow?ms=1', agent }, (r) => r.resume().on('end', resolve)),
    );
    const closed: string[] = [];
    s.shutdown.onClose('database', () => {
      closed.push('database');
    });
    s.shutdown.onClose('broken', () => {
      throw new Error('cannot close');
    });
    const began = performance.now();
    const [first, second] = await Promise.all([s.shutdown.run('a'), s.shutdown.run('b')]);
    expect(performance.now() - began).toBeLessThan(1_000); // not the keep-alive timeout (5 s)
    expect([first, second]).toEqual([1, 1]);
    expect(closed).toEqual(['database']); // after the failing one, once
  });
});
