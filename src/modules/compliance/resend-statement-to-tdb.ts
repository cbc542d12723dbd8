import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { statementsOfReasons } from './compliance.schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An operator sends a statement the Transparency Database refused again: it goes back to
 * `pending`, so the next run of submit-statements-to-tdb.ts sends it (after whatever made it
 * fail was corrected). Only a refused statement can be sent again (409 otherwise). Returns what
 * changed, for the audit.
 */
export async function resendStatementToTdb(
  deps: { db: Db },
  input: { statementId: string },
): Promise<{
  puid: string;
  before: { tdbStatus: string; tdbError: string | null };
  after: { tdbStatus: 'pending' };
}> {
  if (!UUID.test(input.statementId)) throw AppError.notFound('Statement');
  return deps.db.transaction(async (tx) => {
    const s = statementsOfReasons;
    const [row] = await tx
      .select({ puid: s.puid, tdbStatus: s.tdbStatus, tdbError: s.tdbError })
      .from(s)
      .where(eq(s.id, input.statementId))
      .for('update');
    if (!row) throw AppError.notFound('Statement');
    if (row.tdbStatus !== 'rejected')
      throw new AppError('INVALID_STATE', `Statement ${row.puid} was not refused: it is ${row.tdbStatus}`);
    await tx.update(s).set({ tdbStatus: 'pending', tdbError: null }).where(eq(s.id, input.statementId));
    return {
      puid: row.puid,
      before: { tdbStatus: row.tdbStatus, tdbError: row.tdbError },
      after: { tdbStatus: 'pending' as const },
    };
  });
}
