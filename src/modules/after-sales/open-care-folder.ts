import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Storage } from '../../platform/storage.ts';
import { findOrderLine } from '../orders/order-queries.ts';
import { LINE } from '../orders/order-states.ts';
import { careAttachments, careFolders, careMessages } from './after-sales.schema.ts';
import { afterSalesEmails } from './after-sales-emails.ts';
import { type AfterSalesMail, mailAboutLine, sellerTeamRecipients } from './after-sales-recipients.ts';
import { MAX_MESSAGE_LENGTH, SELLER_RESPONSE_BUSINESS_DAYS } from './care.rules.ts';
import type { CareActor } from './care-actor.ts';
import { checkAttachments, type IncomingFile, storeAttachments } from './care-attachments.ts';
import { PROBLEMS, type Problem } from './outcomes.rules.ts';

export type OpenCareFolderInput = {
  actor: CareActor;
  orderLineId: number;
  problem: string;
  message: string;
  files?: readonly IncomingFile[];
};

/** Lines a buyer can ask help about: paid, whatever happened next. */
const HELPABLE: readonly number[] = [LINE.paid, LINE.accepted, LINE.shipped, LINE.refundedAfterShipping];

/**
 * The buyer's "Get help" on one order line: a folder for the seller, with the buyer's first
 * message and files. Someone else's line is a 404; one open folder per line (409 names it).
 */
export async function openCareFolder(
  deps: { db: Db; storage: Storage; now: Date } & AfterSalesMail,
  input: OpenCareFolderInput,
): Promise<{ folderId: number }> {
  const problem = PROBLEMS.find((p) => p === input.problem) as Problem | undefined;
  const message = input.message.trim();
  const issues = [
    ...(problem ? [] : [{ field: 'problem', message: `must be one of ${PROBLEMS.join(', ')}` }]),
    ...(message ? [] : [{ field: 'message', message: 'is required: say what happened' }]),
    ...(message.length > MAX_MESSAGE_LENGTH
      ? [{ field: 'message', message: `must be at most ${MAX_MESSAGE_LENGTH} characters` }]
      : []),
  ];
  if (issues.length) throw AppError.invalid(issues);
  const found = await findOrderLine(deps.db, input.orderLineId);
  if (!found || found.order.buyerUserId === null || found.order.buyerUserId !== input.actor.userId)
    throw AppError.notFound('Order line');
  if (!HELPABLE.includes(found.line.state))
    throw new AppError('NOT_ELIGIBLE', 'Help is available once the order is paid', [
      { field: 'orderLineId', message: 'is not paid' },
    ]);
  const files = checkAttachments(input.files ?? [], 0);
  const [open] = await deps.db
    .select({ id: careFolders.id })
    .from(careFolders)
    .where(and(eq(careFolders.orderLineId, input.orderLineId), ne(careFolders.status, 'closed')));
  if (open)
    throw new AppError('CONFLICT', `Folder ${open.id} is already open for this item`, [
      { field: 'orderLineId', message: `has open folder ${open.id}` },
    ]);
  const now = deps.now;
  return deps.db.transaction(async (tx) => {
    const [folder] = await tx
      .insert(careFolders)
      .values({
        orderId: found.order.id,
        orderLineId: found.line.id,
        buyerUserId: found.order.buyerUserId,
        sellerId: found.order.sellerId,
        market: found.order.market,
        problem: problem!,
        status: 'awaiting_seller',
        openedAt: now,
        turnSince: now,
        lastMessageAt: now,
        updatedAt: now,
      })
      .returning({ id: careFolders.id });
    const folderId = folder!.id;
    const [msg] = await tx
      .insert(careMessages)
      .values({ folderId, party: 'buyer', authorUserId: input.actor.userId, body: message, createdAt: now })
      .returning({ id: careMessages.id });
    const keys = await storeAttachments(deps.storage, folderId, files);
    if (files.length)
      await tx.insert(careAttachments).values(
        files.map((f, i) => ({
          folderId,
          messageId: msg!.id,
          storageKey: keys[i]!,
          fileName: f.name,
          contentType: f.contentType,
          sizeBytes: f.bytes.length,
          createdAt: now,
        })),
      );
    // The seller team hears of it, in the folder's transaction.
    await mailAboutLine(tx, deps, found.line.id, async (ctx) =>
      (await sellerTeamRecipients(tx, found.order.sellerId)).map((to) =>
        afterSalesEmails.folderOpened(to, {
          ...ctx.sellerFolder(folderId),
          folderId,
          problem: problem!,
          message,
          responseDays: SELLER_RESPONSE_BUSINESS_DAYS,
        }),
      ),
    );
    return { folderId };
  });
}
