/**
 * Serves `eraseAccount` and the pages offering erasure: whether an account may be erased now.
 * Reads accounts (the person, operator roles), seller-team and sellers (sellers they own), and
 * this module's reports. Never writes.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { operatorRoles, users } from '../accounts/accounts.schema.ts';
import { sellerMembers } from '../seller-team/seller-team.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { erasureReports } from './privacy-erasure.schema.ts';

export type ErasureRefusal = 'not_found' | 'already_erased' | 'operator' | 'seller_contract_running';

export type ErasureSubject = {
  id: number;
  email: string;
  name: string;
  market: string;
  language: string | null;
  status: 'active' | 'closed';
};

/**
 * May the account be erased? Not an operator's (their roles must be withdrawn first: the console's
 * audit trail names them), nor the owner's of a seller whose contract still runs (its orders,
 * payouts and trader obligations need an owner: the contract is ended first), nor twice.
 */
export async function erasureEligibility(
  db: Db,
  userId: number,
): Promise<
  { ok: true; subject: ErasureSubject } | { ok: false; refusal: ErasureRefusal; sellerIds?: number[] }
> {
  const [subject] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      market: users.market,
      language: users.language,
      status: users.status,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!subject) return { ok: false, refusal: 'not_found' };
  const [report] = await db
    .select({ id: erasureReports.id })
    .from(erasureReports)
    .where(eq(erasureReports.userId, userId));
  if (report) return { ok: false, refusal: 'already_erased' };
  const roles = await db
    .select({ role: operatorRoles.role })
    .from(operatorRoles)
    .where(eq(operatorRoles.userId, userId));
  if (roles.length) return { ok: false, refusal: 'operator' };
  const owned = await db
    .select({ id: sellers.id })
    .from(sellerMembers)
    .innerJoin(sellers, eq(sellers.id, sellerMembers.sellerId))
    .where(
      and(eq(sellerMembers.userId, userId), eq(sellerMembers.role, 'owner'), ne(sellers.status, 'closed')),
    );
  if (owned.length)
    return { ok: false, refusal: 'seller_contract_running', sellerIds: owned.map((s) => s.id) };
  return { ok: true, subject };
}
