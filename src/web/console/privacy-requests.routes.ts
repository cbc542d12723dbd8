/**
 * The request desk in the console (issue 16): the queue of data-subject requests by due day, one
 * request, and its actions (verify identity, extend, answer), each audited by its use case.
 * Support and compliance operators, and admins.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { answerPrivacyRequest } from '../../modules/privacy/answer-privacy-request.ts';
import { confirmRequesterIdentity } from '../../modules/privacy/confirm-requester-identity.ts';
import { extendPrivacyRequest } from '../../modules/privacy/extend-privacy-request.ts';
import {
  DESK_FILTERS,
  type DeskFilter,
  deskQueue,
  findPrivacyRequest,
  type PrivacyRequestRow,
} from '../../modules/privacy/privacy-requests.store.ts';
import { timerOf } from '../../modules/privacy/request-deadline.rules.ts';
import { localDay } from '../../platform/calendar.ts';
import { AppError, type AppErrorCode } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { formAction } from '../ui/forms.ts';
import { formFields } from '../ui/request-context.ts';
import { t, type Viewer } from './console-layout.ts';
import {
  DESK_DONE,
  type DeskDone,
  type DeskRow,
  type DeskSection,
  deskPage,
  deskRequestPage,
} from './privacy-requests.pages.ts';

type C = Context<AppEnv>;

/** Who works the request desk: support and compliance operators (and admins). */
export const PRIVACY_DESK_RULES = {
  desk: access({ kind: 'operator', roles: ['support', 'compliance'] }),
} as const;

const FORM_ERRORS = new Set<AppErrorCode>([
  'INVALID_INPUT',
  'INVALID_STATE',
  'CONFLICT',
  'UNPROCESSABLE',
  'NOT_ELIGIBLE',
]);

/** A request with its timer, on the day of its market. */
export const withTimer = (r: PrivacyRequestRow, now: Date): DeskRow => ({
  ...r,
  timer: timerOf(
    r.dueOn,
    localDay(now, (marketByCode(r.market) ?? DEFAULT_MARKET).timeZone),
    r.status === 'answered' || r.status === 'refused',
  ),
});

export function registerConsolePrivacyDesk(app: App, deps: Deps): void {
  const DESK = PRIVACY_DESK_RULES.desk;
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const me = (c: C) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    return actor.userId;
  };
  const load = async (c: C) => {
    const r = await findPrivacyRequest(deps.db, Number(c.req.param('id')));
    if (!r) throw AppError.notFound('Request');
    return withTimer(r, deps.clock.now());
  };

  app.get('/console/privacy-requests', DESK, async (c) => {
    const q = c.req.query('status') ?? 'open';
    const filter: DeskFilter = (DESK_FILTERS as readonly string[]).includes(q) ? (q as DeskFilter) : 'open';
    const now = deps.clock.now();
    const rows = (await deskQueue(deps.db, filter)).map((r) => withTimer(r, now));
    return c.html(deskPage(viewer(c), filter, rows));
  });

  app.get('/console/privacy-requests/:id{[0-9]+}', DESK, async (c) => {
    const d = c.req.query('done') ?? '';
    return c.html(
      deskRequestPage(viewer(c), await load(c), undefined, d in DESK_DONE ? (d as DeskDone) : undefined),
    );
  });

  const deskAction =
    (section: DeskSection, run: (c: C, id: number, v: Record<string, string>) => Promise<DeskDone>) =>
    async (c: C) => {
      const request = await load(c);
      const values = await formFields(c);
      return formAction(
        c,
        values,
        async (form) => deskRequestPage(viewer(c), await load(c), { ...form, section }),
        async () => {
          const done = await run(c, request.id, values);
          return c.redirect(`/console/privacy-requests/${request.id}?done=${done}`, 303);
        },
        FORM_ERRORS,
      );
    };

  app.post(
    '/console/privacy-requests/:id{[0-9]+}/verify-identity',
    DESK,
    deskAction('identity', async (c, id, v) => {
      await confirmRequesterIdentity(deps, { requestId: id, operatorUserId: me(c), note: v.note ?? '' });
      return 'verified';
    }),
  );
  app.post(
    '/console/privacy-requests/:id{[0-9]+}/extend',
    DESK,
    deskAction('extend', async (c, id, v) => {
      const by = /^[0-9]{1,3}$/.test(v.by ?? '') ? Number(v.by) : Number.NaN;
      await extendPrivacyRequest(deps, { requestId: id, operatorUserId: me(c), reason: v.reason ?? '', by });
      return 'extended';
    }),
  );
  app.post(
    '/console/privacy-requests/:id{[0-9]+}/answer',
    DESK,
    deskAction('answer', async (c, id, v) => {
      const r = await answerPrivacyRequest(deps, {
        requestId: id,
        operatorUserId: me(c),
        outcome: v.outcome ?? '',
        text: v.text ?? '',
      });
      return r.status === 'refused' ? 'refused' : 'answered';
    }),
  );
}
