import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { acceptTerms } from '../../modules/accounts/accept-terms.ts';
import type { AccountsDeps } from '../../modules/accounts/accounts.deps.ts';
import {
  currentLegalDocuments,
  findBusinessProfile,
  findUser,
  pendingLegalDocuments,
  rolesOf,
} from '../../modules/accounts/accounts.store.ts';
import { changePassword } from '../../modules/accounts/change-password.ts';
import { closeOwnAccount } from '../../modules/accounts/close-own-account.ts';
import { legalInformationFigures } from '../../modules/accounts/legal-figures.ts';
import { requestPasswordReset, resetPassword } from '../../modules/accounts/password-reset.ts';
import { requestEmailChange } from '../../modules/accounts/request-email-change.ts';
import {
  clearSessionCookie,
  readSessionCookies,
  setSessionCookies,
} from '../../modules/accounts/session-cookie.ts';
import { listOwnSessions, revokeOwnSession } from '../../modules/accounts/sessions.ts';
import { setAccountLanguage } from '../../modules/accounts/set-account-language.ts';
import { signIn } from '../../modules/accounts/sign-in.ts';
import { signUp } from '../../modules/accounts/sign-up.ts';
import { completeSecondFactorSignIn } from '../../modules/accounts/two-factor/complete-second-factor-sign-in.ts';
import { verifyEmail } from '../../modules/accounts/verify-email.ts';
import { contactPoints } from '../../modules/compliance/contact-points.ts';
import { averageMonthlyActiveRecipients } from '../../modules/consent/active-recipients.read-model.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC, SIGNED_IN } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import type { PageContext } from '../ui/context.ts';
import { refusalFor } from '../ui/form-errors.ts';
import { type FormState, formAction } from '../ui/forms.ts';
import { formFields, requestContext, requestMeta, safeNext } from '../ui/request-context.ts';
import {
  forgotPasswordPage,
  messagePage,
  resetPasswordPage,
  secondFactorPage,
  signInPage,
  signUpPage,
  verifyEmailPage,
} from './account-auth.pages.ts';
import { accountPage } from './account-settings.pages.ts';
import { acceptTermsPage, legalDocumentPage } from './account-terms.pages.ts';
import { mergeCartAtSignIn } from './cart.routes.ts';
import { activeRecipientsSection } from './consent.pages.ts';
import { dsaContactSection } from './transparency.pages.ts';

type C = Context<AppEnv>;

export function registerAccountRoutes(app: App, deps: Deps): void {
  const secure = deps.config.NODE_ENV === 'production';
  const meta = (c: C) => requestMeta(c, deps.config.TRUST_PROXY);
  const accounts: AccountsDeps = deps;

  /** A session was opened: cookies, the guest cart merged, then where the person was going. */
  const signedIn = async (
    c: C,
    ctx: PageContext,
    r: { userId: number; sessionToken: string; deviceToken: string },
    next: string | undefined,
  ) => {
    const user = await findUser(deps.db, r.userId);
    const operator = (await rolesOf(deps.db, r.userId)).operator.size > 0;
    await mergeCartAtSignIn(deps, c, ctx.market, r.userId);
    setSessionCookies(c, secure, { ...r, operator });
    return c.redirect(safeNext(next, operator && user?.buyerType === null ? '/console' : ctx.base), 303);
  };

  for (const M of ['/:market{[a-z]{2}-[a-z]{2}}', '/pro/:market{[a-z]{2}-[a-z]{2}}']) {
    app.get(`${M}/sign-in`, PUBLIC, (c) => {
      const ctx = requestContext(c);
      return c.html(signInPage(ctx, { values: {}, errors: [] }, safeNext(c.req.query('next'), '')));
    });
    app.post(`${M}/sign-in`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const { next, ...values } = await formFields(c);
      return formAction(
        c,
        values,
        (f) => signInPage(ctx, f, safeNext(next, '')),
        async () => {
          const cookies = readSessionCookies(c, secure);
          const r = await signIn(accounts, {
            input: { email: values.email ?? '', password: values.password ?? '' },
            meta: meta(c),
            deviceToken: cookies.device,
            previousSessionToken: cookies.session,
            portal: ctx.pro ? 'pro' : 'shop',
          });
          if (r.secondStep !== undefined) {
            const form = { values: {}, errors: [] };
            return c.html(
              secondFactorPage(ctx, form, { secondStep: r.secondStep, next: safeNext(next, '') }),
            );
          }
          return signedIn(c, ctx, r, next);
        },
      );
    });
    app.post(`${M}/sign-in/second-factor`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const { next, secondStep = '', ...values } = await formFields(c);
      return formAction(
        c,
        values,
        (f) => secondFactorPage(ctx, f, { secondStep, next: safeNext(next, '') }),
        async () => {
          const r = await completeSecondFactorSignIn(accounts, {
            secondStep,
            code: values.code ?? '',
            meta: meta(c),
            previousSessionToken: readSessionCookies(c, secure).session,
          });
          return signedIn(c, ctx, r, next);
        },
      );
    });

    app.get(`${M}/sign-up`, PUBLIC, (c) => c.html(signUpPage(requestContext(c), { values: {}, errors: [] })));
    app.post(`${M}/sign-up`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const values = await formFields(c);
      return formAction(
        c,
        values,
        (f) => signUpPage(ctx, f),
        async () => {
          const input = { ...values, acceptTerms: values.acceptTerms ?? false };
          // The account keeps the language of the page it was created on (/de-de → de).
          const language = ctx.market.locale.split('-')[0];
          const r = await signUp(accounts, { input, business: ctx.pro, meta: meta(c), language });
          return c.html(
            messagePage(
              ctx,
              ctx.t('auth.checkEmail.title'),
              ctx.t('auth.checkEmail.text', { email: r.email }),
            ),
            201,
          );
        },
      );
    });

    app.get(`${M}/verify-email`, PUBLIC, (c) =>
      c.html(verifyEmailPage(requestContext(c), c.req.query('token') ?? '')),
    );
    app.post(`${M}/verify-email`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const { token } = await formFields(c);
      return formAction(
        c,
        {},
        (f) => messagePage(ctx, ctx.t('auth.verify.title'), f.message ?? ''),
        async () => {
          await verifyEmail(accounts, { token });
          const link = ctx.actor
            ? { href: `${ctx.base}/account`, label: ctx.t('nav.account') }
            : { href: `${ctx.base}/sign-in`, label: ctx.t('nav.signIn') };
          return c.html(messagePage(ctx, ctx.t('auth.verify.title'), ctx.t('auth.verify.done'), link));
        },
      );
    });

    app.get(`${M}/forgot-password`, PUBLIC, (c) =>
      c.html(forgotPasswordPage(requestContext(c), { values: {}, errors: [] })),
    );
    app.post(`${M}/forgot-password`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const values = await formFields(c);
      return formAction(
        c,
        values,
        (f) => forgotPasswordPage(ctx, f),
        async () => {
          await requestPasswordReset(accounts, { email: values.email ?? '', meta: meta(c) });
          return c.html(
            messagePage(
              ctx,
              ctx.t('auth.forgot.title'),
              ctx.t('auth.forgot.sent', { email: values.email ?? '' }),
            ),
          );
        },
      );
    });

    app.get(`${M}/reset-password`, PUBLIC, (c) =>
      c.html(resetPasswordPage(requestContext(c), { values: {}, errors: [] }, c.req.query('token') ?? '')),
    );
    app.post(`${M}/reset-password`, PUBLIC, async (c) => {
      const ctx = requestContext(c);
      const { token = '', ...values } = await formFields(c);
      return formAction(
        c,
        values,
        (f) => resetPasswordPage(ctx, f, token),
        async () => {
          await resetPassword(accounts, { token, password: values.password ?? '', meta: meta(c) });
          return c.html(
            messagePage(ctx, ctx.t('auth.reset.title'), ctx.t('auth.reset.done'), {
              href: `${ctx.base}/sign-in`,
              label: ctx.t('nav.signIn'),
            }),
          );
        },
      );
    });

    const settings = async (c: C, form: FormState & { section?: string }, status = 200) => {
      const ctx = requestContext(c);
      const actor = ctx.actor!;
      const [user, sessions, company] = await Promise.all([
        findUser(deps.db, actor.userId),
        listOwnSessions(deps, actor),
        findBusinessProfile(deps.db, actor.userId),
      ]);
      return c.html(
        accountPage(
          ctx,
          {
            name: user!.name,
            email: user!.email,
            emailVerified: !!user!.emailVerifiedAt,
            buyerType: user!.buyerType,
            company: company ?? null,
            sessions,
            language: user!.language,
          },
          form,
        ),
        status as 200,
      );
    };
    const settingsAction =
      (section: string, run: (c: C, v: Record<string, string>, ctx: PageContext) => Promise<string>) =>
      async (c: C) => {
        const ctx = requestContext(c);
        const values = await formFields(c);
        try {
          const message = await run(c, values, ctx);
          return settings(c, { values: {}, errors: [], message });
        } catch (e) {
          // A refusal without fields is shown under the section's form (an unknown session too).
          const r = refusalFor(c, e, { alsoShow: ['NOT_FOUND'], messageField: section });
          if (!r) throw e;
          return settings(c, { values: {}, errors: r.errors, section }, r.status);
        }
      };

    app.get(`${M}/account`, SIGNED_IN, (c) => settings(c, { values: {}, errors: [] }));
    app.post(
      `${M}/account/email`,
      SIGNED_IN,
      settingsAction('email', async (c, v, ctx) => {
        await requestEmailChange(accounts, {
          userId: ctx.actor!.userId,
          newEmail: v.newEmail ?? '',
          currentPassword: v.currentPassword,
          meta: meta(c),
        });
        return ctx.t('account.changeEmail.sent');
      }),
    );
    app.post(
      `${M}/account/language`,
      SIGNED_IN,
      settingsAction('language', async (c, v, ctx) => {
        await setAccountLanguage(accounts, {
          userId: ctx.actor!.userId,
          language: v.language,
          meta: meta(c),
        });
        return ctx.t('settings.language.saved');
      }),
    );
    app.post(
      `${M}/account/password`,
      SIGNED_IN,
      settingsAction('password', async (c, v, ctx) => {
        await changePassword(accounts, {
          userId: ctx.actor!.userId,
          sessionId: ctx.actor!.sessionId,
          currentPassword: v.currentPassword,
          newPassword: v.newPassword ?? '',
          meta: meta(c),
        });
        return ctx.t('account.changePassword.done');
      }),
    );
    app.post(
      `${M}/account/sessions/revoke`,
      SIGNED_IN,
      settingsAction('session', async (c, v, ctx) => {
        await revokeOwnSession(deps, { userId: ctx.actor!.userId, targetId: v.session ?? '', meta: meta(c) });
        return ctx.t('account.sessions.revoked');
      }),
    );
    app.post(`${M}/account/close`, SIGNED_IN, async (c) => {
      const ctx = requestContext(c);
      const values = await formFields(c);
      try {
        await closeOwnAccount(accounts, {
          userId: ctx.actor!.userId,
          currentPassword: values.closePassword,
          meta: meta(c),
        });
      } catch (e) {
        // The form has one field: whatever was refused is shown under it.
        const r = refusalFor(c, e, { fieldName: () => 'closePassword', messageField: 'closePassword' });
        if (!r) throw e;
        return settings(c, { values: {}, errors: r.errors.slice(0, 1), section: 'close' }, r.status);
      }
      clearSessionCookie(c, secure);
      return c.html(
        messagePage({ ...ctx, actor: null }, ctx.t('account.closed.title'), ctx.t('account.closed.text')),
      );
    });

    app.get(`${M}/account/terms`, SIGNED_IN, async (c) => {
      const ctx = requestContext(c);
      const actor = ctx.actor!;
      const docs = await pendingLegalDocuments(
        deps.db,
        actor.userId,
        actor.market,
        deps.clock.now(),
        ctx.market.locale.split('-')[0],
      );
      if (!docs.length) return c.redirect(`${ctx.base}/account`, 303);
      return c.html(acceptTermsPage(ctx, docs));
    });
    app.post(`${M}/account/terms`, SIGNED_IN, async (c) => {
      const ctx = requestContext(c);
      await acceptTerms(accounts, { userId: ctx.actor!.userId, meta: meta(c) });
      return c.redirect(ctx.base, 303);
    });
  }

  app.get('/:market{[a-z]{2}-[a-z]{2}}/legal/:kind{terms|privacy|information}', PUBLIC, async (c) => {
    const ctx = requestContext(c);
    const now = deps.clock.now();
    const language = ctx.market.locale.split('-')[0]!;
    const docs = await currentLegalDocuments(deps.db, ctx.market.code, now, language);
    const doc = docs.find((d) => d.kind === c.req.param('kind'));
    if (!doc) throw AppError.notFound('Document');
    const figures =
      doc.kind === 'information'
        ? await legalInformationFigures(deps.db, {
            market: ctx.market,
            language,
            locale: ctx.market.bcp47,
            now,
          })
        : {};
    // DSA Art. 24(2): the figure's period and method under the document (consent module).
    const recipients =
      doc.kind === 'information'
        ? activeRecipientsSection(ctx, await averageMonthlyActiveRecipients(deps.db, now))
        : '';
    // DSA Arts. 11–12: the contact points after it (compliance module).
    const after =
      doc.kind === 'information'
        ? dsaContactSection(ctx, contactPoints(deps.config, deps.siteUrl), recipients)
        : recipients;
    return c.html(legalDocumentPage(ctx, doc, figures, after));
  });

  app.post('/sign-out', PUBLIC, async (c) => {
    const { session } = readSessionCookies(c, secure);
    const actor = c.get('actor');
    if (actor && session) {
      await revokeOwnSession(deps, {
        userId: actor.userId,
        targetId: hashToken(session),
        meta: meta(c),
        reason: 'sign_out',
      });
    }
    clearSessionCookie(c, secure);
    const back = /^\/pro\//.test(new URL(c.req.header('referer') ?? 'http://x/').pathname)
      ? '/pro/fr-fr'
      : '/';
    return c.redirect(back, 303);
  });
}
