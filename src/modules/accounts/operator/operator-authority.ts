import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { rolesOf } from '../accounts.store.ts';
import { OPERATOR_AUTHORITY_MESSAGES, operatorAuthorityRefusal } from './operator-authority.rules.ts';

/** Refuse (403) a console action on `subjectId` the operator may not take (operator-authority.rules.ts). */
export async function assertOperatorMayActOn(
  db: Db,
  a: { operatorId: number; subjectId: number },
): Promise<void> {
  const [actor, subject] = await Promise.all([rolesOf(db, a.operatorId), rolesOf(db, a.subjectId)]);
  const refusal = operatorAuthorityRefusal({
    actorId: a.operatorId,
    actorRoles: actor.operator,
    subjectId: a.subjectId,
    subjectRoles: subject.operator,
  });
  if (refusal) throw new AppError('FORBIDDEN', OPERATOR_AUTHORITY_MESSAGES[refusal]);
}
