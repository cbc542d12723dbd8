/**
 * Care folders as a seller's integration reads and acts on them (the seller API's /ws/sav): its
 * folders paged by id with Back Market's filters, a folder's details without internal notes, a
 * problem declared to customer service, and an item sent back to the buyer with its tracking number.
 * Every read and write is the seller's own folder only: another seller's is a 404.
 */
import { and, asc, count, eq, gt, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Storage } from '../../platform/storage.ts';
import { carrierNamed } from '../delivery/carriers.ts';
import { trackingKey } from '../delivery/parcel.rules.ts';
import { careAttachments, careFolders, careItemTransfers, careMessages } from './after-sales.schema.ts';
import { MAX_MESSAGE_LENGTH } from './care.rules.ts';
import { sellerApiActor } from './care-actor.ts';
import { checkAttachments, type IncomingFile, storeAttachments } from './care-attachments.ts';
import { folderFor } from './care-folder-access.ts';
import type { Problem } from './outcomes.rules.ts';

export type CareFolderRow = typeof careFolders.$inferSelect;

export type SellerCareFilter = {
  afterId?: number;
  open?: boolean;
  orderLineId?: number;
  modifiedAfter?: Date;
  lastMessageAfter?: Date;
};

/** A page of the seller's folders, oldest id first (so `last_id` resumes where a poll stopped). */
export async function sellerCareFolderPage(
  db: Db,
  sellerId: number,
  filter: SellerCareFilter,
  page: { offset: number; limit: number },
): Promise<{ count: number; folders: CareFolderRow[] }> {
  const where: SQL[] = [eq(careFolders.sellerId, sellerId)];
  if (filter.afterId !== undefined) where.push(gt(careFolders.id, filter.afterId));
  if (filter.open === true) where.push(ne(careFolders.status, 'closed'));
  if (filter.open === false) where.push(eq(careFolders.status, 'closed'));
  if (filter.orderLineId !== undefined) where.push(eq(careFolders.orderLineId, filter.orderLineId));
  if (filter.modifiedAfter) where.push(gt(careFolders.updatedAt, filter.modifiedAfter));
  if (filter.lastMessageAfter) where.push(gt(careFolders.lastMessageAt, filter.lastMessageAfter));
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(careFolders)
    .where(and(...where));
  const folders = await db
    .select()
    .from(careFolders)
    .where(and(...where))
    .orderBy(asc(careFolders.id))
    .limit(page.limit)
    .offset(page.offset);
  return { count: Number(n), folders };
}

export type SellerCareMessage = {
  id: number;
  party: 'buyer' | 'seller' | 'operator';
  body: string;
  createdAt: Date;
  files: { id: number; fileName: string; createdAt: Date }[];
};

/** One of the seller's folders with its messages (never the operators' internal notes). */
export async function sellerCareFolder(
  db: Db,
  sellerId: number,
  folderId: number,
): Promise<{ folder: CareFolderRow; messages: SellerCareMessage[] }> {
  const { folder } = await folderFor(db, folderId, sellerApiActor(sellerId));
  if (folder.sellerId !== sellerId) throw AppError.notFound('Care folder');
  const messages = await db
    .select()
    .from(careMessages)
    .where(and(eq(careMessages.folderId, folderId), eq(careMessages.internal, false)))
    .orderBy(asc(careMessages.id));
  const files = await db
    .select()
    .from(careAttachments)
    .where(eq(careAttachments.folderId, folderId))
    .orderBy(asc(careAttachments.id));
  return {
    folder,
    messages: messages.map((m) => ({
      id: m.id,
      party: m.party,
      body: m.body,
      createdAt: m.createdAt,
      files: files
        .filter((f) => f.messageId === m.id)
        .map((f) => ({ id: f.id, fileName: f.fileName, createdAt: f.createdAt })),
    })),
  };
}

/** An attachment of one of the seller's folders, on a message the seller may read. */
export async function sellerCareAttachment(db: Db, sellerId: number, folderId: number, attachmentId: number) {
  await sellerCareFolder(db, sellerId, folderId);
  const [row] = await db
    .select({ storageKey: careAttachments.storageKey, fileName: careAttachments.fileName })
    .from(careAttachments)
    .innerJoin(careMessages, eq(careMessages.id, careAttachments.messageId))
    .where(
      and(
        eq(careAttachments.id, attachmentId),
        eq(careAttachments.folderId, folderId),
        eq(careMessages.internal, false),
      ),
    );
  if (!row) throw AppError.notFound('Attachment');
  return row;
}

/**
 * The seller declares what the problem is and asks customer service in: the folder's problem
 * becomes the declared one, the seller's message (and files) go in the thread, and the folder
 * waits for customer service. A closed folder cannot take a declaration (a message reopens it).
 */
export async function declareCareProblem(
  deps: { db: Db; storage: Storage; now: Date },
  input: {
    sellerId: number;
    folderId: number;
    problem: Problem;
    /** The problem needs files (Back Market's DAMAGED_PACKAGE, ITEM_NOT_RECEIVED, OOW_ITEM). */
    evidenceRequired: boolean;
    message: string;
    files: readonly IncomingFile[];
  },
): Promise<{ messageId: number | null }> {
  const actor = sellerApiActor(input.sellerId);
  const { folder } = await folderFor(deps.db, input.folderId, actor);
  if (folder.status === 'closed')
    throw new AppError('UNPROCESSABLE', 'Cannot declare a problem on a closed folder', [
      { field: 'careFolderId', message: 'is closed' },
    ]);
  if (input.evidenceRequired && input.files.length === 0)
    throw new AppError('UNPROCESSABLE', 'Attachments are mandatory for this problem type', [
      { field: 'attachment', message: 'is required for this problem type' },
    ]);
  const body = input.message.trim();
  if (body.length > MAX_MESSAGE_LENGTH)
    throw AppError.invalid([
      { field: 'message', message: `must be at most ${MAX_MESSAGE_LENGTH} characters` },
    ]);
  const [{ n } = { n: 0 }] = await deps.db
    .select({ n: count() })
    .from(careAttachments)
    .where(eq(careAttachments.folderId, folder.id));
  const files = checkAttachments(input.files, n);
  const now = deps.now;
  return deps.db.transaction(async (tx) => {
    const { folder: locked } = await folderFor(tx, input.folderId, actor, { lock: true });
    if (locked.status === 'closed')
      throw new AppError('UNPROCESSABLE', 'Cannot declare a problem on a closed folder', [
        { field: 'careFolderId', message: 'is closed' },
      ]);
    // The declared problem is the folder's own field: a message is written only when there is
    // something to read (text or files).
    let messageId: number | null = null;
    if (body || files.length) {
      const [msg] = await tx
        .insert(careMessages)
        .values({ folderId: locked.id, party: 'seller', authorUserId: null, body, createdAt: now })
        .returning({ id: careMessages.id });
      messageId = msg!.id;
      const keys = await storeAttachments(deps.storage, locked.id, files);
      if (files.length)
        await tx.insert(careAttachments).values(
          files.map((f, i) => ({
            folderId: locked.id,
            messageId: messageId!,
            storageKey: keys[i]!,
            fileName: f.name,
            contentType: f.contentType,
            sizeBytes: f.bytes.length,
            createdAt: now,
          })),
        );
    }
    await tx
      .update(careFolders)
      .set({
        problem: input.problem,
        escalated: true,
        status: 'with_customer_service',
        ...(messageId !== null ? { lastMessageAt: now } : {}),
        updatedAt: now,
        ...(locked.status !== 'with_customer_service' ? { turnSince: now } : {}),
      })
      .where(eq(careFolders.id, locked.id));
    return { messageId };
  });
}

export const ITEM_TRANSFER_ACTIONS = ['REPAIR', 'REPLACE', 'NOTHING'] as const;
export type ItemTransferAction = (typeof ITEM_TRANSFER_ACTIONS)[number];

/**
 * The seller sent the item (repaired, replaced or as it was) back to the buyer: record the carrier
 * and tracking number. A tracking number already declared (by anyone) is refused, nothing changes.
 */
export async function recordItemTransfer(
  deps: { db: Db; now: Date },
  input: {
    sellerId: number;
    folderId: number;
    shipperName: string;
    trackingNumber: string;
    action?: ItemTransferAction;
  },
): Promise<{ id: number }> {
  const shipperName = input.shipperName.trim();
  const trackingNumber = input.trackingNumber.trim();
  const key = trackingKey(trackingNumber);
  const issues = [
    ...(shipperName ? [] : [{ field: 'shipperName', message: 'is required' }]),
    ...(shipperName.length > 100
      ? [{ field: 'shipperName', message: 'must be at most 100 characters' }]
      : []),
    ...(key ? [] : [{ field: 'trackingNumber', message: 'is required (letters and digits)' }]),
    ...(trackingNumber.length > 100
      ? [{ field: 'trackingNumber', message: 'must be at most 100 characters' }]
      : []),
  ];
  if (issues.length) throw AppError.invalid(issues);
  const { folder } = await folderFor(deps.db, input.folderId, sellerApiActor(input.sellerId));
  const duplicate = () =>
    AppError.invalid(
      [{ field: 'trackingNumber', message: 'an item transfer with this tracking number already exists' }],
      'An item transfer with this tracking number already exists',
    );
  const [existing] = await deps.db
    .select({ id: careItemTransfers.id })
    .from(careItemTransfers)
    .where(eq(careItemTransfers.trackingKey, key));
  if (existing) throw duplicate();
  try {
    return await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(careItemTransfers)
        .values({
          folderId: folder.id,
          sellerId: input.sellerId,
          shipperName,
          carrier: carrierNamed(shipperName).code,
          trackingNumber,
          trackingKey: key,
          action: input.action ?? null,
          createdAt: deps.now,
        })
        .returning({ id: careItemTransfers.id });
      await tx.update(careFolders).set({ updatedAt: deps.now }).where(eq(careFolders.id, folder.id));
      return { id: row!.id };
    });
  } catch (e) {
    // Two declarations of one number at once: the unique index decides.
    const [again] = await deps.db
      .select({ id: careItemTransfers.id })
      .from(careItemTransfers)
      .where(eq(careItemTransfers.trackingKey, key));
    if (again) throw duplicate();
    throw e;
  }
}

/** The item transfers of a folder, oldest first. */
export async function itemTransfersOf(db: Db, folderId: number) {
  return db
    .select()
    .from(careItemTransfers)
    .where(eq(careItemTransfers.folderId, folderId))
    .orderBy(asc(careItemTransfers.id));
}
