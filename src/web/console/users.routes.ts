import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Deps } from '../../app/deps.ts';
import type { AccountsDeps } from '../../modules/accounts/accounts.deps.ts';
import { acceptOperatorInviteSignedIn } from '../../modules/accounts/operator/accept-operator-invite-signed-in.ts';
import { closeAccountByPlatform } from '../../modules/accounts/operator/close-account-by-platform.ts';
import {
  acceptOperatorInvite,
  inviteOperator,
  operatorInviteNeedsSignIn,
} from '../../modules/accounts/operator/invite-operator.ts';
import {
  listOperators,
  pendingInvitation,
  searchUsers,
  type UserStatus,
  userDetail,
} from '../../modules/accounts/operator/operator-console.read-model.ts';
import { authoriseReregistration, reopenAccount } from '../../modules/accounts/operator/reopen-account.ts';
import { updateBusinessProfile } from '../../modules/accounts/operator/update-business-profile.ts';
import { clearSessionCookie } from '../../modules/accounts/session-cookie.ts';
import { listAuditEvents } from '../../modules/audit/list-audit-events.ts';
import { personHistory } from '../../modules/customer-service/person-history.read-model.ts';
import { erasureView } from '../../modules/privacy/erasure-view.ts';
import { privacyChoicesOf } from '../../modules/privacy/privacy-requests.store.ts';
import { AppError, type AppErrorCode } from '../../platform/errors.ts';
import { access, PUBLIC } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { type FormState, formAction as runFormAction } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { formFields, requestMeta } from '../ui/request-context.ts';
import { t, type Viewer } from './console-layout.ts';
import { erasureSection } from './erasure.pages.ts';
import { personHistorySection } from './person-history.pages.ts';
import { processingChoicesSection } from './processing-choices.pages.ts';
import {
  AUDIT_PAGE_SIZE,
  auditPage,
  consoleMessagePage,
  DONE_MESSAGES,
  invitationPage,
  operatorsPage,
  type UserAction,
  userDetailPage,
  usersPage,
} from './users.pages.ts';

type C = Context<AppEnv>;

/** Who may do what in the console (admins pass every operator rule). */
export const CONSOLE_RULES = {
  anyOperator: access({ kind: 'operator', roles: ['support', 'moderator', 'compliance'] }),
  users: access({ kind: 'operator', roles: ['support', 'compliance'] }),
  close: access({ kind: 'operator', roles: ['support', 'compliance'] }),
  compliance: access({ kind: 'operator', roles: ['compliance'] }),
  admin: access({ kind: 'operator', roles: ['admin'] }),
} as const;

/** Errors a console form shows to the operator instead of an error page. */
/** Console forms show these on the page; a missing user or a role refusal goes to the error page. */
const CONSOLE_FORM_ERRORS = new Set<AppErrorCode>([
  'INVALID_INPUT',
  'CONFLICT',
  'UNPROCESSABLE',
  'RATE_LIMITED',
]);

/** The invitation form also shows "sign in as that address (verified)" refusals. */
const INVITATION_FORM_ERRORS = new Set<AppErrorCode>([...CONSOLE_FORM_ERRORS, 'UNAUTHORIZED', 'FORBIDDEN']);

const formAction = (
  c: C,
  values: Record<string, string>,
  render: (form: FormState) => Html,
  action: () => Promise<Response>,
) => runFormAction(c, values, render, action, CONSOLE_FORM_ERRORS);

const positiveInt = (s: string | undefined): number | undefined =>
  s && /^\d{1,15}$/.test(s) && Number(s) > 0 ? Number(s) : undefined;

export function registerConsoleRoutes(app: App, deps: Deps): void {
  const accounts: AccountsDeps = deps;
  const meta = (c: C) => requestMeta(c, deps.config.TRUST_PROXY);
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const operatorId = (c: C) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    return actor.userId;
  };
  const loadUser = async (id: number) => {
    const d = await userDetail(deps.db, id, deps.clock.now());
    if (!d) throw AppError.notFound('Account');
    return d;
  };
  const userId = (c: C) => Number(c.req.param('id'));

  app.get('/console', CONSOLE_RULES.anyOperator, (c) => {
    const a = c.get('actor');
    const usersAllowed =
      a && ['admin', 'support', 'compliance'].some((r) => a.operatorRoles.has(r as 'admin'));
    if (usersAllowed) return c.redirect('/console/users', 303);
    return c.html(
      consoleMessagePage(viewer(c), t('console.home.title'), html`<p>${t('console.home.noPage')}</p>`),
    );
  });

  // Users -------------------------------------------------------------------------------------

  app.get('/console/users', CONSOLE_RULES.users, async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 254);
    const rawStatus = c.req.query('status') ?? '';
    const status: UserStatus | '' = rawStatus === 'active' || rawStatus === 'closed' ? rawStatus : '';
    const rows = await searchUsers(deps.db, { q, status });
    return c.html(usersPage(viewer(c), { q, status }, rows));
  });

  app.get('/console/users/:id{[0-9]+}', CONSOLE_RULES.users, async (c) => {
    const d = await loadUser(userId(c));
    const done = c.req.query('done');
    const history = await personHistory(
      deps.db,
      { userId: d.user.id, email: d.user.email },
      deps.clock.now(),
    );
    const erasure = await erasureView(deps.db, d.user.id);
    const choices = await privacyChoicesOf(deps.db, d.user.id);
    return c.html(
      userDetailPage(
        viewer(c),
        d,
        undefined,
        done && done in DONE_MESSAGES ? done : undefined,
        html`${personHistorySection(history)}${processingChoicesSection(choices)}${erasure ? erasureSection(erasure) : ''}`,
      ),
    );
  });

  const userAction = (
    section: UserAction,
    done: string,
    run: (c: C, id: number, values: Record<string, string>) => Promise<void>,
  ) => {
    return async (c: C) => {
      const id = userId(c);
      const values = await formFields(c);
      return formAction(
        c,
        values,
        async (form) => userDetailPage(viewer(c), await loadUser(id), { ...form, section }),
        async () => {
          await run(c, id, values);
          return c.redirect(`/console/users/${id}?done=${done}`, 303);
        },
      );
    };
  };

  app.post(
    '/console/users/:id{[0-9]+}/close',
    CONSOLE_RULES.close,
    userAction('close', 'closed', async (c, id, v) => {
      await closeAccountByPlatform(accounts, {
        operatorId: operatorId(c),
        userId: id,
        input: {
          reason: v.reason ?? '',
          details: v.details ?? '',
          legalGround: v.legalGround ?? '',
          ...(v.source ? { source: v.source } : {}),
        },
        meta: meta(c),
      });
    }),
  );

  app.post(
    '/console/users/:id{[0-9]+}/reopen',
    CONSOLE_RULES.compliance,
    userAction('reopen', 'reopened', async (c, id, v) => {
      const note = (v.note ?? '').trim();
      if (note.length > 2000) throw AppError.invalid([{ field: 'note', message: t('console.noteTooLong') }]);
      await reopenAccount(accounts, { operatorId: operatorId(c), userId: id, note, meta: meta(c) });
    }),
  );

  app.post(
    '/console/users/:id{[0-9]+}/company',
    CONSOLE_RULES.users,
    userAction('company', 'company', async (c, id, v) => {
      const {
        note = '',
        legalName = '',
        addressLine = '',
        postalCode = '',
        city = '',
        country = '',
        vatNumber = '',
      } = v;
      await updateBusinessProfile(accounts, {
        operatorId: operatorId(c),
        userId: id,
        input: { legalName, addressLine, postalCode, city, country, vatNumber, note },
        meta: meta(c),
      });
    }),
  );

  app.post(
    '/console/users/:id{[0-9]+}/authorise-reregistration',
    CONSOLE_RULES.compliance,
    userAction('authorise', 'authorised', async (c, id) => {
      await authoriseReregistration(accounts, { operatorId: operatorId(c), userId: id, meta: meta(c) });
    }),
  );

  // Audit log ---------------------------------------------------------------------------------

  app.get('/console/audit', CONSOLE_RULES.admin, async (c) => {
    const actionText = (c.req.query('action') ?? '').trim().slice(0, 100);
    const userText = (c.req.query('user') ?? '').trim().slice(0, 15);
    const q = {
      action: actionText || undefined,
      userId: positiveInt(userText),
      before: positiveInt(c.req.query('before')),
      limit: AUDIT_PAGE_SIZE,
    };
    if (userText && !q.userId) {
      throw AppError.invalid([{ field: 'user', message: t('console.audit.userIdInvalid') }]);
    }
    const rows = await listAuditEvents(deps.db, q);
    return c.html(auditPage(viewer(c), { ...q, actionText, userText }, rows));
  });

  // Operators ---------------------------------------------------------------------------------

  app.get('/console/operators', CONSOLE_RULES.admin, async (c) => {
    const done = c.req.query('done') === 'invited' ? 'invited' : undefined;
    return c.html(operatorsPage(viewer(c), await listOperators(deps.db), undefined, done));
  });

  app.post('/console/operators/invite', CONSOLE_RULES.admin, async (c) => {
    const values = await formFields(c);
    return formAction(
      c,
      values,
      async (form) => operatorsPage(viewer(c), await listOperators(deps.db), form),
      async () => {
        await inviteOperator(accounts, {
          operatorId: operatorId(c),
          input: { email: values.email ?? '', role: values.role ?? '' },
          meta: meta(c),
        });
        return c.redirect('/console/operators?done=invited', 303);
      },
    );
  });

  // Invitation (public: the invitee has no operator role yet) ---------------------------------

  const invalidInvitation = (c: C) =>
    c.html(
      consoleMessagePage(
        viewer(c),
        t('console.invitation.invalidTitle'),
        html`<p>${t('console.invitation.invalid')}</p>`,
      ),
      404,
    );

  app.get('/console/invitation', PUBLIC, async (c) => {
    const token = c.req.query('token') ?? '';
    const inv = await pendingInvitation(deps.db, token, deps.clock.now());
    if (!inv) return invalidInvitation(c);
    c.header('referrer-policy', 'no-referrer');
    return c.html(invitationPage(viewer(c), token, inv));
  });

  app.post('/console/invitation', PUBLIC, async (c) => {
    const { token = '', name = '', password = '' } = await formFields(c);
    const inv = await pendingInvitation(deps.db, token, deps.clock.now());
    if (!inv) return invalidInvitation(c);
    if (inv.existingAccount) {
      // The address has an account: only its owner, signed in as it and verified, accepts.
      return runFormAction(
        c,
        {},
        (form) => invitationPage(viewer(c), token, inv, form),
        async () => {
          const actor = c.get('actor');
          if (!actor) throw new AppError('UNAUTHORIZED', operatorInviteNeedsSignIn(inv.email));
          await acceptOperatorInviteSignedIn(accounts, { token, userId: actor.userId });
          // Gaining the role ended this session too: operator sessions are opened at sign-in.
          clearSessionCookie(c, deps.config.NODE_ENV === 'production');
          return c.html(
            consoleMessagePage(
              { actor: null, csrf: viewer(c).csrf },
              t('console.invitation.welcome'),
              html`<p class="notice" role="status">${t('console.invitation.welcomeExisting', { email: inv.email, role: inv.role })}</p><p><a href="/fr-fr/sign-in?next=%2Fconsole">${t('console.invitation.signIn')}</a></p>`,
            ),
          );
        },
        INVITATION_FORM_ERRORS,
      );
    }
    return formAction(
      c,
      { name },
      (form) => invitationPage(viewer(c), token, inv, form),
      async () => {
        await acceptOperatorInvite(accounts, { token, name, password });
        return c.html(
          consoleMessagePage(
            viewer(c),
            t('console.invitation.welcome'),
            html`<p class="notice" role="status">${t('console.invitation.welcomeNew', { email: inv.email })}</p><p><a href="/fr-fr/sign-in?next=%2Fconsole">${t('console.invitation.signIn')}</a></p>`,
          ),
        );
      },
    );
  });
}
