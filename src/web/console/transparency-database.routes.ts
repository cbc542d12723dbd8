/**
 * `/console/dsa/transparency-database`: the Transparency Database desk (compliance operators and
 * admins, like the export of statements): the submission counts, the refused statements, and
 * sending one again (audited).
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { recordAudit } from '../../modules/audit/record-audit.ts';
import { resendStatementToTdb } from '../../modules/compliance/resend-statement-to-tdb.ts';
import { tdbOverview } from '../../modules/compliance/tdb-overview.ts';
import { AppError, httpStatusOf, isAppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { t, type Viewer } from './console-layout.ts';
import { TDB_DONE, type TdbDone, tdbPage } from './transparency-database.pages.ts';

type C = Context<AppEnv>;

export const CONSOLE_TDB_RULES = {
  desk: access({ kind: 'operator', roles: ['compliance'] }),
} as const;

export function registerConsoleTdbRoutes(app: App, deps: Deps): void {
  const RULE = CONSOLE_TDB_RULES.desk;
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const credentials = !!(deps.config.TDB_API_URL && deps.config.TDB_API_TOKEN);
  const render = async (c: C, o: { done?: TdbDone; error?: string } = {}) =>
    tdbPage(viewer(c), { ...(await tdbOverview(deps.db)), credentials, ...o });

  app.get('/console/dsa/transparency-database', RULE, async (c) => {
    const d = c.req.query('done') ?? '';
    return c.html(await render(c, d in TDB_DONE ? { done: d as TdbDone } : {}));
  });

  app.post('/console/dsa/transparency-database/:id/resend', RULE, async (c) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    const statementId = c.req.param('id');
    try {
      const r = await resendStatementToTdb(deps, { statementId });
      await recordAudit(deps.db, {
        action: 'dsa.tdb_resubmitted',
        at: deps.clock.now(),
        actorUserId: actor.userId,
        details: { statementId, puid: r.puid },
        before: r.before,
        after: r.after,
      });
    } catch (e) {
      // Sent again meanwhile (another operator, a second click): said on the page.
      if (isAppError(e) && e.code === 'INVALID_STATE')
        return c.html(await render(c, { error: e.message }), httpStatusOf(e.code) as 409);
      throw e;
    }
    return c.redirect('/console/dsa/transparency-database?done=resent', 303);
  });
}
