import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { authTokens, users } from '../accounts/accounts.schema.ts';
import { invitationData, pendingInvitationsWhere } from './seller-team.store.ts';
import type { TeamRole } from './seller-team.types.ts';

export type PendingInvitationRow = {
  email: string;
  role: TeamRole;
  invitedAt: Date;
  expiresAt: Date;
  invitedByName: string | null;
};

/** A seller's invitations that can still be accepted, oldest first. */
export async function listPendingInvitations(
  db: Db,
  sellerId: number,
  now: Date,
): Promise<PendingInvitationRow[]> {
  const rows = await db
    .select({
      email: authTokens.email,
      data: authTokens.data,
      invitedAt: authTokens.createdAt,
      expiresAt: authTokens.expiresAt,
      invitedByName: users.name,
    })
    .from(authTokens)
    .leftJoin(users, eq(users.id, sql`(${authTokens.data}->>'invitedBy')::int`))
    .where(pendingInvitationsWhere(sellerId, now))
    .orderBy(asc(authTokens.createdAt), asc(authTokens.email));
  return rows.flatMap((r) => {
    const data = invitationData(r.data);
    return data
      ? [
          {
            email: r.email,
            role: data.role,
            invitedAt: r.invitedAt,
            expiresAt: r.expiresAt,
            invitedByName: r.invitedByName,
          },
        ]
      : [];
  });
}
