import type { Db } from '../../platform/db/client.ts';
import { hashToken, randomToken } from '../../platform/security/tokens.ts';
import type { RequestMeta } from './accounts.deps.ts';
import { sessions } from './accounts.schema.ts';
import { sessionPolicyFor } from './session.rules.ts';

/** A fresh session (a new id on every sign-in: rotation). Returns the cookie token. */
export async function createSession(
  db: Db,
  s: { userId: number; isOperator: boolean; now: Date; meta: RequestMeta; secondFactorAt?: Date },
): Promise<string> {
  const token = randomToken();
  await db.insert(sessions).values({
    id: hashToken(token),
    userId: s.userId,
    createdAt: s.now,
    lastSeenAt: s.now,
    expiresAt: new Date(s.now.getTime() + sessionPolicyFor(s.isOperator).absoluteMs),
    userAgent: s.meta.userAgent.slice(0, 300),
    ip: s.meta.ip,
    secondFactorAt: s.secondFactorAt ?? null,
  });
  return token;
}
