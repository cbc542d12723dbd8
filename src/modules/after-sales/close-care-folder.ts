import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { careFolders } from './after-sales.schema.ts';
import { afterSalesEmails } from './after-sales-emails.ts';
import { type AfterSalesMail, mailAboutLine } from './after-sales-recipients.ts';
import type { CareActor } from './care-actor.ts';
import { folderFor } from './care-folder-access.ts';
import { CLOSING_REASONS, type ClosingReason } from './outcomes.rules.ts';

/**
 * Close a folder with what the problem turned out to be (outcomes.rules.ts: the reason decides
 * which quality rate it counts in). The seller or customer service closes; the buyer may close
 * their own folder as solved ("other") — they cannot blame or clear the seller.
 */
export async function closeCareFolder(
  deps: { db: Db; now: Date } & AfterSalesMail,
  input: { actor: CareActor; folderId: number; reason: string },
): Promise<{ reason: ClosingReason }> {
  const reason = CLOSING_REASONS.find((r) => r === input.reason);
  if (!reason)
    throw AppError.invalid([{ field: 'reason', message: `must be one of ${CLOSING_REASONS.join(', ')}` }]);
  return deps.db.transaction(async (tx) => {
    const { folder, party } = await folderFor(tx, input.folderId, input.actor, { lock: true });
    if (party === 'buyer' && reason !== 'other')
      throw AppError.invalid([{ field: 'reason', message: 'a buyer closes a folder as solved (other)' }]);
    if (folder.status === 'closed')
      throw new AppError('INVALID_STATE', 'This folder is already closed', [
        { field: 'folderId', message: 'is closed' },
      ]);
    await tx
      .update(careFolders)
      .set({ status: 'closed', closingReason: reason, closedAt: deps.now, updatedAt: deps.now })
      .where(eq(careFolders.id, folder.id));
    // The buyer hears the outcome, unless they closed it themselves.
    if (party !== 'buyer')
      await mailAboutLine(tx, deps, folder.orderLineId, async (ctx) =>
        ctx.buyer
          ? [
              afterSalesEmails.folderClosed(ctx.buyer, {
                ...ctx.buyerFolder(folder.id),
                folderId: folder.id,
                reason,
              }),
            ]
          : [],
      );
    return { reason };
  });
}
