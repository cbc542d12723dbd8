/**
 * Back Market's Care API on Reloop: /ws/sav (the seller's care folders, paged by 10, with
 * `last_id`, `state`, `orderline` and date filters), /ws/sav/{id} (a folder with its messages,
 * never customer service's internal notes), /ws/sav/{id}/msg (a message with up to ten files;
 * it reopens a closed folder), /ws/sav/{id}/problem (the seller declares the problem and asks
 * customer service in), /ws/sav/refund (a refund through the refunds module) and
 * /ws/sav/{id}/item-transfer (the item sent back to the buyer). Plus
 * /ws/sav/{id}/attachments/{fileId}, where the attachment URLs of the answers point.
 * Another seller's folder or line is a 404.
 */

import type { Context } from 'hono';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_FOLDER } from '../modules/after-sales/care.rules.ts';
import { sellerApiActor } from '../modules/after-sales/care-actor.ts';
import type { IncomingFile } from '../modules/after-sales/care-attachments.ts';
import { attachmentIdsOfMessage } from '../modules/after-sales/care-folders.read-model.ts';
import type { Problem } from '../modules/after-sales/outcomes.rules.ts';
import { postCareMessage } from '../modules/after-sales/post-care-message.ts';
import {
  declareCareProblem,
  ITEM_TRANSFER_ACTIONS,
  type ItemTransferAction,
  recordItemTransfer,
  type SellerCareFilter,
  sellerCareAttachment,
  sellerCareFolder,
  sellerCareFolderPage,
} from '../modules/after-sales/seller-care-api.ts';
import { findOrderLine } from '../modules/orders/order-queries.ts';
import { LINE } from '../modules/orders/order-states.ts';
import { refundOrderLine } from '../modules/refunds/refund-order-line.ts';
import { getSellerOrder } from '../modules/seller-api/seller-orders.read-model.ts';
import { AppError, type FieldIssue, isAppError } from '../platform/errors.ts';
import { PUBLIC } from '../platform/http/access.ts';
import type { App } from '../platform/http/app.ts';
import { formatAmount, parseMoney } from '../platform/money.ts';
import { presentCareFolder, presentCareFolderDetails, presentPostedMessage } from './sav-present.ts';
import { wsAuthOf } from './ws-auth.ts';
import type { WsContext } from './ws-context.ts';
import {
  idParam,
  jsonObject,
  looseInt,
  optionalQueryInt,
  optionalText,
  pageEnvelope,
  pageParams,
} from './ws-http.ts';

/** A message or problem with ten files of 3 MB, and the multipart framing around them. */
export const SAV_MAX_BODY_BYTES = MAX_ATTACHMENTS_PER_FOLDER * MAX_ATTACHMENT_BYTES + 1024 * 1024;
/** The /ws/sav uploads (message, problem): the larger body limit, for an authenticated key only. */
export const isSavUpload = (method: string, path: string): boolean =>
  method === 'POST' && /^\/ws\/sav\/\d+\/(msg|problem)\/?$/.test(path);

/** Back Market's problem types → Reloop's problems, and whether files must come with them. */
export const PROBLEM_TYPES: Readonly<Record<string, { problem: Problem; evidence: boolean }>> = {
  ACCOUNT_LOCKED: { problem: 'locked', evidence: false },
  CODE_LOCKED: { problem: 'locked', evidence: false },
  DAMAGED_PACKAGE: { problem: 'damaged_package', evidence: true },
  ITEM_NOT_RECEIVED: { problem: 'not_received', evidence: true },
  MISSING_PART: { problem: 'missing_part', evidence: false },
  // Out of warranty: the device's fault is not the seller's to fix under warranty.
  OOW_ITEM: { problem: 'other', evidence: true },
  PROBLEM_NOT_IDENTIFIED: { problem: 'other', evidence: false },
  WRONG_ITEM: { problem: 'wrong_item', evidence: false },
  OTHER: { problem: 'other', evidence: false },
};

/** Back Market refund_type → the line state it refunds. */
const REFUND_TYPE_STATE: Readonly<Record<number, number>> = {
  4: LINE.paid,
  5: LINE.accepted,
  6: LINE.shipped,
};

const CURRENCY_SIGN: Readonly<Record<string, string>> = { EUR: '€', GBP: '£', USD: '$' };

const DATE_FILTER = /^(\d{4})-(\d{2})-(\d{2})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD-hh-mm` (UTC) → Date; anything else is a 400 naming the parameter. */
function filterDate(c: Context, name: string): Date | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const m = DATE_FILTER.exec(raw.trim());
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!)) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]! || +m[4]! > 23 || +m[5]! > 59)
    throw AppError.invalid([
      { field: name, message: 'must be a date like 2026-01-31-14-05 (YYYY-MM-DD-hh-mm, UTC)' },
    ]);
  return d;
}

/** The files and text fields of a multipart request. */
async function multipart(
  c: Context,
  tooLarge: 'INVALID_INPUT' | 'PAYLOAD_TOO_LARGE',
): Promise<{ text: (name: string) => string | undefined; files: IncomingFile[] }> {
  if (!/multipart\/form-data/i.test(c.req.header('content-type') ?? ''))
    throw AppError.invalid([{ field: '(body)', message: 'send multipart/form-data' }]);
  const form = await c.req.parseBody({ all: true });
  const raw = [form.attachment, form['attachment[]']].flatMap((v) =>
    v === undefined ? [] : Array.isArray(v) ? v : [v],
  );
  const uploads = raw.filter((f): f is File => typeof f !== 'string');
  if (uploads.length > MAX_ATTACHMENTS_PER_FOLDER)
    throw new AppError(tooLarge, `At most ${MAX_ATTACHMENTS_PER_FOLDER} files`, [
      { field: 'attachment', message: `at most ${MAX_ATTACHMENTS_PER_FOLDER} files` },
    ]);
  const files: IncomingFile[] = [];
  for (const [i, f] of uploads.entries()) {
    if (f.size > MAX_ATTACHMENT_BYTES)
      throw new AppError(tooLarge, `${f.name || 'A file'} is larger than 3 MB`, [
        { field: `attachment.${i}`, message: 'is larger than 3 MB' },
      ]);
    files.push({ name: f.name || `attachment-${i + 1}`, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  const text = (name: string) => {
    const v = form[name];
    const first = Array.isArray(v) ? v[0] : v;
    if (first === undefined) return undefined;
    if (typeof first !== 'string') throw AppError.invalid([{ field: name, message: 'must be text' }]);
    return first;
  };
  return { text, files };
}

/** The care module names its fields `body` and `files`; on the wire they are `message` and `attachment`. */
function wireFields(e: unknown, as?: AppError['code']): unknown {
  if (!isAppError(e)) return e;
  const field = (f: string) => f.replace(/^files(?=$|\.)/, 'attachment').replace(/^body$/, 'message');
  const fields: FieldIssue[] = e.fields.map((f) => ({ ...f, field: field(f.field) }));
  if (!fields.length && !as) return e;
  const code =
    as && e.code === 'INVALID_INPUT'
      ? fields.some((f) => f.field === 'attachment')
        ? 'PAYLOAD_TOO_LARGE'
        : as
      : e.code;
  return new AppError(code, e.message, fields);
}

export function registerSavRoutes(app: App, ctx: WsContext): void {
  const { deps } = ctx;
  const { db } = deps;
  const fileUrl = (folderId: number) => (fileId: number) =>
    deps.siteUrl(`/ws/sav/${folderId}/attachments/${fileId}`);

  app.get('/ws/sav', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const p = pageParams(c);
    const filter: SellerCareFilter = {};
    const lastId = optionalQueryInt(c, 'last_id', 0);
    if (lastId !== undefined) filter.afterId = lastId;
    const state = optionalQueryInt(c, 'state', 0, 9);
    if (state !== undefined) {
      if (state !== 0 && state !== 9)
        throw AppError.invalid([{ field: 'state', message: 'must be 0 (open) or 9 (closed)' }]);
      filter.open = state === 0;
    }
    const orderLine = optionalQueryInt(c, 'orderline', 1);
    if (orderLine !== undefined) filter.orderLineId = orderLine;
    const modified = filterDate(c, 'last_modification_date');
    if (modified) filter.modifiedAfter = modified;
    const lastMessage = filterDate(c, 'last_message_date');
    if (lastMessage) filter.lastMessageAfter = lastMessage;
    const { count, folders } = await sellerCareFolderPage(db, sellerId, filter, {
      offset: p.offset,
      limit: p.pageSize,
    });
    // The reference declares next/previous as strings (not nullable): absent at the ends.
    const { next, previous, ...rest } = pageEnvelope(
      c,
      deps.siteUrl,
      p,
      count,
      folders.map(presentCareFolder),
    );
    return c.json({ ...rest, ...(next ? { next } : {}), ...(previous ? { previous } : {}) });
  });

  app.post('/ws/sav/refund', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const b = await jsonObject(c);
    const orderLineId = looseInt(b.orderline_pk, 'orderline_pk');
    if (orderLineId === undefined || orderLineId < 1)
      throw AppError.invalid([{ field: 'orderline_pk', message: 'is required (an order line id)' }]);
    const refundType = looseInt(b.refund_type, 'refund_type');
    if (refundType === undefined || REFUND_TYPE_STATE[refundType] === undefined)
      throw AppError.invalid([{ field: 'refund_type', message: 'must be 4, 5 or 6' }]);
    const found = await findOrderLine(db, orderLineId);
    if (!found || found.order.sellerId !== sellerId) throw AppError.notFound('Order line');
    const { line, order } = found;
    if (line.state !== REFUND_TYPE_STATE[refundType])
      throw AppError.invalid([
        {
          field: 'refund_type',
          message: `${refundType} refunds a line in state ${REFUND_TYPE_STATE[refundType]}; this line is in state ${line.state}`,
        },
      ]);
    let amountMinor: number | undefined;
    if (b.amount !== undefined && b.amount !== null) {
      if (refundType !== 6)
        throw AppError.invalid([
          { field: 'amount', message: 'only for refund_type 6 (a line that has shipped)' },
        ]);
      const raw = typeof b.amount === 'number' && Number.isFinite(b.amount) ? String(b.amount) : b.amount;
      const parsed = typeof raw === 'string' ? parseMoney(raw, order.currency, { min: 1 }) : null;
      if (!parsed?.ok)
        throw AppError.invalid([
          {
            field: 'amount',
            message: parsed && !parsed.ok ? parsed.message : 'must be an amount like 89.99',
          },
        ]);
      amountMinor = parsed.amountMinor;
    }
    let refund: Awaited<ReturnType<typeof refundOrderLine>>;
    try {
      refund = await refundOrderLine(deps, {
        orderLineId,
        ...(amountMinor !== undefined ? { amountMinor } : {}),
        reason: 'Refund by the seller (after-sales)',
        actor: { sellerId },
      });
    } catch (e) {
      if (isAppError(e) && e.fields.some((f) => f.field === 'amountMinor'))
        throw new AppError(
          e.code,
          e.message,
          e.fields.map((f) => (f.field === 'amountMinor' ? { ...f, field: 'amount' } : f)),
        );
      throw e;
    }
    const sign = CURRENCY_SIGN[refund.currency];
    const amount = formatAmount(refund.amountMinor, refund.currency);
    return c.text(
      `${sign ? `${amount}${sign}` : `${amount} ${refund.currency}`} refunded on the sku ${line.sku}`,
      201,
    );
  });

  app.get('/ws/sav/:folderId', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const folderId = idParam(c.req.param('folderId'), 'Care folder');
    const { folder, messages } = await sellerCareFolder(db, sellerId, folderId);
    const order = await getSellerOrder(db, sellerId, folder.orderId);
    return c.json(presentCareFolderDetails(folder, messages, order, fileUrl(folderId)));
  });

  app.get('/ws/sav/:folderId/attachments/:fileId', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const folderId = idParam(c.req.param('folderId'), 'Care folder');
    const fileId = idParam(c.req.param('fileId'), 'Attachment');
    const a = await sellerCareAttachment(db, sellerId, folderId, fileId);
    const stored = await ctx.storage.get(a.storageKey);
    if (!stored) throw AppError.notFound('Attachment');
    return c.body(stored.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': stored.contentType,
      'content-disposition': `attachment; filename="${a.fileName.replace(/["\\\r\n]/g, '_')}"`,
      'x-content-type-options': 'nosniff',
    });
  });

  app.post('/ws/sav/:folderId/msg', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const folderId = idParam(c.req.param('folderId'), 'Care folder');
    // 404 before reading a body for someone else's folder.
    await sellerCareFolder(db, sellerId, folderId);
    const form = await multipart(c, 'INVALID_INPUT');
    const message = form.text('message');
    if (message === undefined || !message.trim())
      throw AppError.invalid([{ field: 'message', message: 'is required' }]);
    const now = deps.clock.now();
    let posted: Awaited<ReturnType<typeof postCareMessage>>;
    try {
      posted = await postCareMessage(
        { db, storage: ctx.storage, now, mailer: deps.mailer, siteUrl: deps.siteUrl },
        { actor: sellerApiActor(sellerId), folderId, body: message, files: form.files },
      );
    } catch (e) {
      throw wireFields(e);
    }
    const files = await attachmentIdsOfMessage(db, posted.messageId);
    return c.json(
      presentPostedMessage(
        { id: posted.messageId, body: message.trim(), createdAt: now, folderId, sellerId },
        files,
        fileUrl(folderId),
      ),
      201,
    );
  });

  app.post('/ws/sav/:folderId/problem', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const folderId = idParam(c.req.param('folderId'), 'Care folder');
    await sellerCareFolder(db, sellerId, folderId);
    // The reference declares no 400 here: a refused declaration is a 422 (413 for the files' size).
    try {
      const form = await multipart(c, 'PAYLOAD_TOO_LARGE');
      const type = (form.text('problem_type') ?? '').trim() || 'OTHER';
      const mapped = PROBLEM_TYPES[type];
      if (!mapped)
        throw new AppError('UNPROCESSABLE', 'Unknown problem type', [
          { field: 'problem_type', message: `must be one of ${Object.keys(PROBLEM_TYPES).join(', ')}` },
        ]);
      await declareCareProblem(
        { db, storage: ctx.storage, now: deps.clock.now() },
        {
          sellerId,
          folderId,
          problem: mapped.problem,
          evidenceRequired: mapped.evidence,
          message: form.text('message') ?? '',
          files: form.files,
        },
      );
    } catch (e) {
      throw wireFields(e, 'UNPROCESSABLE');
    }
    return c.body(null, 201);
  });

  app.post('/ws/sav/:folderId/item-transfer', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const folderId = idParam(c.req.param('folderId'), 'Care folder');
    await sellerCareFolder(db, sellerId, folderId);
    const b = await jsonObject(c);
    const shipperName = optionalText(b.shipperName, 'shipperName');
    const trackingNumber = optionalText(b.trackingNumber, 'trackingNumber');
    const action = optionalText(b.action, 'action');
    const issues: FieldIssue[] = [
      ...(shipperName?.trim() ? [] : [{ field: 'shipperName', message: 'is required' }]),
      ...(trackingNumber?.trim() ? [] : [{ field: 'trackingNumber', message: 'is required' }]),
      ...(action === undefined || (ITEM_TRANSFER_ACTIONS as readonly string[]).includes(action)
        ? []
        : [{ field: 'action', message: `must be one of ${ITEM_TRANSFER_ACTIONS.join(', ')}` }]),
    ];
    if (issues.length) throw AppError.invalid(issues);
    await recordItemTransfer(
      { db, now: deps.clock.now() },
      {
        sellerId,
        folderId,
        shipperName: shipperName!,
        trackingNumber: trackingNumber!,
        ...(action ? { action: action as ItemTransferAction } : {}),
      },
    );
    return c.body(null, 201);
  });
}
