import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { careFolders } from './after-sales.schema.ts';
import { afterSalesEmails } from './after-sales-emails.ts';
import { type AfterSalesMail, mailAboutLine, sellerTeamRecipients } from './after-sales-recipients.ts';
import type { CareActor } from './care-actor.ts';
import { folderFor } from './care-folder-access.ts';

/** The buyer or the seller asks customer service in; it answers within its own target. */
export async function escalateCareFolder(
  deps: { db: Db; now: Date } & AfterSalesMail,
  input: { actor: CareActor; folderId: number },
) {
  return deps.db.transaction(async (tx) => {
    const { folder, party } = await folderFor(tx, input.folderId, input.actor, { lock: true });
    if (folder.status === 'closed')
      throw new AppError('INVALID_STATE', 'A closed folder is reopened by a message', [
        { field: 'folderId', message: 'is closed' },
      ]);
    if (folder.status === 'with_customer_service') return { status: folder.status };
    await tx
      .update(careFolders)
      .set({ escalated: true, status: 'with_customer_service', turnSince: deps.now, updatedAt: deps.now })
      .where(eq(careFolders.id, folder.id));
    // Both sides hear that customer service follows the folder now.
    await mailAboutLine(tx, deps, folder.orderLineId, async (ctx) => {
      const facts = { folderId: folder.id, by: party };
      return [
        ...(ctx.buyer
          ? [afterSalesEmails.escalated(ctx.buyer, { ...ctx.buyerFolder(folder.id), ...facts })]
          : []),
        ...(await sellerTeamRecipients(tx, folder.sellerId)).map((to) =>
          afterSalesEmails.escalated(to, { ...ctx.sellerFolder(folder.id), ...facts }),
        ),
      ];
    });
    return { status: 'with_customer_service' as const };
  });
}

/** An operator takes a folder, or gives it to another operator (null: back to the queue). */
export async function assignCareFolder(
  deps: { db: Db; now: Date },
  input: { actor: CareActor; folderId: number; operatorUserId: number | null },
) {
  if (!input.actor.operator) throw AppError.notFound('Care folder');
  await folderFor(deps.db, input.folderId, input.actor);
  await deps.db
    .update(careFolders)
    .set({ assignedOperatorId: input.operatorUserId, updatedAt: deps.now })
    .where(eq(careFolders.id, input.folderId));
}
