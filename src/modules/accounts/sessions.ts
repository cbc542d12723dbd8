import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from './accounts.deps.ts';
import { sessions } from './accounts.schema.ts';
import { liveSessionsOf } from './accounts.store.ts';

export type SessionView = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string;
  ip: string;
  current: boolean;
};

/** The user's own live sessions; ids are the stored hashes, never the cookie tokens. */
export async function listOwnSessions(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  a: { userId: number; sessionId: string },
): Promise<SessionView[]> {
  const rows = await liveSessionsOf(deps.db, a.userId, deps.clock.now());
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    userAgent: s.userAgent,
    ip: s.ip,
    current: s.id === a.sessionId,
  }));
}

/** Revoke one of the user's own sessions (another user's id is simply not found). */
export async function revokeOwnSession(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  a: { userId: number; targetId: string; meta: RequestMeta; reason?: 'sign_out' | 'revoke' },
): Promise<void> {
  const now = deps.clock.now();
  const rows = await deps.db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, a.targetId), eq(sessions.userId, a.userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  if (!rows.length) throw AppError.notFound('Session');
  await recordAudit(deps.db, {
    action: a.reason === 'sign_out' ? 'auth.signed_out' : 'auth.session_revoked',
    at: now,
    actorUserId: a.userId,
    subjectUserId: a.userId,
    ip: a.meta.ip,
  });
}
