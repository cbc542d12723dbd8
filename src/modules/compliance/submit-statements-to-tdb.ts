import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Deps } from '../../app/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { statementsOfReasons } from './compliance.schema.ts';
import { TDB_BATCH_SIZE, toTdbStatement, validateTdbStatement } from './tdb.rules.ts';
import { createTdbClient, type TdbClient } from './tdb-client.ts';

export type TdbRunResult = {
  calls: number;
  submitted: number;
  logged: number;
  rejected: number;
  failed: number;
};

type Row = typeof statementsOfReasons.$inferSelect;
const PER_INDEX = /^statements\.(\d+)\.(.+)$/;

/**
 * Submit the statements of reasons not yet in the DSA Transparency Database (Art. 24(5): without
 * undue delay), oldest first, in calls of at most 100. 201 marks them submitted; 422 records the
 * errors on the statements they name (rejected: kept for review in the console; a puid the
 * database already holds counts as submitted) and the others are tried again in the next call;
 * any other answer stops the run, to be tried again at the next. Without credentials the local
 * client logs them: marked `logged`, and submitted once credentials are configured. A statement
 * the validator refuses is never sent.
 */
export async function submitStatementsToTdb(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: { client: TdbClient; maxStatements?: number },
): Promise<TdbRunResult> {
  const result: TdbRunResult = { calls: 0, submitted: 0, logged: 0, rejected: 0, failed: 0 };
  const statuses: Array<Row['tdbStatus']> = input.client.name === 'tdb' ? ['pending', 'logged'] : ['pending'];
  const tried: string[] = [];
  const max = input.maxStatements ?? 2000;
  while (tried.length < max) {
    const batch = await deps.db
      .select()
      .from(statementsOfReasons)
      .where(
        and(
          inArray(statementsOfReasons.tdbStatus, statuses),
          tried.length ? notInArray(statementsOfReasons.id, tried) : undefined,
        ),
      )
      .orderBy(asc(statementsOfReasons.createdAt), asc(statementsOfReasons.id))
      .limit(Math.min(TDB_BATCH_SIZE, max - tried.length));
    if (!batch.length) break;
    tried.push(...batch.map((r) => r.id));
    const now = deps.clock.now();
    const mark = (row: Row, set: Partial<Row>) =>
      deps.db
        .update(statementsOfReasons)
        .set({ tdbAttempts: sql`${statementsOfReasons.tdbAttempts} + 1`, tdbLastAttemptAt: now, ...set })
        .where(eq(statementsOfReasons.id, row.id));

    const sendable: Row[] = [];
    for (const row of batch) {
      const issues = validateTdbStatement(toTdbStatement(row));
      if (!issues.length) sendable.push(row);
      else {
        await mark(row, {
          tdbStatus: 'rejected',
          tdbError: `Not sent: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`,
        });
        result.rejected++;
      }
    }
    if (!sendable.length) continue;
    const payload = sendable.map(toTdbStatement);
    result.calls++;
    const answer = await input.client.submit(payload);
    if (answer.kind === 'stored' || answer.kind === 'logged') {
      for (const row of sendable)
        await mark(
          row,
          answer.kind === 'stored'
            ? {
                tdbStatus: 'submitted',
                tdbSubmittedAt: now,
                tdbUuid: answer.uuids[row.puid] ?? null,
                tdbError: null,
              }
            : { tdbStatus: 'logged', tdbError: null },
        );
      if (answer.kind === 'stored') result.submitted += sendable.length;
      else result.logged += sendable.length;
      continue;
    }
    if (answer.kind === 'failed') {
      for (const row of sendable)
        await mark(row, {
          tdbError: `Not stored (${answer.status ?? 'network'}): ${answer.message}`.slice(0, 2000),
        });
      result.failed += sendable.length;
      break;
    }
    // 422: the whole call was refused; blame the statements the errors name.
    const byIndex = new Map<number, string[]>();
    for (const [field, messages] of Object.entries(answer.errors)) {
      const m = PER_INDEX.exec(field);
      if (!m) continue;
      const i = Number(m[1]);
      byIndex.set(i, [...(byIndex.get(i) ?? []), ...messages.map((msg) => `${m[2]}: ${msg}`)]);
    }
    for (const [i, row] of sendable.entries()) {
      const errors = byIndex.size
        ? byIndex.get(i)
        : Object.entries(answer.errors).map(([f, l]) => `${f}: ${l.join(' ')}`);
      if (!errors) {
        await mark(row, { tdbError: 'Not stored: another statement of the same call was refused' });
        continue;
      }
      const alreadyThere = errors.length > 0 && errors.every((e) => /^puid: .*(exist|unique|taken)/i.test(e));
      if (alreadyThere) {
        await mark(row, { tdbStatus: 'submitted', tdbSubmittedAt: now, tdbError: null });
        result.submitted++;
      } else {
        await mark(row, {
          tdbStatus: 'rejected',
          tdbError: `${answer.message}: ${errors.join('; ') || 'no details'}`.slice(0, 2000),
        });
        result.rejected++;
      }
    }
  }
  return result;
}

/** Every 10 minutes: to the database with credentials, else to the log. */
export function submitStatementsToTdbJob(deps: Deps): Job {
  const client = createTdbClient(deps.config, deps.logger);
  return {
    name: 'submit-statements-to-tdb',
    everyMs: 10 * 60_000,
    run: () => submitStatementsToTdb(deps, { client }),
  };
}
