import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { PUBLIC } from '../http/access.ts';
import { createApp } from '../http/app.ts';
import { createLogger } from '../logger.ts';
import { requestIdFrom } from './request-context.ts';

/** A logger writing to memory, as the process's logger writes to stdout, and what it wrote. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

function appLogging() {
  const { logger, lines } = capturedLogger();
  const app = createApp({ logger, renderErrorPage: (c, status, message) => c.text(message, status as 500) });
  // As a use case does: logs through the logger it was given, after awaiting I/O, with no request at hand.
  const work = async (step: string) => {
    await sleep(Math.random() * 20);
    logger.info({ step }, 'working');
    await new Promise((resolve) => setImmediate(resolve));
    logger.info('done');
  };
  app.get('/work/:step', PUBLIC, async (c) => {
    await work(c.req.param('step'));
    return c.text('ok');
  });
  app.get('/boom', PUBLIC, () => {
    throw new Error('kaput');
  });
  return { app, logger, lines };
}

describe('request ids', () => {
  it('every line logged while a request is handled carries its id, also with requests interleaved', async () => {
    const { app, lines, logger } = appLogging();
    const ids = Array.from({ length: 8 }, (_, i) => `req-${i}.A_b`);
    const responses = await Promise.all(
      ids.map((id, i) => app.request(`/work/${i}`, { headers: { 'x-request-id': id } })),
    );
    expect(responses.map((r) => r.headers.get('x-request-id'))).toEqual(ids);
    ids.forEach((id, i) => {
      const mine = lines.filter((l) => l.requestId === id);
      expect(mine.map((l) => l.msg)).toEqual(['working', 'done']);
      expect(mine[0]).toMatchObject({ step: String(i), service: 'reloop' });
      // The line's own fields do not leak into the next line of the same request.
      expect(mine[1]).not.toHaveProperty('step');
    });
    logger.info('between requests');
    expect(lines.at(-1)).not.toHaveProperty('requestId');
  });

  it('replaces a missing, overlong or unsafe incoming id with a random one', async () => {
    const { app, lines } = appLogging();
    for (const header of [undefined, 'x'.repeat(129), 'abc def', 'a\u00e9b', 'id"};{', '']) {
      const res = await app.request('/work/1', {
        headers: header === undefined ? {} : { 'x-request-id': header },
      });
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.filter((l) => l.requestId === id)).toHaveLength(2);
    }
    expect(requestIdFrom('x'.repeat(128))).toBe('x'.repeat(128));
  });

  it('the error log of a failing request carries the id the response names', async () => {
    const { app, lines } = appLogging();
    const res = await app.request('/boom', { headers: { 'x-request-id': 'failing-1' } });
    expect(res.status).toBe(500);
    expect(res.headers.get('x-request-id')).toBe('failing-1');
    const logged = lines.filter((l) => l.requestId === 'failing-1').map((l) => l.msg);
    expect(logged).toEqual(['unhandled error', 'request']);
  });
});
