import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Storage } from '../../platform/storage.ts';
import { careAttachments, careFolders, careMessages } from './after-sales.schema.ts';
import { afterSalesEmails } from './after-sales-emails.ts';
import { type AfterSalesMail, mailAboutLine, sellerTeamRecipients } from './after-sales-recipients.ts';
import { MAX_MESSAGE_LENGTH, statusAfterMessage } from './care.rules.ts';
import type { CareActor } from './care-actor.ts';
import { checkAttachments, type IncomingFile, storeAttachments } from './care-attachments.ts';
import { folderFor } from './care-folder-access.ts';

export type PostCareMessageInput = {
  actor: CareActor;
  folderId: number;
  body: string;
  files?: readonly IncomingFile[];
  /** Operators only: a note the buyer and the seller never see. */
  internal?: boolean;
};

/**
 * A message in a folder from its buyer, its seller or customer service. It passes the turn
 * (care.rules.ts) and reopens a closed folder. A third party gets 404 and nothing changes.
 */
export async function postCareMessage(
  deps: { db: Db; storage: Storage; now: Date } & AfterSalesMail,
  input: PostCareMessageInput,
): Promise<{ messageId: number; status: string; reopened: boolean }> {
  const body = input.body.trim();
  if (!body) throw AppError.invalid([{ field: 'body', message: 'is required' }]);
  if (body.length > MAX_MESSAGE_LENGTH)
    throw AppError.invalid([{ field: 'body', message: `must be at most ${MAX_MESSAGE_LENGTH} characters` }]);
  const { folder, party } = await folderFor(deps.db, input.folderId, input.actor);
  const internal = party === 'operator' && !!input.internal;
  if (input.internal && party !== 'operator')
    throw AppError.invalid([{ field: 'internal', message: 'only customer service writes internal notes' }]);
  const [{ n } = { n: 0 }] = await deps.db
    .select({ n: count() })
    .from(careAttachments)
    .where(eq(careAttachments.folderId, folder.id));
  const files = checkAttachments(input.files ?? [], n);
  const now = deps.now;
  return deps.db.transaction(async (tx) => {
    const { folder: locked } = await folderFor(tx, input.folderId, input.actor, { lock: true });
    const status = statusAfterMessage(locked.status, party, { escalated: locked.escalated, internal });
    const reopened = locked.status === 'closed' && status !== 'closed';
    const [msg] = await tx
      .insert(careMessages)
      .values({
        folderId: locked.id,
        party,
        authorUserId: input.actor.userId,
        body,
        internal,
        createdAt: now,
      })
      .returning({ id: careMessages.id });
    const keys = await storeAttachments(deps.storage, locked.id, files);
    if (files.length)
      await tx.insert(careAttachments).values(
        files.map((f, i) => ({
          folderId: locked.id,
          messageId: msg!.id,
          storageKey: keys[i]!,
          fileName: f.name,
          contentType: f.contentType,
          sizeBytes: f.bytes.length,
          createdAt: now,
        })),
      );
    if (!internal)
      await tx
        .update(careFolders)
        .set({
          status,
          lastMessageAt: now,
          updatedAt: now,
          ...(status !== locked.status ? { turnSince: now } : {}),
          ...(reopened
            ? { closedAt: null, closingReason: null, reopenedCount: sql`${careFolders.reopenedCount} + 1` }
            : {}),
        })
        .where(eq(careFolders.id, locked.id));
    // The other side reads it: the buyer a seller's or customer service's answer, the seller team a buyer's.
    if (!internal)
      await mailAboutLine(tx, deps, locked.orderLineId, async (ctx) => {
        if (party === 'buyer')
          return (await sellerTeamRecipients(tx, locked.sellerId)).map((to) =>
            afterSalesEmails.replyToSeller(to, {
              ...ctx.sellerFolder(locked.id),
              folderId: locked.id,
              message: body,
            }),
          );
        return ctx.buyer
          ? [
              afterSalesEmails.replyToBuyer(ctx.buyer, {
                ...ctx.buyerFolder(locked.id),
                folderId: locked.id,
                from: party === 'seller' ? 'seller' : 'operator',
                message: body,
              }),
            ]
          : [];
      });
    return { messageId: msg!.id, status: internal ? locked.status : status, reopened };
  });
}
