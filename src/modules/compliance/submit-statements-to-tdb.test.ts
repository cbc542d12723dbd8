import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inArray, ne } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { statementsOfReasons } from './compliance.schema.ts';
import { issueStatementOfReasons } from './issue-statement-of-reasons.ts';
import { submitStatementsToTdb } from './submit-statements-to-tdb.ts';
import { validateTdbStatement } from './tdb.rules.ts';
import { createHttpTdbClient, createLocalTdbClient, createTdbClient } from './tdb-client.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Call = {
  auth: string | undefined;
  contentType: string | undefined;
  body: { statements: Array<Record<string, unknown>> };
};

/** A stand-in Transparency Database on a local port: records each call, answers as told. */
async function fakeTdb(answer: (call: Call, n: number) => { status: number; body: unknown }) {
  const calls: Call[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let data = '';
    req.on('data', (chunk) => {
      data += chunk;
    });
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/api/v1/statements') {
        res.writeHead(404).end();
        return;
      }
      const call = {
        auth: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: JSON.parse(data),
      };
      calls.push(call);
      const a = answer(call, calls.length);
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, calls, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const stored = (call: Call) => ({
  status: 201,
  body: { statements: call.body.statements.map((s, i) => ({ puid: s.puid, uuid: `uuid-${i}-${s.puid}` })) },
});

describe.each(ENGINES)('submitting statements of reasons to the Transparency Database on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    // Each case starts with nothing waiting.
    await t.deps.db
      .update(statementsOfReasons)
      .set({ tdbStatus: 'submitted' })
      .where(ne(statementsOfReasons.tdbStatus, 'submitted'));
  });

  async function issue(n: number, over: Partial<Parameters<typeof issueStatementOfReasons>[1]> = {}) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      t.clock.advance(1000);
      const s = await issueStatementOfReasons(t.deps, {
        subjectUserId: null,
        measure: 'content_removal',
        reasonCode: 'review_offensive',
        facts: `Review ${i} by Jane Roe (jane@mail.example) insulted the seller.`,
        source: 'notice',
        ground: { type: 'incompatible_terms', contractualGround: 'Review rules §2' },
        explanation: 'The review breaks the review rules.',
        audience: 'user',
        decidedBy: null,
        ...over,
      });
      ids.push(s.id);
    }
    return ids;
  }
  const rows = (ids: string[]) =>
    t.deps.db.select().from(statementsOfReasons).where(inArray(statementsOfReasons.id, ids));

  it('201: posts valid statements with the bearer token, marks them submitted with the uuid', async () => {
    const tdb = await fakeTdb(stored);
    try {
      const ids = await issue(3);
      const r = await submitStatementsToTdb(t.deps, {
        client: createHttpTdbClient({ baseUrl: `${tdb.url}/`, token: 'secret-token' }),
      });
      expect(r).toEqual({ calls: 1, submitted: 3, logged: 0, rejected: 0, failed: 0 });
      expect(tdb.calls).toHaveLength(1);
      expect(tdb.calls[0]!.auth).toBe('Bearer secret-token');
      expect(tdb.calls[0]!.contentType).toBe('application/json');
      const sent = tdb.calls[0]!.body.statements;
      expect(sent).toHaveLength(3);
      for (const s of sent) {
        expect(validateTdbStatement(s)).toEqual([]);
        expect(JSON.stringify(s)).not.toMatch(/Jane|jane@mail/);
      }
      for (const row of await rows(ids)) {
        expect(row).toMatchObject({
          tdbStatus: 'submitted',
          tdbAttempts: 1,
          tdbSubmittedAt: t.clock.now(),
          tdbUuid: `uuid-${sent.findIndex((s) => s.puid === row.puid)}-${row.puid}`,
          tdbError: null,
        });
      }
      // Nothing is sent twice.
      expect(
        await submitStatementsToTdb(t.deps, {
          client: createHttpTdbClient({ baseUrl: tdb.url, token: 'x' }),
        }),
      ).toMatchObject({ calls: 0 });
    } finally {
      await tdb.close();
    }
  });

  it('batches of at most 100: 250 statements take 3 calls (100, 100, 50), oldest first', async () => {
    const tdb = await fakeTdb(stored);
    try {
      const ids = await issue(250);
      const r = await submitStatementsToTdb(t.deps, {
        client: createHttpTdbClient({ baseUrl: tdb.url, token: 't' }),
      });
      expect(r).toMatchObject({ calls: 3, submitted: 250 });
      expect(tdb.calls.map((c) => c.body.statements.length)).toEqual([100, 100, 50]);
      const order = (await rows(ids))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((r) => r.puid);
      expect(tdb.calls.flatMap((c) => c.body.statements.map((s) => s.puid))).toEqual(order);
      expect((await rows(ids)).every((row) => row.tdbStatus === 'submitted')).toBe(true);
    } finally {
      await tdb.close();
    }
  });

  it('422: the statements named are rejected with their errors; the others go in the next call', async () => {
    const tdb = await fakeTdb((call, n) =>
      n === 1
        ? {
            status: 422,
            body: {
              message: 'The given data was invalid.',
              errors: {
                'statements.1.category': ['The selected category is invalid.'],
                'statements.2.puid': ['The identifier given is not unique within this platform.'],
              },
            },
          }
        : stored(call),
    );
    try {
      const ids = await issue(4);
      const r = await submitStatementsToTdb(t.deps, {
        client: createHttpTdbClient({ baseUrl: tdb.url, token: 't' }),
      });
      expect(r).toMatchObject({ calls: 1, rejected: 1, submitted: 1 });
      const byPuid = new Map((await rows(ids)).map((row) => [row.puid, row]));
      const first = tdb.calls[0]!.body.statements.map((s) => byPuid.get(s.puid as string)!);
      expect(first[1]).toMatchObject({
        tdbStatus: 'rejected',
        tdbError: 'The given data was invalid.: category: The selected category is invalid.',
      });
      expect(first[2]).toMatchObject({ tdbStatus: 'submitted', tdbError: null });
      expect(first[0]).toMatchObject({ tdbStatus: 'pending', tdbAttempts: 1 });
      // The next run sends the two innocent ones, and never the rejected one again.
      const again = await submitStatementsToTdb(t.deps, {
        client: createHttpTdbClient({ baseUrl: tdb.url, token: 't' }),
      });
      expect(again).toMatchObject({ calls: 1, submitted: 2 });
      expect(tdb.calls[1]!.body.statements.map((s) => s.puid).sort()).toEqual(
        [first[0]!.puid, first[3]!.puid].sort(),
      );
    } finally {
      await tdb.close();
    }
  });

  it('500 or no answer: nothing is marked, the error is kept, the run stops and the next one retries', async () => {
    let down = true;
    const tdb = await fakeTdb((call) =>
      down ? { status: 500, body: { message: 'Server Error' } } : stored(call),
    );
    try {
      const ids = await issue(120);
      const client = createHttpTdbClient({ baseUrl: tdb.url, token: 't' });
      const r = await submitStatementsToTdb(t.deps, { client });
      expect(r).toEqual({ calls: 1, submitted: 0, logged: 0, rejected: 0, failed: 100 });
      const after = await rows(ids);
      expect(after.filter((row) => row.tdbStatus === 'pending')).toHaveLength(120);
      expect(after.filter((row) => row.tdbError?.startsWith('Not stored (500)'))).toHaveLength(100);
      const unreachable = await submitStatementsToTdb(t.deps, {
        client: createHttpTdbClient({ baseUrl: 'http://127.0.0.1:1', token: 't' }),
      });
      expect(unreachable).toMatchObject({ calls: 1, failed: 100 });
      down = false;
      expect(await submitStatementsToTdb(t.deps, { client })).toMatchObject({ calls: 2, submitted: 120 });
    } finally {
      await tdb.close();
    }
  });

  it('without credentials the statements are logged, not submitted, and sent once credentials exist', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (l: string) => void lines.push(l) });
    expect(createTdbClient(t.deps.config, logger).name).toBe('local');
    expect(createTdbClient({ TDB_API_URL: 'https://tdb.example', TDB_API_TOKEN: 'x' }, logger).name).toBe(
      'tdb',
    );
    const ids = await issue(2);
    const r = await submitStatementsToTdb(t.deps, { client: createLocalTdbClient(logger) });
    expect(r).toMatchObject({ calls: 1, logged: 2, submitted: 0 });
    expect(lines.filter((l) => l.includes('statement logged, not submitted'))).toHaveLength(2);
    expect((await rows(ids)).map((row) => row.tdbStatus)).toEqual(['logged', 'logged']);
    expect(await submitStatementsToTdb(t.deps, { client: createLocalTdbClient(logger) })).toMatchObject({
      calls: 0,
    });
    const tdb = await fakeTdb(stored);
    try {
      expect(
        await submitStatementsToTdb(t.deps, {
          client: createHttpTdbClient({ baseUrl: tdb.url, token: 't' }),
        }),
      ).toMatchObject({
        submitted: 2,
      });
    } finally {
      await tdb.close();
    }
  });
});
