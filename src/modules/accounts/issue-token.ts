import type { Db } from '../../platform/db/client.ts';
import { hashToken, randomToken } from '../../platform/security/tokens.ts';
import { TOKEN_TTL } from './accounts.deps.ts';
import { authTokens } from './accounts.schema.ts';

type Purpose = keyof typeof TOKEN_TTL;

/** Store a single-use token's hash and return the token itself, for the emailed link. */
export async function issueToken(
  tx: Pick<Db, 'insert'>,
  t: { purpose: Purpose; userId: number | null; email: string; now: Date; data?: Record<string, unknown> },
): Promise<string> {
  const token = randomToken();
  await tx.insert(authTokens).values({
    tokenHash: hashToken(token),
    purpose: t.purpose,
    userId: t.userId,
    email: t.email,
    data: t.data ?? {},
    createdAt: t.now,
    expiresAt: new Date(t.now.getTime() + TOKEN_TTL[t.purpose]),
  });
  return token;
}
