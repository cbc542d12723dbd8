/**
 * The buyer's after-sales (issue 14): "Get help" on an order line (a care folder with the seller,
 * photos and documents attached), the help request's thread with replies, customer service and
 * "solved", the files through an access-checked download, the return (legal withdrawal or
 * commercial return) and the warranty claim. Only the order's signed-in buyer: anyone else gets
 * 404, as for the order itself. The use cases are the after-sales module's.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import {
  buyerHelpRequests,
  careFolderItem,
  type OrderAfterSales,
  orderAfterSales,
} from '../../modules/after-sales/buyer-after-sales.read-model.ts';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_FOLDER } from '../../modules/after-sales/care.rules.ts';
import type { CareActor } from '../../modules/after-sales/care-actor.ts';
import type { IncomingFile } from '../../modules/after-sales/care-attachments.ts';
import { careAttachmentFor, careThread } from '../../modules/after-sales/care-folders.read-model.ts';
import { closeCareFolder } from '../../modules/after-sales/close-care-folder.ts';
import { escalateCareFolder } from '../../modules/after-sales/escalate-care-folder.ts';
import { openCareFolder } from '../../modules/after-sales/open-care-folder.ts';
import { postCareMessage } from '../../modules/after-sales/post-care-message.ts';
import { requestReturn } from '../../modules/after-sales/request-return.ts';
import { openWarrantyClaim } from '../../modules/after-sales/warranty-claims.ts';
import { loadReceipt, type ReceiptView } from '../../modules/checkout/receipt.read-model.ts';
import { localDay } from '../../platform/calendar.ts';
import { AppError, type AppErrorCode, isAppError } from '../../platform/errors.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import type { Actor } from '../../platform/http/actor.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { CSRF_FIELD } from '../../platform/security/csrf.ts';
import type { PageContext } from '../ui/context.ts';
import { type FormRefusal, refusalFor, SUBJECT_FORM } from '../ui/form-errors.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { formFields, requestContext } from '../ui/request-context.ts';
import {
  folderPage,
  helpListPage,
  helpPage,
  type LinePageView,
  returnPage,
  warrantyPage,
} from './after-sales.pages.ts';
import { STOREFRONTS } from './catalog.routes.ts';

type C = Context<AppEnv>;

/** A help request with its ten files of 3 MB, and the multipart framing around them. */
export const CARE_UPLOAD_MAX_BODY_BYTES = MAX_ATTACHMENTS_PER_FOLDER * MAX_ATTACHMENT_BYTES + 1024 * 1024;
const CARE_UPLOAD =
  /^(?:\/pro)?\/[a-z]{2}-[a-z]{2}\/(?:orders\/[0-9a-f-]{36}\/lines\/\d+\/help|account\/help\/\d+\/messages)$/;
/** The shop's care uploads: the larger body limit, for a signed-in buyer only (app/body-limits.ts). */
export const isCareUpload = (method: string, path: string): boolean =>
  method === 'POST' && CARE_UPLOAD.test(path);

/** In the shop a person acts as the buyer only: a seller or an operator has their own pages. */
const asBuyer = (a: Actor): CareActor => ({ userId: a.userId, sellers: new Map(), operator: false });

const idOf = (raw: string | undefined, what: string): number => {
  const n = /^[1-9][0-9]{0,9}$/.test(raw ?? '') ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw AppError.notFound(what);
  return n;
};

/** The form's text fields and its files (an empty file input sends one nameless empty file). */
export async function multipartForm(
  c: C,
): Promise<{ values: Record<string, string>; files: IncomingFile[] }> {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  const files: IncomingFile[] = [];
  for (const [k, v] of Object.entries(body)) {
    if (k === CSRF_FIELD) continue;
    for (const x of Array.isArray(v) ? v : [v]) {
      if (typeof x === 'string') {
        if (k !== 'files') values[k] ??= x;
      } else if (k === 'files' && x instanceof File && (x.size > 0 || x.name))
        files.push({
          name: x.name || `file-${files.length + 1}`,
          bytes: new Uint8Array(await x.arrayBuffer()),
        });
    }
  }
  return { values, files };
}

/**
 * A refused after-sales form in the page's language: the files' issues said under the files field
 * with the file's name, and the business refusals (a window closed, a folder already open) with
 * the page's own words at the top.
 */
function refusalOf(
  c: C,
  ctx: PageContext,
  e: unknown,
  o: {
    fields: readonly string[];
    files?: readonly IncomingFile[];
    messages?: Partial<Record<AppErrorCode, string>>;
  },
): FormRefusal | null {
  const r = refusalFor(c, e, SUBJECT_FORM);
  if (!r || !isAppError(e)) return r;
  const { t } = ctx;
  const size = MAX_ATTACHMENT_BYTES / (1024 * 1024);
  const errors: FormRefusal['errors'] = [];
  let message = r.message;
  e.fields.forEach((f, i) => {
    const m = /^files\.(\d+)$/.exec(f.field);
    if (f.field === 'files')
      errors.push({
        field: 'files',
        message: t('afterSales.files.tooMany', { max: MAX_ATTACHMENTS_PER_FOLDER }),
      });
    else if (m) {
      const name = o.files?.[Number(m[1])]?.name ?? '';
      errors.push({
        field: 'files',
        message: /larger than/.test(f.message)
          ? t('afterSales.files.tooLarge', { name, size })
          : t('afterSales.files.wrongType', { name }),
      });
    } else if (o.fields.includes(f.field)) errors.push(r.errors[i] ?? { field: f.field, message: f.message });
  });
  const own = o.messages?.[e.code];
  if (own) message = own;
  else if (!errors.length && !message) message = t('form.refusal.default');
  return { ...r, errors, ...(message !== undefined ? { message } : {}) };
}

export function registerAfterSalesPages(app: App, deps: Deps): void {
  for (const M of STOREFRONTS) registerIn(app, deps, M);
}

function registerIn(app: App, deps: Deps, M: string): void {
  const now = () => deps.clock.now();
  const actorOf = (c: C) => c.get('actor')!;

  /** The signed-in buyer's checkout and one of its lines with its after-sales, or 404. */
  const lineView = async (c: C): Promise<LinePageView> => {
    const actor = actorOf(c);
    const checkoutId = c.req.param('checkoutId') ?? '';
    const lineId = idOf(c.req.param('lineId'), 'Order line');
    const r = /^[0-9a-f-]{36}$/.test(checkoutId) ? await loadReceipt(deps.db, checkoutId) : undefined;
    if (!r || r.buyerUserId === null || r.buyerUserId !== actor.userId) throw AppError.notFound('Order line');
    const order = r.orders.find((o) => o.lines.some((l) => l.lineId === lineId));
    if (!order) throw AppError.notFound('Order line');
    const after = await afterSalesOfReceipt(deps, r, actor, requestContext(c).pro);
    const line = after.lines.get(lineId);
    if (!line) throw AppError.notFound('Order line');
    return {
      checkoutId: r.checkoutId,
      orderId: order.orderId,
      sellerName: order.sellerName,
      orderedAt: r.createdAt,
      currency: r.currency,
      line,
    };
  };

  const withForm = async (
    c: C,
    render: (form: FormState) => Html | Promise<Html>,
    values: Record<string, string>,
    action: () => Promise<Response>,
    o: Parameters<typeof refusalOf>[3],
  ): Promise<Response> => {
    try {
      return await action();
    } catch (e) {
      const r = refusalOf(c, requestContext(c), e, o);
      if (!r) throw e;
      return c.html(await render({ values, errors: r.errors, message: r.message }), r.status as 400);
    }
  };

  // ————— "Get help" on a line —————
  app.get(`${M}/orders/:checkoutId/lines/:lineId/help`, SIGNED_IN, async (c) => {
    const ctx = requestContext(c);
    return c.html(helpPage(ctx, await lineView(c), { values: {}, errors: [] }));
  });

  app.post(`${M}/orders/:checkoutId/lines/:lineId/help`, SIGNED_IN, async (c) => {
    const ctx = requestContext(c);
    const v = await lineView(c);
    const { values, files } = await multipartForm(c);
    return withForm(
      c,
      (form) => helpPage(ctx, v, form),
      values,
      async () => {
        const { folderId } = await openCareFolder(
          { ...deps, now: now() },
          {
            actor: asBuyer(actorOf(c)),
            orderLineId: v.line.lineId,
            problem: values.problem ?? '',
            message: values.message ?? '',
            files,
          },
        );
        return c.redirect(`${ctx.base}/account/help/${folderId}?done=opened`, 303);
      },
      {
        fields: ['problem', 'message'],
        files,
        messages: {
          CONFLICT: ctx.t('afterSales.help.alreadyOpen'),
          NOT_ELIGIBLE: ctx.t('afterSales.help.notEligible'),
        },
      },
    );
  });

  // ————— Help requests —————
  app.get(`${M}/account/help`, SIGNED_IN, async (c) => {
    const ctx = requestContext(c);
    return c.html(helpListPage(ctx, await buyerHelpRequests(deps.db, actorOf(c).userId, now())));
  });

  const showFolder = async (c: C, form: FormState, status = 200) => {
    const ctx = requestContext(c);
    const thread = await careThread(
      deps.db,
      idOf(c.req.param('folderId'), 'Care folder'),
      asBuyer(actorOf(c)),
      now(),
    );
    const item = await careFolderItem(deps.db, thread);
    c.header('cache-control', 'private, no-store');
    return c.html(folderPage(ctx, thread, item, form, c.req.query('done')), status as 200);
  };

  app.get(`${M}/account/help/:folderId`, SIGNED_IN, (c) => showFolder(c, { values: {}, errors: [] }));

  app.post(`${M}/account/help/:folderId/messages`, SIGNED_IN, async (c) => {
    const ctx = requestContext(c);
    const folderId = idOf(c.req.param('folderId'), 'Care folder');
    const { values, files } = await multipartForm(c);
    try {
      await postCareMessage(
        { ...deps, now: now() },
        { actor: asBuyer(actorOf(c)), folderId, body: values.body ?? '', files },
      );
      return c.redirect(`${ctx.base}/account/help/${folderId}?done=sent`, 303);
    } catch (e) {
      const r = refusalOf(c, ctx, e, { fields: ['body'], files });
      if (!r) throw e;
      return showFolder(c, { values, errors: r.errors, message: r.message }, r.status);
    }
  });

  const folderAction =
    (run: (folderId: number, actor: CareActor) => Promise<unknown>, done: string) => async (c: C) => {
      const ctx = requestContext(c);
      const folderId = idOf(c.req.param('folderId'), 'Care folder');
      await formFields(c);
      try {
        await run(folderId, asBuyer(actorOf(c)));
      } catch (e) {
        const r = refusalOf(c, ctx, e, {
          fields: [],
          messages: { INVALID_STATE: ctx.t('afterSales.folder.isClosed') },
        });
        if (!r) throw e;
        return showFolder(c, { values: {}, errors: r.errors, message: r.message }, r.status);
      }
      return c.redirect(`${ctx.base}/account/help/${folderId}?done=${done}`, 303);
    };

  app.post(
    `${M}/account/help/:folderId/escalate`,
    SIGNED_IN,
    folderAction(
      (folderId, actor) => escalateCareFolder({ ...deps, now: now() }, { actor, folderId }),
      'escalated',
    ),
  );
  app.post(
    `${M}/account/help/:folderId/close`,
    SIGNED_IN,
    folderAction(
      (folderId, actor) => closeCareFolder({ ...deps, now: now() }, { actor, folderId, reason: 'other' }),
      'closed',
    ),
  );

  // A file of the folder, for its buyer only (404 for anyone else, as the folder).
  app.get(`${M}/account/help/:folderId/files/:attachmentId`, SIGNED_IN, async (c) => {
    const folderId = idOf(c.req.param('folderId'), 'Care folder');
    const attachmentId = idOf(c.req.param('attachmentId'), 'File');
    const a = await careAttachmentFor(deps.db, folderId, attachmentId, asBuyer(actorOf(c)));
    const stored = a ? await deps.storage.get(a.storageKey) : null;
    if (!a || !stored) throw AppError.notFound('File');
    return c.body(stored.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': a.contentType,
      'content-disposition': `attachment; filename="${a.fileName.replace(/["\\\r\n]/g, '_')}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  // ————— Return (withdrawal or commercial) —————
  const returnView = async (c: C) => {
    const v = await lineView(c);
    const actor = actorOf(c);
    return {
      ...v,
      buyerName: actor.name,
      today: localDay(now(), requestContext(c).market.timeZone),
    };
  };

  app.get(`${M}/orders/:checkoutId/lines/:lineId/return`, SIGNED_IN, async (c) => {
    return c.html(returnPage(requestContext(c), await returnView(c), { values: {}, errors: [] }));
  });

  app.post(`${M}/orders/:checkoutId/lines/:lineId/return`, SIGNED_IN, async (c) => {
    const ctx = requestContext(c);
    const v = await returnView(c);
    const values = await formFields(c);
    const actor = actorOf(c);
    return withForm(
      c,
      (form) => returnPage(ctx, v, form),
      values,
      async () => {
        await requestReturn(
          { ...deps, now: now() },
          {
            actor: { ...asBuyer(actor), name: actor.name, consumer: isConsumer(actor, ctx) },
            orderLineId: v.line.lineId,
            ...(values.reason?.trim() ? { reason: values.reason } : {}),
          },
        );
        return c.redirect(`${ctx.base}/orders/${v.checkoutId}?done=return`, 303);
      },
      {
        fields: ['reason'],
        messages: {
          WINDOW_CLOSED: ctx.t('afterSales.return.refused'),
          NOT_ELIGIBLE: ctx.t('afterSales.return.notDelivered'),
          CONFLICT: ctx.t('afterSales.return.alreadyOpen'),
        },
      },
    );
  });

  // ————— Warranty claim —————
  app.get(`${M}/orders/:checkoutId/lines/:lineId/warranty`, SIGNED_IN, async (c) => {
    return c.html(warrantyPage(requestContext(c), await lineView(c), { values: {}, errors: [] }));
  });

  app.post(`${M}/orders/:checkoutId/lines/:lineId/warranty`, SIGNED_IN, async (c) => {
    const ctx = requestContext(c);
    const v = await lineView(c);
    const values = await formFields(c);
    return withForm(
      c,
      (form) => warrantyPage(ctx, v, form),
      values,
      async () => {
        await openWarrantyClaim(
          { ...deps, now: now() },
          { actor: asBuyer(actorOf(c)), orderLineId: v.line.lineId, description: values.description ?? '' },
        );
        return c.redirect(`${ctx.base}/orders/${v.checkoutId}?done=warranty`, 303);
      },
      {
        fields: ['description'],
        messages: {
          WINDOW_CLOSED: ctx.t('afterSales.warranty.refused'),
          NOT_ELIGIBLE: ctx.t('afterSales.warranty.notDelivered'),
        },
      },
    );
  });
}

/** A consumer has the legal withdrawal; a business buyer (Reloop Pro) the commercial return only. */
const isConsumer = (a: Actor | null, ctx: PageContext) => !ctx.pro && a?.buyerType !== 'business';

/**
 * The after-sales of a checkout for its order page: every order's parcel, and for its signed-in
 * buyer each line's windows, help requests, returns and claims.
 */
export async function afterSalesOfReceipt(
  deps: Pick<Deps, 'db' | 'clock'>,
  r: ReceiptView,
  actor: Actor | null,
  pro = false,
): Promise<OrderAfterSales> {
  return orderAfterSales(
    deps.db,
    {
      orderIds: r.orders.map((o) => o.orderId),
      market: r.market,
      orderedAt: r.createdAt,
      consumer: !pro && actor?.buyerType !== 'business',
    },
    deps.clock.now(),
  );
}
