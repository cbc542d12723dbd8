import type { Db } from '../../platform/db/client.ts';
import { users } from './accounts.schema.ts';
import { acceptCurrentDocuments } from './legal-acceptance.ts';

/**
 * An account created from an emailed invitation: a consumer with its email verified (the link
 * proves the mailbox) who accepted the current terms. The caller has checked the password policy
 * and that the email may register, and passes its transaction. A unique violation means an
 * active account with this email was created meanwhile.
 */
export async function registerInvitedUser(
  deps: { db: Db },
  a: { email: string; passwordHash: string; name: string; market: string; now: Date; ip: string },
): Promise<{ userId: number }> {
  const [user] = await deps.db
    .insert(users)
    .values({
      email: a.email,
      passwordHash: a.passwordHash,
      name: a.name,
      buyerType: 'consumer',
      market: a.market,
      emailVerifiedAt: a.now,
      createdAt: a.now,
      updatedAt: a.now,
    })
    .returning({ id: users.id });
  const userId = user!.id;
  await acceptCurrentDocuments(deps.db, { userId, market: a.market, now: a.now, ip: a.ip });
  return { userId };
}
