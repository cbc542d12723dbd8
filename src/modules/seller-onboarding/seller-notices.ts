import type { Db } from '../../platform/db/client.ts';
import { sellerOwners } from '../seller-team/team.read-model.ts';

/**
 * Who receives a seller's legal notices: the trader email given at onboarding and every owner,
 * once each. The first owner is the statement of reasons' subject (statements name a user).
 */
export async function noticeRecipients(
  db: Db,
  seller: { id: number; email: string },
): Promise<{ emails: string[]; subjectUserId: number | null }> {
  const owners = await sellerOwners(db, seller.id);
  const emails = [
    ...new Set([seller.email, ...owners.map((o) => o.email)].map((e) => e.trim().toLowerCase())),
  ];
  return { emails: emails.filter(Boolean), subjectUserId: owners[0]?.userId ?? null };
}
