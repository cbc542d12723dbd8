import type { Context } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import { ledgerBalances } from '../../modules/ledger/post-ledger-entry.ts';
import { listCategoryRates, listSellerRates } from '../../modules/payouts/commission-rates.read-model.ts';
import {
  categoryOptions,
  listLedgerTransactions,
  listPayouts,
  orderDetail,
  searchOrders,
  sellerOptions,
} from '../../modules/payouts/console-money.read-model.ts';
import {
  getFeeSettings,
  MAX_MONTHLY_FEE_MINOR,
  MAX_PAYOUT_DELAY_DAYS,
} from '../../modules/payouts/fee-settings.ts';
import { FEE_CURRENCIES } from '../../modules/payouts/payout.rules.ts';
import { removeCategoryRate } from '../../modules/payouts/remove-category-rate.ts';
import { removeSellerRate } from '../../modules/payouts/remove-seller-rate.ts';
import { runPayoutsByOperator } from '../../modules/payouts/run-payouts-by-operator.ts';
import { setCategoryRate } from '../../modules/payouts/set-category-rate.ts';
import { setSellerRate } from '../../modules/payouts/set-seller-rate.ts';
import { updateFeeSettings } from '../../modules/payouts/update-fee-settings.ts';
import { failedRefundAlerts } from '../../modules/refunds/refund-alerts.read-model.ts';
import { refundApprovalsOfOrder } from '../../modules/refunds/refund-approvals.read-model.ts';
import { requestRefundApproval } from '../../modules/refunds/request-refund-approval.ts';
import { retryFailedRefund } from '../../modules/refunds/retry-failed-refund.ts';
import { AppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { formatAmount, parseMoney } from '../../platform/money.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { type FormErrorPolicy, formAction as runFormAction, SUBJECT_FORM } from '../ui/form-errors.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { formFields } from '../ui/request-context.ts';
import { t, type Viewer } from './console-layout.ts';
import {
  type FeesData,
  type FeesSection,
  failedRefundsPage,
  feesPage,
  ledgerPage,
  ledgerTransactionsPage,
  monthlyFeeField,
  orderDetailPage,
  ordersPage,
  payoutsPage,
  REFUND_DONE,
  REFUND_RETRIED,
} from './money.pages.ts';
import { REFUND_AWAITING } from './refund-approvals.pages.ts';

type C = Context<AppEnv>;

/** Who may do what on the console's money pages (admins pass every operator rule). */
export const MONEY_RULES = {
  /** Order search and detail, and refunding a line. */
  orders: access({ kind: 'operator', roles: ['support', 'compliance'] }),
  refund: access({ kind: 'operator', roles: ['support', 'compliance'] }),
  /** Ledger and payouts: read by compliance. */
  compliance: access({ kind: 'operator', roles: ['compliance'] }),
  /** Running payouts by hand and changing fees. */
  admin: access({ kind: 'operator', roles: ['admin'] }),
} as const;

/** Console forms show refusals of what was submitted; the rest is the error page (form-errors.ts). */
const formAction = (
  c: C,
  values: Record<string, string>,
  render: (form: FormState) => Html | Promise<Html>,
  action: () => Promise<Response>,
  policy: FormErrorPolicy = SUBJECT_FORM,
) => runFormAction(c, values, render, action, policy);

/** "10", "12.5", "12,25" (%) → basis points. */
const percentField = z
  .string()
  .trim()
  .regex(/^\d{1,3}(?:[.,]\d{1,2})?$/, t('console.fees.percentInvalid'))
  .transform((s) => {
    const [whole, frac = ''] = s.replace(',', '.').split('.');
    return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  })
  .pipe(z.number().int().max(10_000, t('console.fees.percentMax')));

/** An amount in `currency` ("50", "49.90", "49,90") → minor units, at most MAX_MONTHLY_FEE_MINOR. */
const moneyField = (currency: string) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      const r = parseMoney(s.replace(',', '.'), currency);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.message });
        return z.NEVER;
      }
      return r.amountMinor;
    })
    .pipe(
      z
        .number()
        .int()
        .max(
          MAX_MONTHLY_FEE_MINOR,
          t('console.fees.amountMax', { max: formatAmount(MAX_MONTHLY_FEE_MINOR, currency) }),
        ),
    );

const idField = (what: 'category' | 'seller') =>
  z
    .string()
    .regex(/^\d{1,9}$/, t('console.fees.chooseOne', { what }))
    .transform(Number);

const ZSettingsForm = z.object({
  defaultCommission: percentField,
  ...Object.fromEntries(FEE_CURRENCIES.map((cur) => [monthlyFeeField(cur), moneyField(cur)])),
  payoutDelayDays: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, t('console.fees.daysInvalid', { max: MAX_PAYOUT_DELAY_DAYS }))
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .max(MAX_PAYOUT_DELAY_DAYS, t('console.fees.daysMax', { max: MAX_PAYOUT_DELAY_DAYS })),
    ),
});
const ZCategoryForm = z.object({ categoryId: idField('category'), categoryRate: percentField });
const ZSellerForm = z.object({ sellerId: idField('seller'), sellerRate: percentField });

const str = (v: Record<string, string>, k: string) => v[k] ?? '';

export function registerConsoleMoneyRoutes(app: App, deps: Deps): void {
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const operatorId = (c: C) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    return actor.userId;
  };
  const changeBy = (c: C) => ({ operatorId: operatorId(c), at: deps.clock.now() });
  const loadOrder = async (id: number) => {
    const d = await orderDetail(deps.db, id);
    if (!d) throw AppError.notFound('Order');
    return d;
  };

  // Orders --------------------------------------------------------------------------------------

  app.get('/console/orders', MONEY_RULES.orders, async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 254);
    return c.html(ordersPage(viewer(c), q, await searchOrders(deps.db, q)));
  });

  app.get('/console/refunds', MONEY_RULES.orders, async (c) =>
    c.html(failedRefundsPage(viewer(c), await failedRefundAlerts(deps.db), c.req.query('done'))),
  );

  // A failed refund still owed: the same refund again (next idempotency key), whatever its kind.
  app.post('/console/refunds/:refundId{[0-9]+}/retry', MONEY_RULES.refund, async (c) => {
    await retryFailedRefund(deps, { refundId: Number(c.req.param('refundId')), operatorId: operatorId(c) });
    return c.redirect(`/console/refunds?done=${REFUND_RETRIED}`, 303);
  });

  app.get('/console/orders/:id{[0-9]+}', MONEY_RULES.orders, async (c) => {
    const id = Number(c.req.param('id'));
    const d = await loadOrder(id);
    const requests = await refundApprovalsOfOrder(deps.db, id);
    return c.html(orderDetailPage(viewer(c), d, undefined, c.req.query('done'), requests));
  });

  app.post('/console/orders/:id{[0-9]+}/lines/:lineId{[0-9]+}/refund', MONEY_RULES.refund, async (c) => {
    const orderId = Number(c.req.param('id'));
    const lineId = Number(c.req.param('lineId'));
    const fields = await formFields(c);
    const values = { amount: str(fields, 'amount'), reason: str(fields, `reason-${lineId}`) };
    const d = await loadOrder(orderId);
    const line = d.lines.find((l) => l.id === lineId);
    if (!line) throw AppError.notFound('Order line');
    return formAction(
      c,
      values,
      async (form) =>
        orderDetailPage(
          viewer(c),
          await loadOrder(orderId),
          { ...form, lineId },
          undefined,
          await refundApprovalsOfOrder(deps.db, orderId),
        ),
      async () => {
        let amountMinor: number | undefined;
        if (line.state === 3 && values.amount.trim()) {
          const r = parseMoney(values.amount.trim().replace(',', '.'), d.order.currency);
          if (!r.ok) throw AppError.invalid([{ field: `amount-${lineId}`, message: r.message }]);
          amountMinor = r.amountMinor;
        }
        // Above the approval threshold a non-admin's refund waits for a second operator.
        const r = await requestRefundApproval(deps, {
          orderLineId: lineId,
          amountMinor,
          reason: values.reason,
          operatorId: operatorId(c),
        });
        const done = r.status === 'refunded' ? REFUND_DONE : REFUND_AWAITING;
        return c.redirect(`/console/orders/${orderId}?done=${done}`, 303);
      },
      // Name the fields as this page does: one amount and one reason per line.
      {
        ...SUBJECT_FORM,
        fieldName: (f) =>
          f === 'amountMinor' ? `amount-${lineId}` : f === 'reason' ? `reason-${lineId}` : f,
      },
    );
  });

  // Ledger --------------------------------------------------------------------------------------

  app.get('/console/ledger', MONEY_RULES.compliance, async (c) => {
    return c.html(ledgerPage(viewer(c), await ledgerBalances(deps.db)));
  });

  app.get('/console/ledger/transactions', MONEY_RULES.compliance, async (c) => {
    const account = (c.req.query('account') ?? '').trim().slice(0, 200);
    const txs = await listLedgerTransactions(deps.db, { account: account || undefined });
    return c.html(ledgerTransactionsPage(viewer(c), account, txs));
  });

  // Payouts -------------------------------------------------------------------------------------

  app.get('/console/payouts', MONEY_RULES.compliance, async (c) => {
    const n = (k: string) => {
      const v = c.req.query(k);
      return v && /^\d{1,6}$/.test(v) ? Number(v) : undefined;
    };
    const [created, sent, pending] = [n('created'), n('sent'), n('pending')];
    const ran =
      created !== undefined && sent !== undefined && pending !== undefined
        ? { created, sent, pending }
        : undefined;
    return c.html(payoutsPage(viewer(c), await listPayouts(deps.db), ran));
  });

  app.post('/console/payouts/run', MONEY_RULES.admin, async (c) => {
    const r = await runPayoutsByOperator(deps, { operatorId: operatorId(c) });
    return c.redirect(`/console/payouts?created=${r.created}&sent=${r.sent}&pending=${r.pending}`, 303);
  });

  // Fees ----------------------------------------------------------------------------------------

  const feesData = async (): Promise<FeesData> => ({
    settings: await getFeeSettings(deps.db),
    categoryRates: await listCategoryRates(deps.db),
    sellerRates: await listSellerRates(deps.db),
    categories: await categoryOptions(deps.db),
    sellers: await sellerOptions(deps.db),
  });

  app.get('/console/fees', MONEY_RULES.admin, async (c) => {
    return c.html(feesPage(viewer(c), await feesData(), undefined, c.req.query('done')));
  });

  const feesAction =
    (section: FeesSection, names: string[], run: (c: C, values: Record<string, string>) => Promise<void>) =>
    async (c: C) => {
      const fields = await formFields(c);
      const values = Object.fromEntries(names.map((k) => [k, str(fields, k)]));
      return formAction(
        c,
        values,
        async (form) => feesPage(viewer(c), await feesData(), { ...form, section }),
        async () => {
          await run(c, values);
          return c.redirect(`/console/fees?done=${section}`, 303);
        },
      );
    };

  app.post(
    '/console/fees',
    MONEY_RULES.admin,
    feesAction(
      'settings',
      ['defaultCommission', ...FEE_CURRENCIES.map(monthlyFeeField), 'payoutDelayDays'],
      async (c, v) => {
        const f = parseOrThrow(ZSettingsForm, v) as z.infer<typeof ZSettingsForm> & Record<string, number>;
        await updateFeeSettings(deps.db, {
          input: {
            defaultCommissionBp: f.defaultCommission,
            monthlyFees: Object.fromEntries(FEE_CURRENCIES.map((cur) => [cur, f[monthlyFeeField(cur)]!])),
            payoutDelayDays: f.payoutDelayDays,
          },
          operatorId: operatorId(c),
          at: deps.clock.now(),
        });
      },
    ),
  );

  app.post(
    '/console/fees/categories',
    MONEY_RULES.admin,
    feesAction('category', ['categoryId', 'categoryRate'], async (c, v) => {
      const f = parseOrThrow(ZCategoryForm, v);
      await setCategoryRate(deps.db, { categoryId: f.categoryId, rateBp: f.categoryRate }, changeBy(c));
    }),
  );

  app.post(
    '/console/fees/sellers',
    MONEY_RULES.admin,
    feesAction('seller', ['sellerId', 'sellerRate'], async (c, v) => {
      const f = parseOrThrow(ZSellerForm, v);
      await setSellerRate(deps.db, { sellerId: f.sellerId, rateBp: f.sellerRate }, changeBy(c));
    }),
  );

  app.post('/console/fees/categories/:categoryId{[0-9]+}/delete', MONEY_RULES.admin, async (c) => {
    if (!(await removeCategoryRate(deps.db, Number(c.req.param('categoryId')), changeBy(c)))) {
      throw AppError.notFound('Category rate');
    }
    return c.redirect('/console/fees?done=removed', 303);
  });

  app.post('/console/fees/sellers/:sellerId{[0-9]+}/delete', MONEY_RULES.admin, async (c) => {
    if (!(await removeSellerRate(deps.db, Number(c.req.param('sellerId')), changeBy(c)))) {
      throw AppError.notFound('Seller rate');
    }
    return c.redirect('/console/fees?done=removed', 303);
  });
}
