import { recordAudit } from '../audit/record-audit.ts';
import { type PayoutDeps, type PayoutRunResult, runPayouts } from './run-payouts.ts';

/** An operator runs the payouts by hand from the console: the same run as the job, audited. */
export async function runPayoutsByOperator(
  deps: PayoutDeps,
  a: { operatorId: number },
): Promise<PayoutRunResult> {
  const result = await runPayouts(deps);
  await recordAudit(deps.db, {
    action: 'payouts.run_by_operator',
    at: deps.clock.now(),
    actorUserId: a.operatorId,
    details: {},
    before: null,
    after: { created: result.created, sent: result.sent, pending: result.pending },
  });
  return result;
}
