/**
 * The seller portal's CSV listing imports: upload a catalog, follow the task on a page that
 * refreshes itself (no JavaScript), download its error report. Like every portal route, each
 * starts with the `sellerMember` rule. One import runs at a time per seller, within the seller's
 * 2 000 listing lines an hour shared with the seller API (start-listing-import.ts).
 */
import type { Deps } from '../../app/deps.ts';
import {
  findOwnTask,
  LISTING_TASK_KIND,
  listListingTasks,
  processListingTask,
} from '../../modules/seller-api/listing-batch.ts';
import {
  type StartListingImportResult,
  startListingImport,
} from '../../modules/seller-api/start-listing-import.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import type { Translate } from '../../platform/i18n.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { SUBJECT_FORM } from '../ui/form-errors.ts';
import type { FormState } from '../ui/forms.ts';
import { importsPage, importTaskPage } from './imports.pages.ts';
import { type C, pageAction, portalView, S, SELLER_PORTAL_RULE, see } from './portal.ts';
import { count } from './seller-layout.ts';
import { sellerIdOf } from './seller-view.ts';

/** A 15,000-line catalog with its multipart framing (the same allowance as /ws). */
export const SELLER_IMPORT_MAX_BODY_BYTES = 12 * 1024 * 1024;
/** The request that needs SELLER_IMPORT_MAX_BODY_BYTES instead of the global 256 KiB limit. */
export const isSellerImportUpload = (method: string, path: string): boolean =>
  method === 'POST' && /^\/seller\/[0-9]+\/imports\/?$/.test(path);

export type SellerImportOptions = {
  /** How an import runs in the background: setImmediate by default (tests pass their own). */
  schedule?: (work: () => Promise<void>) => void;
};

/** CSV cell: quoted when needed; a leading = + - @ is neutralised (spreadsheet formula injection). */
function csvCell(v: string | number | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', tab: '\t' };

const utcMinute = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Why an upload was not started, as the error the form shows, in the reader's language. */
function importRefusal(
  r: Exclude<StartListingImportResult, { ok: true }>,
  now: Date,
  t: Translate,
  locale: string,
): AppError {
  if (r.reason === 'running') return new AppError('CONFLICT', t('portal.imports.running'));
  const limit = count(r.limit, locale);
  if (!r.retryAt)
    return AppError.invalid([{ field: 'file', message: t('portal.imports.tooLarge', { limit }) }]);
  return AppError.rateLimited(
    t('portal.imports.rateLimited', {
      limit,
      remaining: count(r.remaining, locale),
      time: utcMinute(r.retryAt),
    }),
    (r.retryAt.getTime() - now.getTime()) / 1000,
  );
}

/** Register the portal's CSV import pages. */
export function registerSellerImportRoutes(app: App, deps: Deps, opts: SellerImportOptions = {}): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const schedule =
    opts.schedule ??
    ((work: () => Promise<void>) => {
      setImmediate(() => {
        work().catch((err) => deps.logger.error({ err }, 'seller import failed'));
      });
    });
  const view = portalView(deps);

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
        const { t, locale } = await view(c, 'offers');
        const market = marketByLocale(values.market ?? 'fr-fr');
        const delimiter = DELIMITERS[values.delimiter ?? ','];
        const issues = [];
        if (!(file instanceof File) || file.size === 0)
          issues.push({ field: 'file', message: t('portal.imports.chooseFile') });
        if (!market) issues.push({ field: 'market', message: t('portal.imports.chooseMarket') });
        if (!delimiter) issues.push({ field: 'delimiter', message: t('portal.imports.chooseSeparator') });
        if (issues.length) throw AppError.invalid(issues);
        const catalog = await (file as File).text();
        const started = await startListingImport(deps, {
          sellerId: sellerIdOf(c),
          market: market!,
          request: { catalog, delimiter: delimiter!, quotechar: '"', encoding: 'utf-8' },
          oneAtATime: true,
        });
        if (!started.ok) throw importRefusal(started, deps.clock.now(), t, locale);
        // Run here at once; if this process dies first, the resume job runs it (listing-task-lease.ts).
        schedule(async () => {
          await processListingTask(deps, started.taskId);
        });
        return see(c, `/imports/${started.taskId}`);
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
}
