import type { Context } from 'hono';
import QRCode from 'qrcode';
import type { Deps } from '../../app/deps.ts';
import { findUser } from '../../modules/accounts/accounts.store.ts';
import { confirmSecondFactor } from '../../modules/accounts/two-factor/confirm-second-factor.ts';
import { disableSecondFactor } from '../../modules/accounts/two-factor/disable-second-factor.ts';
import { regenerateRecoveryCodes } from '../../modules/accounts/two-factor/regenerate-recovery-codes.ts';
import { startSecondFactorEnrolment } from '../../modules/accounts/two-factor/start-second-factor-enrolment.ts';
import { totpUri } from '../../modules/accounts/two-factor/totp.ts';
import { secondFactorStatus } from '../../modules/accounts/two-factor/two-factor.store.ts';
import type { AppErrorCode } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { formAction } from '../ui/forms.ts';
import { formFields, requestMeta } from '../ui/request-context.ts';
import type { Viewer } from './console-layout.ts';
import { recoveryCodesPage, type SecurityForm, securityPage } from './security.pages.ts';

type C = Context<AppEnv>;

/** Every operator manages their own second factor; admins reach this page before having one. */
export const SECURITY_RULE = access({
  kind: 'operator',
  roles: ['support', 'moderator', 'compliance'],
  beforeSecondFactor: true,
});

/** A wrong or spent code, too many of them, nothing to confirm: shown on the page's form. */
const SECURITY_FORM_ERRORS = new Set<AppErrorCode>(['INVALID_INPUT', 'RATE_LIMITED', 'INVALID_STATE']);

export function registerConsoleSecurityRoutes(app: App, deps: Deps): void {
  const meta = (c: C) => requestMeta(c, deps.config.TRUST_PROXY);
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const me = (c: C) => c.get('actor')!;

  const page = async (c: C, a: Parameters<typeof securityPage>[2] = {}) => {
    const actor = me(c);
    const status = await secondFactorStatus(deps.db, actor.userId);
    const email = (await findUser(deps.db, actor.userId))?.email ?? actor.email;
    const qrSvg = status.pendingSecret
      ? await QRCode.toString(totpUri(status.pendingSecret, email), { type: 'svg', margin: 1 })
      : null;
    return securityPage(viewer(c), { ...status, isAdmin: actor.operatorRoles.has('admin'), qrSvg }, a);
  };
  const codeForm = (which: SecurityForm, run: (c: C, code: string) => Promise<Response>) => async (c: C) => {
    const values = await formFields(c);
    return formAction(
      c,
      values,
      (form) => page(c, { form, formFor: which }),
      () => run(c, values.code ?? ''),
      SECURITY_FORM_ERRORS,
    );
  };

  app.get('/console/security', SECURITY_RULE, async (c) =>
    c.html(await page(c, { done: c.req.query('done') })),
  );
  app.post('/console/security/enrol', SECURITY_RULE, async (c) => {
    await startSecondFactorEnrolment(deps, { userId: me(c).userId });
    return c.redirect('/console/security?done=started', 303);
  });
  app.post(
    '/console/security/confirm',
    SECURITY_RULE,
    codeForm('confirm', async (c, code) => {
      const actor = me(c);
      const r = await confirmSecondFactor(deps, {
        userId: actor.userId,
        sessionId: actor.sessionId,
        code,
        meta: meta(c),
      });
      // The page is rendered for a session that now passed the second factor.
      return c.html(
        recoveryCodesPage({ ...viewer(c), actor: { ...actor, needsSecondFactor: false } }, r.recoveryCodes),
      );
    }),
  );
  app.post(
    '/console/security/recovery-codes',
    SECURITY_RULE,
    codeForm('recovery', async (c, code) => {
      const r = await regenerateRecoveryCodes(deps, { userId: me(c).userId, code, meta: meta(c) });
      return c.html(recoveryCodesPage(viewer(c), r.recoveryCodes));
    }),
  );
  app.post(
    '/console/security/disable',
    SECURITY_RULE,
    codeForm('disable', async (c, code) => {
      await disableSecondFactor(deps, { userId: me(c).userId, code, meta: meta(c) });
      return c.redirect('/console/security?done=disabled', 303);
    }),
  );
}
