/**
 * Availability and price alerts (issue 16): the form a product page links to (signed in), and the
 * account's alerts with pause, resume, re-arm and delete. Another person's alert answers 404. The
 * use cases are the marketing module's.
 */
import type { Deps } from '../../app/deps.ts';
import { readAlertInput } from '../../modules/marketing/alert.rules.ts';
import { alertProduct, alertsOf } from '../../modules/marketing/alerts.read-model.ts';
import { type AlertAction, changeAlertStatus } from '../../modules/marketing/change-alert-status.ts';
import { createAlert } from '../../modules/marketing/create-alert.ts';
import { deleteAlert } from '../../modules/marketing/delete-alert.ts';
import { type Grade, isGrade } from '../../modules/offers/grades.ts';
import { AppError } from '../../platform/errors.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import type { PageContext } from '../ui/context.ts';
import { formFields, requestContext } from '../ui/request-context.ts';
import { ALERT_GRADES, alertFormPage, myAlertsPage, priceExample } from './alerts.pages.ts';

/** Who may open each page (authorization matrix). */
export const ALERT_PAGE_RULES = { form: SIGNED_IN, account: SIGNED_IN } as const;

const SHOP = '/:market{[a-z]{2}-[a-z]{2}}';
const ACTIONS: Record<string, AlertAction | 'delete'> = {
  pause: 'pause',
  resume: 'resume',
  rearm: 'rearm',
  delete: 'delete',
};
const DONE: Record<AlertAction | 'delete', string> = {
  pause: 'paused',
  resume: 'resumed',
  rearm: 'rearmed',
  delete: 'deleted',
};

const idOf = (raw: string | undefined): number => {
  const n = /^[1-9][0-9]{0,9}$/.test(raw ?? '') ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n > 2_147_483_647) throw AppError.notFound('Alert');
  return n;
};

export function registerAlertPages(app: App, deps: Deps): void {
  const product = async (slug: string | undefined) => {
    const p = slug ? await alertProduct(deps.db, slug) : null;
    if (!p) throw AppError.notFound('Product');
    return p;
  };
  const gradeOf = (raw: string | undefined): Grade => (raw && isGrade(raw) ? raw : 'GOOD');

  app.get(`${SHOP}/alerts/new`, ALERT_PAGE_RULES.form, async (c) => {
    const ctx = requestContext(c);
    const p = await product(c.req.query('product'));
    c.header('cache-control', 'private, no-store');
    return c.html(
      alertFormPage(
        ctx,
        { ...p, grade: gradeOf(c.req.query('grade')), grades: ALERT_GRADES },
        { values: {}, errors: [] },
      ),
    );
  });

  app.post(`${SHOP}/alerts`, ALERT_PAGE_RULES.form, async (c) => {
    const ctx = requestContext(c);
    const values = await formFields(c);
    const p = await product(values.product);
    const page = { ...p, grade: gradeOf(values.grade), grades: ALERT_GRADES };
    const read = readAlertInput(values, { locale: ctx.market.bcp47, currency: ctx.market.currency });
    if (!read.ok) {
      const message = (i: (typeof read.issues)[number]) =>
        i.field !== 'target'
          ? ctx.t('marketing.alerts.error.choice')
          : ctx.t(`marketing.alerts.error.${i.problem}`, { example: priceExample(ctx) });
      const errors = read.issues.map((i) => ({ field: i.field, message: message(i) }));
      return c.html(alertFormPage(ctx, page, { values, errors }), 400);
    }
    const r = await createAlert(deps, {
      ...read.input,
      userId: c.get('actor')!.userId,
      productId: p.id,
      market: ctx.market.code,
    });
    if (!r.ok) {
      return c.html(
        alertFormPage(ctx, page, { values, errors: [] }, ctx.t(`marketing.alerts.refused.${r.reason}`)),
        409,
      );
    }
    return c.redirect(`${ctx.base}/account/alerts?done=created`, 303);
  });

  app.get(`${SHOP}/account/alerts`, ALERT_PAGE_RULES.account, async (c) => {
    const ctx: PageContext = requestContext(c);
    c.header('cache-control', 'private, no-store');
    return c.html(myAlertsPage(ctx, await alertsOf(deps.db, c.get('actor')!.userId), c.req.query('done')));
  });

  app.post(`${SHOP}/account/alerts/:alertId/:action`, ALERT_PAGE_RULES.account, async (c) => {
    const ctx = requestContext(c);
    const alertId = idOf(c.req.param('alertId'));
    const action = Object.hasOwn(ACTIONS, c.req.param('action')) ? ACTIONS[c.req.param('action')]! : null;
    if (!action) throw AppError.notFound('Alert');
    await formFields(c);
    const userId = c.get('actor')!.userId;
    const ok =
      action === 'delete'
        ? await deleteAlert(deps, { userId, alertId })
        : await changeAlertStatus(deps, { userId, alertId, action });
    if (!ok) throw AppError.notFound('Alert');
    return c.redirect(`${ctx.base}/account/alerts?done=${DONE[action]}`, 303);
  });
}
