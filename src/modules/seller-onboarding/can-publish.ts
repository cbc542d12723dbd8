import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { findSeller } from '../sellers/sellers.store.ts';

/**
 * DSA Art. 30(1): only a seller whose trader information was collected and checked (verified)
 * and who is neither suspended nor closed may publish offers.
 */
export async function canPublish(db: Db, sellerId: number): Promise<boolean> {
  const s = await findSeller(db, sellerId);
  return !!s && s.status === 'active' && s.verified;
}

export const CANNOT_PUBLISH =
  'Your shop cannot publish offers until its trader information is verified and the shop is active';

/** For use cases that publish: throws FORBIDDEN when `canPublish` is false. */
export async function assertCanPublish(db: Db, sellerId: number): Promise<void> {
  if (!(await canPublish(db, sellerId))) throw new AppError('FORBIDDEN', CANNOT_PUBLISH);
}
