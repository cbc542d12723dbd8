/**
 * The buyer's insurance claims (issue 14): "Claim on my insurance" on an insured line of their
 * order — the form, and its submission through after-sales' fileInsuranceClaim. Only the order's
 * signed-in buyer: anyone else gets 404, as for the order itself.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { MAX_ATTACHMENTS_PER_FOLDER } from '../../modules/after-sales/care.rules.ts';
import type { IncomingFile } from '../../modules/after-sales/care-attachments.ts';
import { fileInsuranceClaim } from '../../modules/after-sales/file-insurance-claim.ts';
import { insuranceOfLines, type LinePolicy } from '../../modules/after-sales/insurance.read-model.ts';
import { loadReceipt, type ReceiptView } from '../../modules/checkout/receipt.read-model.ts';
import { localDay } from '../../platform/calendar.ts';
import { AppError, type FieldIssue, isAppError } from '../../platform/errors.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import type { Actor } from '../../platform/http/actor.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import type { PageContext } from '../ui/context.ts';
import { refusalFor, SUBJECT_FORM } from '../ui/form-errors.ts';
import { requestContext } from '../ui/request-context.ts';
import { multipartForm } from './after-sales.routes.ts';
import { STOREFRONTS } from './catalog.routes.ts';
import { type InsuranceClaimView, insuranceClaimPage } from './insurance-claims.pages.ts';

type C = Context<AppEnv>;

const CLAIM_UPLOAD = /^(?:\/pro)?\/[a-z]{2}-[a-z]{2}\/orders\/[0-9a-f-]{36}\/lines\/\d+\/insurance$/;
/** The claim's upload: the care uploads' body limit, for a signed-in buyer only (app/body-limits.ts). */
export const isInsuranceClaimUpload = (method: string, path: string): boolean =>
  method === 'POST' && CLAIM_UPLOAD.test(path);

export function registerInsuranceClaimPages(app: App, deps: Deps): void {
  for (const M of STOREFRONTS) registerIn(app, deps, M);
}

/** The policies of the signed-in buyer's lines of a receipt (the order page's insurance blocks). */
export async function insuranceOfReceipt(
  deps: Pick<Deps, 'db' | 'clock'>,
  r: ReceiptView,
  actor: Actor | null,
): Promise<Map<number, LinePolicy[]>> {
  if (r.buyerUserId === null || actor?.userId !== r.buyerUserId) return new Map();
  const lines = r.orders.flatMap((o) => o.lines.map((l) => ({ id: l.lineId, state: l.state })));
  return insuranceOfLines(deps.db, lines, deps.clock.now());
}

/** The use case's refusals in the page's words, under their fields. */
function claimIssue(ctx: PageContext, f: FieldIssue, files: readonly IncomingFile[]): FieldIssue {
  const { t } = ctx;
  const file = /^files\.(\d+)$/.exec(f.field);
  if (f.field === 'files')
    return { field: 'files', message: t('afterSales.files.tooMany', { max: MAX_ATTACHMENTS_PER_FOLDER }) };
  if (file) {
    const name = files[Number(file[1])]?.name ?? '';
    return {
      field: 'files',
      message: /larger than/.test(f.message)
        ? t('afterSales.files.tooLarge', { name, size: 3 })
        : t('afterSales.files.wrongType', { name }),
    };
  }
  const term = /within the policy's term, (\S+) to (\S+)$/.exec(f.message);
  if (f.field === 'incidentOn')
    return {
      field: f.field,
      message: term
        ? t('insurance.claim.error.term', { from: term[1]!, until: term[2]! })
        : /future/.test(f.message)
          ? t('insurance.claim.error.future')
          : t('insurance.claim.error.date'),
    };
  if (f.field === 'cover') return { field: f.field, message: t('insurance.claim.error.cover') };
  if (f.field === 'description') return { field: f.field, message: t('insurance.claim.error.description') };
  return f;
}

function registerIn(app: App, deps: Deps, M: string): void {
  const path = `${M}/orders/:checkoutId/lines/:lineId/insurance`;

  /** The signed-in buyer's insured line, or 404. */
  const claimView = async (c: C): Promise<InsuranceClaimView> => {
    const actor = c.get('actor')!;
    const checkoutId = c.req.param('checkoutId') ?? '';
    const rawLine = c.req.param('lineId') ?? '';
    const lineId = /^[1-9][0-9]{0,9}$/.test(rawLine) ? Number(rawLine) : Number.NaN;
    const r = /^[0-9a-f-]{36}$/.test(checkoutId) ? await loadReceipt(deps.db, checkoutId) : undefined;
    if (!r || r.buyerUserId === null || r.buyerUserId !== actor.userId) throw AppError.notFound('Order line');
    const line = r.orders.flatMap((o) => o.lines).find((l) => l.lineId === lineId);
    if (!line) throw AppError.notFound('Order line');
    const policies =
      (await insuranceOfLines(deps.db, [{ id: line.lineId, state: line.state }], deps.clock.now())).get(
        line.lineId,
      ) ?? [];
    if (!policies.length) throw AppError.notFound('Insurance policy');
    return { checkoutId: r.checkoutId, lineId: line.lineId, productName: line.productName, policies };
  };
  const today = (ctx: PageContext) => localDay(deps.clock.now(), ctx.market.timeZone);

  app.get(path, SIGNED_IN, async (c) => {
    const ctx = requestContext(c);
    return c.html(insuranceClaimPage(ctx, await claimView(c), { values: {}, errors: [] }, today(ctx)));
  });

  app.post(path, SIGNED_IN, async (c) => {
    const ctx = requestContext(c);
    const v = await claimView(c);
    const { values, files } = await multipartForm(c);
    try {
      await fileInsuranceClaim(
        { ...deps, now: deps.clock.now() },
        {
          actor: { userId: c.get('actor')!.userId, sellers: new Map(), operator: false },
          orderLineId: v.lineId,
          unit: /^\d{1,3}$/.test(values.unit ?? '') ? Number(values.unit) : 1,
          cover: values.cover ?? '',
          incidentOn: values.incidentOn ?? '',
          description: values.description ?? '',
          files,
        },
      );
      return c.redirect(`${ctx.base}/orders/${v.checkoutId}?done=insurance`, 303);
    } catch (e) {
      const r = refusalFor(c, e, SUBJECT_FORM);
      if (!r || !isAppError(e)) throw e;
      const message =
        e.code === 'CONFLICT'
          ? ctx.t('insurance.claim.alreadyOpen')
          : e.code === 'NOT_ELIGIBLE'
            ? ctx.t('insurance.claim.notCovered')
            : r.message;
      const errors =
        e.code === 'CONFLICT' || e.code === 'NOT_ELIGIBLE'
          ? []
          : e.fields.map((f) => claimIssue(ctx, f, files));
      return c.html(
        insuranceClaimPage(
          ctx,
          v,
          { values, errors, ...(message !== undefined ? { message } : {}) },
          today(ctx),
        ),
        r.status as 400,
      );
    }
  });
}
