/**
 * Seller portal extras: webhooks (and their delivery log), CSV listing imports with a progress
 * page that refreshes itself (no JavaScript), and the team (team.routes.ts: owners add people
 * and invite those without an account). Like every portal route, each starts with the
 * `sellerMember` rule on `:sellerId`; owner-only actions check the member's role themselves (403
 * for staff). The invitee's page, /seller/invitation, is public: its emailed token is the credential.
 */

import type { Context } from 'hono';
import type { Deps } from '../../../app/deps.ts';
import {
  createListingTask,
  findOwnTask,
  LISTING_TASK_KIND,
  listListingTasks,
  processListingTask,
} from '../../../modules/seller-api/listing-batch.ts';
import {
  listWebhooks,
  recentDeliveries,
  subscribe,
  unsubscribe,
  WEBHOOK_EVENTS,
} from '../../../modules/seller-webhooks/seller-webhooks.ts';
import { AppError } from '../../../platform/errors.ts';
import type { App, AppEnv } from '../../../platform/http/app.ts';
import { marketByLocale } from '../../../platform/markets.ts';
import { type FormErrorPolicy, formAction, SUBJECT_FORM } from '../../form-errors.ts';
import type { FormState } from '../../forms.ts';
import type { Html } from '../../layout.ts';
import { formFields } from '../../request-context.ts';
import { SELLER_PORTAL_RULE } from '../seller.routes.ts';
import type { SellerSection } from '../seller-layout.ts';
import { sellerIdOf, sellerViewOf } from '../seller-view.ts';
import { importsPage, importTaskPage, webhooksPage } from './extra.pages.ts';
import { registerSellerTeamRoutes } from './team.routes.ts';

type C = Context<AppEnv>;
const S = '/seller/:sellerId{[0-9]+}';

/** A 15,000-line catalog with its multipart framing (the same allowance as /ws). */
export const SELLER_IMPORT_MAX_BODY_BYTES = 12 * 1024 * 1024;
/** The request that needs SELLER_IMPORT_MAX_BODY_BYTES instead of the global 256 KiB limit. */
export const isSellerImportUpload = (method: string, path: string): boolean =>
  method === 'POST' && /^\/seller\/[0-9]+\/imports\/?$/.test(path);

export type SellerExtraOptions = {
  /** How an import runs in the background: setImmediate by default (tests pass their own). */
  schedule?: (work: () => Promise<void>) => void;
};

/** Portal forms show refusals of what was submitted on the page (policy: src/web/form-errors.ts). */
const pageAction = (
  c: C,
  values: Record<string, string>,
  render: (form: FormState) => Promise<Html>,
  action: () => Promise<Response>,
  policy: FormErrorPolicy = SUBJECT_FORM,
) => formAction(c, values, render, action, policy);

/** CSV cell: quoted when needed; a leading = + - @ is neutralised (spreadsheet formula injection). */
function csvCell(v: string | number | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', tab: '\t' };

const registered = new WeakSet<App>();

/** Register the extras' pages. Safe to call twice on the same app (the second is a no-op). */
export function registerSellerExtraRoutes(app: App, deps: Deps, opts: SellerExtraOptions = {}): void {
  if (registered.has(app)) return;
  registered.add(app);
  const MEMBER = SELLER_PORTAL_RULE;
  const schedule =
    opts.schedule ??
    ((work: () => Promise<void>) => {
      setImmediate(() => {
        work().catch((err) => deps.logger.error({ err }, 'seller import failed'));
      });
    });
  const view = (c: C, section: SellerSection = 'api-keys') => sellerViewOf(c, deps.db, section);
  const see = (c: C, path: string) => c.redirect(`/seller/${sellerIdOf(c)}${path}`, 303);

  // Webhooks ------------------------------------------------------------------------------------

  const WEBHOOKS_DONE: Record<string, string> = { deleted: 'Webhook deleted: nothing more is sent to it.' };
  const renderWebhooks = async (
    c: C,
    form: FormState,
    extra: { created?: { url: string; secret: string }; done?: string } = {},
  ) =>
    webhooksPage(await view(c), {
      hooks: await listWebhooks(deps.db, sellerIdOf(c)),
      deliveries: await recentDeliveries(deps.db, sellerIdOf(c), 50),
      form,
      ...extra,
    });

  app.get(`${S}/webhooks`, MEMBER, async (c) =>
    c.html(
      await renderWebhooks(c, { values: {}, errors: [] }, { done: WEBHOOKS_DONE[c.req.query('done') ?? ''] }),
    ),
  );

  app.post(`${S}/webhooks`, MEMBER, async (c) => {
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderWebhooks(c, form),
      async () => {
        const events = WEBHOOK_EVENTS.filter((e) => values[`event_${e}`]);
        const created = await subscribe(deps.db, {
          sellerId: sellerIdOf(c),
          url: values.url ?? '',
          events,
          now: deps.clock.now(),
          allowLocalHttp: deps.config.NODE_ENV !== 'production',
        });
        const [hook] = (await listWebhooks(deps.db, sellerIdOf(c))).filter((h) => h.id === created.id);
        // The secret is shown once: never cached, never behind a URL that could be reloaded.
        c.header('cache-control', 'no-store');
        return c.html(
          await renderWebhooks(
            c,
            { values: {}, errors: [] },
            { created: { url: hook?.url ?? values.url ?? '', secret: created.secret } },
          ),
          201,
        );
      },
    );
  });

  app.post(`${S}/webhooks/:webhookId{[0-9]+}/delete`, MEMBER, async (c) => {
    await unsubscribe(deps.db, {
      sellerId: sellerIdOf(c),
      webhookId: Number(c.req.param('webhookId')),
      now: deps.clock.now(),
    });
    return see(c, '/webhooks?done=deleted');
  });

  // CSV imports -----------------------------------------------------------------------------------

  const renderImports = async (c: C, form: FormState) =>
    importsPage(await view(c, 'offers'), { tasks: await listListingTasks(deps.db, sellerIdOf(c)), form });
  const ownTask = async (c: C) => {
    const task = await findOwnTask(deps.db, sellerIdOf(c), Number(c.req.param('taskId')));
    if (!task || task.kind !== LISTING_TASK_KIND) throw AppError.notFound('Import');
    return task;
  };

  app.get(`${S}/imports`, MEMBER, async (c) => c.html(await renderImports(c, { values: {}, errors: [] })));

  app.post(`${S}/imports`, MEMBER, async (c) => {
    const body = await c.req.parseBody();
    const values: Record<string, string> = {};
    for (const k of ['market', 'delimiter']) if (typeof body[k] === 'string') values[k] = body[k];
    const file = body.file;
    return pageAction(
      c,
      values,
      (form) => renderImports(c, form),
      async () => {
        const market = marketByLocale(values.market ?? 'fr-fr');
        const delimiter = DELIMITERS[values.delimiter ?? ','];
        const issues = [];
        if (!(file instanceof File) || file.size === 0)
          issues.push({ field: 'file', message: 'choose a CSV file to import' });
        if (!market) issues.push({ field: 'market', message: 'choose a market' });
        if (!delimiter) issues.push({ field: 'delimiter', message: 'choose a separator' });
        if (issues.length) throw AppError.invalid(issues);
        const catalog = await (file as File).text();
        const { taskId } = await createListingTask(deps.db, {
          sellerId: sellerIdOf(c),
          market: market!,
          request: { catalog, delimiter: delimiter!, quotechar: '"', encoding: 'utf-8' },
          now: deps.clock.now(),
        });
        schedule(() => processListingTask(deps, taskId));
        return see(c, `/imports/${taskId}`);
      },
      // The task names the CSV `catalog`; this form calls it `file`.
      { ...SUBJECT_FORM, fieldName: (f) => (f === 'catalog' ? 'file' : f) },
    );
  });

  app.get(`${S}/imports/:taskId{[0-9]+}`, MEMBER, async (c) => {
    const task = await ownTask(c);
    const page = String(await importTaskPage(await view(c, 'offers'), task));
    c.header('cache-control', 'no-store');
    if (task.status === 'pending' || task.status === 'running') {
      // Live progress without scripts: the browser reloads the page until the task ends.
      return c.html(page.replace('</head>', '<meta http-equiv="refresh" content="2">\n</head>'));
    }
    return c.html(page);
  });

  app.get(`${S}/imports/:taskId{[0-9]+}/errors.csv`, MEMBER, async (c) => {
    const task = await ownTask(c);
    const lines = [
      'line,sku,message',
      ...task.errors.map((e) => [e.line, e.sku, e.message].map(csvCell).join(',')),
    ];
    return c.body(`${lines.join('\r\n')}\r\n`, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="import-${task.id}-errors.csv"`,
      'cache-control': 'no-store',
    });
  });

  registerSellerTeamRoutes(app, deps);
}
