import { randomUUID } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { statementsOfReasons } from './compliance.schema.ts';
import { buildStatement, type StatementInput, type StatementValues } from './statement.rules.ts';
import { puidFor } from './tdb.rules.ts';

export type IssuedStatement = StatementValues & { id: string; puid: string };

/**
 * Issue a DSA Art. 17 statement of reasons: checked (statement.rules.ts), then stored. The only
 * writer of statements_of_reasons. Pass the transaction of the measure it explains as `db`, so
 * the statement exists exactly when the restriction is imposed (Art. 17: "at the latest when the
 * restriction is imposed"); it takes effect at `effectiveAt`, or now. Its puid for the
 * Transparency Database is derived from its id, so it is unique and never reused. A measure
 * against a shop names it (`subjectSellerId`): its members read the statement in the portal.
 */
export async function issueStatementOfReasons(
  deps: { db: Pick<Db, 'insert'>; clock: Clock },
  input: StatementInput & { effectiveAt?: Date; subjectSellerId?: number | null },
): Promise<IssuedStatement> {
  const values = buildStatement(input, input.effectiveAt ?? deps.clock.now());
  const id = randomUUID();
  const puid = puidFor(id);
  await deps.db
    .insert(statementsOfReasons)
    .values({ ...values, id, puid, subjectSellerId: input.subjectSellerId ?? null });
  return { ...values, id, puid };
}
