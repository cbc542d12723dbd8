import { eq } from 'drizzle-orm';
import { AppError } from '../../../platform/errors.ts';
import { parseOrThrow } from '../../../platform/validation.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { complaintPath } from '../../compliance/dsa-links.ts';
import { issueStatementOfReasons } from '../../compliance/issue-statement-of-reasons.ts';
import { forgetAuthenticatedKeys } from '../../seller-api/api-keys.ts';
import { accountEmails } from '../account-emails.ts';
import type { AccountsDeps, RequestMeta } from '../accounts.deps.ts';
import { businessProfiles, users } from '../accounts.schema.ts';
import { findUser, revokeSessions } from '../accounts.store.ts';
import { CLOSURE_REASONS, ZPlatformClosureInputSchema } from '../accounts.types.ts';
import { endIntegrationsOf } from '../end-integrations-of.ts';
import { userLocale, userStorefront } from '../recipient-locale.ts';
import { assertOperatorMayActOn } from './operator-authority.ts';

/**
 * An operator terminates an account. A DSA Art. 17 statement of reasons is stored and emailed to
 * the user at the moment the measure takes effect; the email and VAT number are then blocked from
 * registering again until an operator authorises it. An operator's account is closed by an admin
 * only, and never by its holder (operator-authority.rules.ts).
 */
export async function closeAccountByPlatform(
  deps: AccountsDeps,
  a: { operatorId: number; userId: number; input: unknown; meta: RequestMeta },
): Promise<{ statementId: string }> {
  const input = parseOrThrow(ZPlatformClosureInputSchema, a.input);
  const user = await findUser(deps.db, a.userId);
  if (!user) throw AppError.notFound('Account');
  await assertOperatorMayActOn(deps.db, { operatorId: a.operatorId, subjectId: user.id });
  if (user.status === 'closed') throw new AppError('CONFLICT', 'This account is already closed');
  const reason = CLOSURE_REASONS[input.reason];
  const now = deps.clock.now();
  const closed = await deps.db.transaction(async (tx) => {
    const sor = await issueStatementOfReasons(
      { db: tx, clock: deps.clock },
      {
        subjectUserId: user.id,
        measure: 'account_termination',
        endsAt: null,
        reasonCode: input.reason,
        facts: input.details,
        source: input.source,
        automatedDetection: false,
        automatedDecision: false,
        ground:
          reason.ground === 'illegal_content'
            ? {
                type: 'illegal_content',
                legalGround: input.legalGround,
                contractualGround: reason.contractual,
              }
            : { type: 'incompatible_terms', contractualGround: reason.contractual },
        explanation: `${reason.label}. ${input.details}`,
        audience: 'user',
        decidedBy: a.operatorId,
        effectiveAt: now,
      },
    );
    await tx
      .update(users)
      .set({
        status: 'closed',
        closedAt: now,
        closedBy: 'platform',
        reregistrationAllowedAt: null,
        updatedAt: now,
      })
      .where(eq(users.id, user.id));
    await tx.update(businessProfiles).set({ active: false }).where(eq(businessProfiles.userId, user.id));
    await revokeSessions(tx, user.id, now);
    await endIntegrationsOf({ db: tx, clock: deps.clock }, { userId: user.id, actorUserId: a.operatorId });
    await deps.mailer.send(
      tx,
      accountEmails.closedByPlatform(userLocale(user), user.email, user.name, {
        date: now,
        reason: input.reason,
        details: input.details,
        legalGround: input.legalGround,
        statementId: sor.id,
        complaintLink: deps.siteUrl(complaintPath(userStorefront(user), sor.id)),
      }),
    );
    await recordAudit(tx, {
      action: 'account.closed_by_platform',
      at: now,
      actorUserId: a.operatorId,
      subjectUserId: user.id,
      ip: a.meta.ip,
      details: { reason: input.reason, statementId: sor.id },
      before: { status: user.status, closedBy: user.closedBy },
      after: { status: 'closed', closedBy: 'platform', statementId: sor.id },
    });
    return { statementId: sor.id };
  });
  forgetAuthenticatedKeys();
  return closed;
}
