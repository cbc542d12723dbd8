import { stringify } from 'csv-stringify/sync';
import type { Deps } from '../../app/deps.ts';
import {
  FIRST_REPORT_YEAR,
  transparencyReport,
  transparencyReportRows,
} from '../../modules/compliance/transparency-report.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { requestContext } from '../ui/request-context.ts';
import { transparencyReportPage } from './transparency.pages.ts';

/** The DSA transparency report: public, in every shop language, and as CSV. */
export const TRANSPARENCY_RULES = { report: PUBLIC } as const;

/** `?year=2025` → 2025; absent → the current year; anything else is refused naming `year`. */
function yearParam(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{4}$/.test(raw)) throw AppError.invalid([{ field: 'year', message: 'must be a year YYYY' }]);
  return Number(raw);
}

export function registerTransparencyPages(app: App, deps: Deps): void {
  const M = '/:market{[a-z]{2}-[a-z]{2}}';

  app.get(`${M}/legal/transparency-report`, TRANSPARENCY_RULES.report, async (c) => {
    const ctx = requestContext(c);
    const report = await transparencyReport(deps, { year: yearParam(c.req.query('year')) });
    const current = deps.clock.now().getUTCFullYear();
    const years: number[] = [];
    for (let y = current; y >= FIRST_REPORT_YEAR; y--) years.push(y);
    return c.html(transparencyReportPage(ctx, report, years));
  });

  app.get(`${M}/legal/transparency-report.csv`, TRANSPARENCY_RULES.report, async (c) => {
    const report = await transparencyReport(deps, { year: yearParam(c.req.query('year')) });
    const csv = stringify(transparencyReportRows(report), {
      header: true,
      columns: ['section', 'metric', 'breakdown', 'value'],
    });
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header(
      'content-disposition',
      `attachment; filename="reloop-dsa-transparency-report-${report.year}${report.toDate ? '-to-date' : ''}.csv"`,
    );
    return c.body(csv);
  });
}
