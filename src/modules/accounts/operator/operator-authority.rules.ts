import type { OperatorRole } from '../../../platform/http/actor.ts';

/**
 * Why an operator may not act on an account from the console, or null when they may (issue 12,
 * finding 7): nobody acts on their own account there, and an account holding any operator role
 * is closed, reopened or changed by an admin only.
 */
export type OperatorAuthorityRefusal = 'own_account' | 'operator_account_needs_admin';

export function operatorAuthorityRefusal(a: {
  actorId: number;
  actorRoles: ReadonlySet<OperatorRole>;
  subjectId: number;
  subjectRoles: ReadonlySet<OperatorRole>;
}): OperatorAuthorityRefusal | null {
  if (a.actorId === a.subjectId) return 'own_account';
  if (a.subjectRoles.size > 0 && !a.actorRoles.has('admin')) return 'operator_account_needs_admin';
  return null;
}

export const OPERATOR_AUTHORITY_MESSAGES: Record<OperatorAuthorityRefusal, string> = {
  own_account: 'Operators cannot act on their own account from the console; ask another admin',
  operator_account_needs_admin: 'Only an admin may close, reopen or change the account of an operator',
};
