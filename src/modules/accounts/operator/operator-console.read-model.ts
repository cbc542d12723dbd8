/**
 * Read model: what the operator console shows about people — user search, the user page (the
 * account, its company, operator roles, seller memberships, statements of reasons, recent audit
 * events, live sessions) and operators. Reads accounts' tables and the owners' query functions of
 * seller-team, compliance and audit. Never writes: changes go through the accounts use cases.
 */
import { and, asc, desc, eq, gt, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import type { OperatorRole } from '../../../platform/http/actor.ts';
import { listAuditEvents } from '../../audit/list-audit-events.ts';
import { listStatementsForUser } from '../../compliance/list-statements.ts';
import { membershipsOfUser } from '../../seller-team/team.read-model.ts';
import { operatorRoles, sessions, users } from '../accounts.schema.ts';
import {
  findActiveUserByEmail,
  findBusinessProfile,
  findUsableAuthToken,
  findUser,
} from '../accounts.store.ts';

export type UserStatus = 'active' | 'closed';
export type UserSearch = { q: string; status: UserStatus | '' };

export type UserListRow = {
  id: number;
  name: string;
  email: string;
  buyerType: 'consumer' | 'business' | null;
  status: UserStatus;
  createdAt: Date;
};

export const USER_SEARCH_LIMIT = 50;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** By id (exact), email or name (substring, case-insensitive); newest first. */
export async function searchUsers(db: Db, s: UserSearch): Promise<UserListRow[]> {
  const where: SQL[] = [];
  const q = s.q.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    const byText = or(ilike(users.email, pattern), ilike(users.name, pattern))!;
    where.push(/^\d{1,9}$/.test(q) ? or(eq(users.id, Number(q)), byText)! : byText);
  }
  if (s.status) where.push(eq(users.status, s.status));
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      buyerType: users.buyerType,
      status: users.status,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(users.id))
    .limit(USER_SEARCH_LIMIT);
}

/** Everything the user detail page shows, or undefined when there is no such user. */
export async function userDetail(db: Db, userId: number, now: Date) {
  const user = await findUser(db, userId);
  if (!user) return undefined;
  const [business, roles, memberships, statements, audit, live] = await Promise.all([
    findBusinessProfile(db, userId),
    db
      .select({ role: operatorRoles.role, grantedAt: operatorRoles.grantedAt })
      .from(operatorRoles)
      .where(eq(operatorRoles.userId, userId))
      .orderBy(asc(operatorRoles.role)),
    membershipsOfUser(db, userId),
    listStatementsForUser(db, userId),
    listAuditEvents(db, { userId, limit: 20 }),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(sessions)
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now))),
  ]);
  return {
    user,
    business: business ?? null,
    roles,
    memberships,
    statements,
    audit,
    liveSessions: Number(live[0]?.n ?? 0),
  };
}
export type UserDetail = NonNullable<Awaited<ReturnType<typeof userDetail>>>;

export type OperatorRow = {
  userId: number;
  name: string;
  email: string;
  status: UserStatus;
  roles: Array<{ role: OperatorRole; grantedAt: Date }>;
};

export async function listOperators(db: Db): Promise<OperatorRow[]> {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      status: users.status,
      role: operatorRoles.role,
      grantedAt: operatorRoles.grantedAt,
    })
    .from(operatorRoles)
    .innerJoin(users, eq(users.id, operatorRoles.userId))
    .orderBy(asc(users.name), asc(users.id), asc(operatorRoles.role));
  const byUser = new Map<number, OperatorRow>();
  for (const r of rows) {
    let op = byUser.get(r.userId);
    if (!op) {
      op = { userId: r.userId, name: r.name, email: r.email, status: r.status, roles: [] };
      byUser.set(r.userId, op);
    }
    op.roles.push({ role: r.role, grantedAt: r.grantedAt });
  }
  return [...byUser.values()];
}

/** A usable invitation: its email and role, and whether that email already has an active account. */
export async function pendingInvitation(db: Db, token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const t = await findUsableAuthToken(db, { token, purpose: 'operator_invite', now });
  if (!t) return undefined;
  const existing = await findActiveUserByEmail(db, t.email);
  return { email: t.email, role: String(t.data.role ?? ''), existingAccount: !!existing };
}
export type PendingInvitation = NonNullable<Awaited<ReturnType<typeof pendingInvitation>>>;
