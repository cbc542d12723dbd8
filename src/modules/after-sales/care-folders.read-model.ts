/**
 * Read model of care folders: a folder's thread for its buyer, seller or customer service; the
 * lists of a buyer, of a seller and the operators' queue, each with whose turn it is and by when.
 */
import { and, asc, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { localDay } from '../../platform/calendar.ts';
import type { Db } from '../../platform/db/client.ts';
import { marketByCode } from '../../platform/markets.ts';
import { careAttachments, careFolders, careMessages } from './after-sales.schema.ts';
import { type FolderStatus, isOverdue, type Party, responseDue } from './care.rules.ts';
import type { CareActor } from './care-actor.ts';
import { folderFor } from './care-folder-access.ts';

export type FolderSummary = {
  id: number;
  orderId: number;
  orderLineId: number;
  sellerId: number;
  market: string;
  problem: string;
  status: FolderStatus;
  escalated: boolean;
  assignedOperatorId: number | null;
  closingReason: string | null;
  openedAt: Date;
  lastMessageAt: Date;
  due: { party: 'seller' | 'operator'; by: string; overdue: boolean } | null;
};

type Row = typeof careFolders.$inferSelect;

function summary(r: Row, now: Date): FolderSummary {
  const market = marketByCode(r.market);
  const tz = market?.timeZone ?? 'UTC';
  const due = responseDue(r.status, localDay(r.turnSince, tz), market?.code ?? 'FR');
  return {
    id: r.id,
    orderId: r.orderId,
    orderLineId: r.orderLineId,
    sellerId: r.sellerId,
    market: r.market,
    problem: r.problem,
    status: r.status,
    escalated: r.escalated,
    assignedOperatorId: r.assignedOperatorId,
    closingReason: r.closingReason,
    openedAt: r.openedAt,
    lastMessageAt: r.lastMessageAt,
    due: due ? { ...due, overdue: isOverdue(due, localDay(now, tz)) } : null,
  };
}

export type FolderThread = FolderSummary & {
  party: Party;
  messages: {
    id: number;
    party: Party;
    body: string;
    internal: boolean;
    createdAt: Date;
    files: { id: number; fileName: string; contentType: string; sizeBytes: number }[];
  }[];
};

/** A folder as the actor may read it: operators also see internal notes. 404 for a third party. */
export async function careThread(
  db: Db,
  folderId: number,
  actor: CareActor,
  now: Date,
): Promise<FolderThread> {
  const { folder, party } = await folderFor(db, folderId, actor);
  const messages = await db
    .select()
    .from(careMessages)
    .where(
      and(
        eq(careMessages.folderId, folderId),
        ...(party === 'operator' ? [] : [eq(careMessages.internal, false)]),
      ),
    )
    .orderBy(asc(careMessages.id));
  const files = await db
    .select()
    .from(careAttachments)
    .where(eq(careAttachments.folderId, folderId))
    .orderBy(asc(careAttachments.id));
  return {
    ...summary(folder, now),
    party,
    messages: messages.map((m) => ({
      id: m.id,
      party: m.party,
      body: m.body,
      internal: m.internal,
      createdAt: m.createdAt,
      files: files
        .filter((f) => f.messageId === m.id)
        .map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, sizeBytes: f.sizeBytes })),
    })),
  };
}

/** An attachment the actor may download (same access as its folder). */
export async function careAttachmentFor(db: Db, folderId: number, attachmentId: number, actor: CareActor) {
  await folderFor(db, folderId, actor);
  const [f] = await db
    .select()
    .from(careAttachments)
    .where(and(eq(careAttachments.id, attachmentId), eq(careAttachments.folderId, folderId)));
  return f ?? null;
}

async function list(db: Db, where: SQL | undefined, now: Date, limit = 200): Promise<FolderSummary[]> {
  const rows = await db
    .select()
    .from(careFolders)
    .where(where)
    .orderBy(desc(careFolders.lastMessageAt))
    .limit(limit);
  return rows.map((r) => summary(r, now));
}

export const buyerCareFolders = (db: Db, buyerUserId: number, now: Date) =>
  list(db, eq(careFolders.buyerUserId, buyerUserId), now);

export const orderCareFolders = (db: Db, orderIds: readonly number[], now: Date) =>
  orderIds.length ? list(db, inArray(careFolders.orderId, [...orderIds]), now) : Promise.resolve([]);

export const sellerCareFolders = (db: Db, sellerId: number, now: Date, o: { open?: boolean } = {}) =>
  list(
    db,
    and(eq(careFolders.sellerId, sellerId), ...(o.open ? [ne(careFolders.status, 'closed')] : [])),
    now,
  );

/** Customer service's queue: folders with customer service first, then overdue ones, oldest turn first. */
export async function careQueue(db: Db, now: Date): Promise<FolderSummary[]> {
  const rows = await db
    .select()
    .from(careFolders)
    .where(ne(careFolders.status, 'closed'))
    .orderBy(asc(careFolders.turnSince))
    .limit(500);
  const all = rows.map((r) => summary(r, now));
  const rank = (f: FolderSummary) => (f.status === 'with_customer_service' ? 0 : f.due?.overdue ? 1 : 2);
  return all.sort((a, b) => rank(a) - rank(b));
}

/** The attachment ids of one message, in order. */
export async function attachmentIdsOfMessage(db: Db, messageId: number): Promise<{ id: number }[]> {
  return db
    .select({ id: careAttachments.id })
    .from(careAttachments)
    .where(eq(careAttachments.messageId, messageId))
    .orderBy(asc(careAttachments.id));
}
