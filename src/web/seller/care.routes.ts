/**
 * The seller portal's after-sales (issue 14): "Get help" folders (list, thread, reply with files,
 * close with a reason, refund the buyer, ask customer service, files through an access-checked route), returns
 * (label, received → refund) and warranty claims (decide, complete). Every action acts for the
 * route's seller only: another seller's folder, return or claim is a 404.
 */
import type { Deps } from '../../app/deps.ts';
import type { CareActor } from '../../modules/after-sales/care-actor.ts';
import {
  careAttachmentFor,
  careThread,
  sellerCareFolders,
} from '../../modules/after-sales/care-folders.read-model.ts';
import { closeCareFolder } from '../../modules/after-sales/close-care-folder.ts';
import { escalateCareFolder } from '../../modules/after-sales/escalate-care-folder.ts';
import { issueReturnLabel, receiveReturn } from '../../modules/after-sales/handle-return.ts';
import { postCareMessage } from '../../modules/after-sales/post-care-message.ts';
import {
  sellerReturnsToHandle,
  sellerWarrantyClaims,
} from '../../modules/after-sales/seller-after-sales.read-model.ts';
import { completeWarrantyClaim, decideWarrantyClaim } from '../../modules/after-sales/warranty-claims.ts';
import { findOrderLine } from '../../modules/orders/order-queries.ts';
import { refundOrderLine } from '../../modules/refunds/refund-order-line.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import { currencyExponent, parseDecimalInput } from '../../platform/money.ts';
import { formFields } from '../ui/request-context.ts';
import {
  careFolderPage,
  careListPage,
  type FolderForms,
  type ReturnsForm,
  returnsPage,
} from './care.pages.ts';
import { type C, pageAction, portalView, S, SELLER_PORTAL_RULE, see } from './portal.ts';
import { sellerIdOf } from './seller-view.ts';

/** A reply with its ten files of 3 MB, as multipart (body-limits.ts gives members this much). */
export const SELLER_CARE_MAX_BODY_BYTES = 32 * 1024 * 1024;
const CARE_REPLY = /^\/seller\/\d+\/care\/\d+\/reply$/;
export const isSellerCareUpload = (method: string, path: string) =>
  method === 'POST' && CARE_REPLY.test(path);

/** The signed-in member acting for the route's seller only (never for their other sellers). */
function sellerActor(c: C): CareActor {
  const actor = c.get('actor');
  if (!actor) throw AppError.notFound('Seller');
  return { userId: actor.userId, sellers: new Map([[sellerIdOf(c), 'member']]), operator: false };
}

const idOf = (c: C, name: string) => {
  const n = Number(c.req.param(name));
  if (!Number.isSafeInteger(n) || n <= 0) throw AppError.notFound('Page');
  return n;
};

export function registerSellerCareRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const view = portalView(deps);
  const now = () => deps.clock.now();

  app.get(`${S}/care`, MEMBER, async (c) => {
    const v = await view(c, 'care');
    return c.html(careListPage(v, await sellerCareFolders(deps.db, v.sellerId, now())));
  });

  /** The folder as the route's seller reads it; another seller's (or a missing) folder is a 404. */
  const thread = async (c: C) => {
    const f = await careThread(deps.db, idOf(c, 'folderId'), sellerActor(c), now());
    if (f.sellerId !== sellerIdOf(c) || f.party !== 'seller') throw AppError.notFound('Care folder');
    return f;
  };
  const renderFolder = async (c: C, forms: FolderForms, done?: string) =>
    careFolderPage(await view(c, 'care'), await thread(c), forms, done);

  app.get(`${S}/care/:folderId{[0-9]+}`, MEMBER, async (c) =>
    c.html(await renderFolder(c, {}, c.req.query('done'))),
  );

  app.get(`${S}/care/:folderId{[0-9]+}/files/:fileId{[0-9]+}`, MEMBER, async (c) => {
    await thread(c);
    const a = await careAttachmentFor(deps.db, idOf(c, 'folderId'), idOf(c, 'fileId'), sellerActor(c));
    const stored = a ? await deps.storage.get(a.storageKey) : null;
    if (!a || !stored) throw AppError.notFound('Attachment');
    return c.body(stored.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': stored.contentType,
      'content-disposition': `attachment; filename="${a.fileName.replace(/[^\w.-]+/g, '_')}"`,
      'content-length': String(stored.bytes.length),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  app.post(`${S}/care/:folderId{[0-9]+}/reply`, MEMBER, async (c) => {
    await thread(c); // 404 before reading another seller's files
    const body = await c.req.parseBody({ all: true });
    const values: Record<string, string> = {};
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const [k, raw] of Object.entries(body)) {
      for (const item of Array.isArray(raw) ? raw : [raw]) {
        if (k === 'files' && item instanceof File) {
          // A form sent without choosing a file carries one empty, nameless part.
          if (item.size > 0 || item.name)
            files.push({ name: item.name, bytes: new Uint8Array(await item.arrayBuffer()) });
        } else if (typeof item === 'string' && k !== '_csrf') values[k] = item;
      }
    }
    return pageAction(
      c,
      values,
      // A refused file (files.2) is shown on the files field.
      (form) =>
        renderFolder(c, {
          reply: {
            ...form,
            errors: form.errors.map((e) => ({ ...e, field: e.field.replace(/^files\..*$/, 'files') })),
          },
        }),
      async () => {
        await postCareMessage(
          { db: deps.db, storage: deps.storage, now: now(), mailer: deps.mailer, siteUrl: deps.siteUrl },
          { actor: sellerActor(c), folderId: idOf(c, 'folderId'), body: values.body ?? '', files },
        );
        return see(c, `/care/${idOf(c, 'folderId')}?done=replied`);
      },
    );
  });

  app.post(`${S}/care/:folderId{[0-9]+}/close`, MEMBER, async (c) => {
    await thread(c);
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderFolder(c, { close: form }),
      async () => {
        await closeCareFolder(
          { db: deps.db, now: now(), mailer: deps.mailer, siteUrl: deps.siteUrl },
          { actor: sellerActor(c), folderId: idOf(c, 'folderId'), reason: values.reason ?? '' },
        );
        return see(c, `/care/${idOf(c, 'folderId')}?done=closed`);
      },
    );
  });

  // The seller refunds the buyer from the folder (all that is left, or a part): refunds module,
  // so the ledger reversal, the credit note and the buyer's email follow.
  app.post(`${S}/care/:folderId{[0-9]+}/refund`, MEMBER, async (c) => {
    const f = await thread(c);
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderFolder(c, { refund: form }),
      async () => {
        const found = await findOrderLine(deps.db, f.orderLineId);
        if (!found) throw AppError.notFound('Order line');
        const text = (values.amount ?? '').trim();
        const amountMinor = text
          ? parseDecimalInput(text, (await view(c, 'care')).locale, currencyExponent(found.order.currency))
          : undefined;
        if (amountMinor === null || amountMinor === 0)
          throw AppError.invalid([{ field: 'amount', message: 'must be an amount greater than zero' }]);
        try {
          await refundOrderLine(deps, {
            orderLineId: f.orderLineId,
            ...(amountMinor !== undefined ? { amountMinor } : {}),
            reason: `Care folder ${f.id}`,
            actor: { sellerId: sellerIdOf(c) },
          });
        } catch (e) {
          // The refunds module names its own field; the form's is the amount.
          if (isAppError(e) && e.fields.some((x) => x.field === 'amountMinor'))
            throw new AppError(
              e.code,
              e.message,
              e.fields.map((x) => (x.field === 'amountMinor' ? { ...x, field: 'amount' } : x)),
            );
          throw e;
        }
        return see(c, `/care/${f.id}?done=refunded`);
      },
    );
  });

  app.post(`${S}/care/:folderId{[0-9]+}/escalate`, MEMBER, async (c) => {
    await thread(c);
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderFolder(c, { close: form }),
      async () => {
        await escalateCareFolder(
          { db: deps.db, now: now(), mailer: deps.mailer, siteUrl: deps.siteUrl },
          { actor: sellerActor(c), folderId: idOf(c, 'folderId') },
        );
        return see(c, `/care/${idOf(c, 'folderId')}?done=escalated`);
      },
    );
  });

  // Returns and warranty claims ---------------------------------------------------------------

  const renderReturns = async (c: C, form?: ReturnsForm, done?: string) => {
    const v = await view(c, 'care');
    const [list, claims] = await Promise.all([
      sellerReturnsToHandle(deps.db, v.sellerId),
      sellerWarrantyClaims(deps.db, v.sellerId),
    ]);
    return returnsPage(v, list, claims, form, done);
  };

  app.get(`${S}/returns`, MEMBER, async (c) =>
    c.html(await renderReturns(c, undefined, c.req.query('done'))),
  );

  const returnAction = (
    path: string,
    kind: 'returnId' | 'claimId',
    done: string,
    run: (c: C, id: number, values: Record<string, string>) => Promise<unknown>,
  ) =>
    app.post(`${S}/${path}`, MEMBER, async (c) => {
      const id = idOf(c, kind);
      const values = await formFields(c);
      return pageAction(
        c,
        values,
        (form) => renderReturns(c, { ...form, [kind]: id }),
        async () => {
          await run(c, id, values);
          return see(c, `/returns?done=${done}`);
        },
        // Each return's and claim's form names its fields after it (`carrier_12`): ids stay unique.
        { fieldName: (f) => `${f}_${id}` },
      );
    });

  returnAction('returns/:returnId{[0-9]+}/label', 'returnId', 'label', (c, returnId, values) =>
    issueReturnLabel(
      { db: deps.db, now: now(), mailer: deps.mailer, siteUrl: deps.siteUrl },
      {
        actor: sellerActor(c),
        returnId,
        ...(values[`carrier_${returnId}`]?.trim() ? { carrier: values[`carrier_${returnId}`] } : {}),
        ...(values[`trackingNumber_${returnId}`]?.trim()
          ? { trackingNumber: values[`trackingNumber_${returnId}`] }
          : {}),
      },
    ),
  );
  returnAction('returns/:returnId{[0-9]+}/receive', 'returnId', 'received', (c, returnId, values) =>
    receiveReturn(deps, { actor: sellerActor(c), returnId, resellable: !!values.resellable }),
  );
  returnAction('warranty/:claimId{[0-9]+}/decide', 'claimId', 'decided', (c, claimId, values) =>
    decideWarrantyClaim(deps, {
      actor: sellerActor(c),
      claimId,
      outcome: values[`outcome_${claimId}`] ?? '',
    }),
  );
  returnAction('warranty/:claimId{[0-9]+}/complete', 'claimId', 'completed', (c, claimId) =>
    completeWarrantyClaim({ db: deps.db, now: now() }, { actor: sellerActor(c), claimId }),
  );
}
