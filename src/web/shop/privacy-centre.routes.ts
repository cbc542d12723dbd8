/**
 * The privacy centre of an account (issue 16), `/:market/account/privacy`: each change is a form
 * posting to its own path (CSRF-protected, audited by its use case), then back to the page with
 * what was done, or the page again with what was wrong (4xx naming the field). Erasing the account
 * signs the person out and shows the erasure report.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { findUser } from '../../modules/accounts/accounts.store.ts';
import { userLocale } from '../../modules/accounts/recipient-locale.ts';
import { clearSessionCookie } from '../../modules/accounts/session-cookie.ts';
import { eraseOwnAccount } from '../../modules/privacy/erase-own-account.ts';
import { liftProcessingRestriction } from '../../modules/privacy/lift-processing-restriction.ts';
import { objectToMarketingFromCentre } from '../../modules/privacy/object-to-marketing-from-centre.ts';
import { objectToProcessing } from '../../modules/privacy/object-to-processing.ts';
import { privacyChoicesOf, requestsOf } from '../../modules/privacy/privacy-requests.store.ts';
import { restrictProcessing } from '../../modules/privacy/restrict-processing.ts';
import { setPostmortemDirectives } from '../../modules/privacy/set-postmortem-directives.ts';
import { submitPrivacyRequest } from '../../modules/privacy/submit-privacy-request.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { refusalFor } from '../ui/form-errors.ts';
import type { FormState } from '../ui/forms.ts';
import { formFields, requestContext, requestMeta } from '../ui/request-context.ts';
import { STOREFRONTS } from './catalog.routes.ts';
import {
  CENTRE_DONE,
  type CentreDone,
  type CentreSection,
  erasureReportPage,
  privacyCentrePage,
} from './privacy-centre.pages.ts';

type C = Context<AppEnv>;

/** Only the person themself: every path acts on the signed-in account (authorization matrix). */
export const PRIVACY_CENTRE_RULES = { centre: SIGNED_IN } as const;

export function registerPrivacyCentrePages(app: App, deps: Deps): void {
  const secure = deps.config.NODE_ENV === 'production';
  const ip = (c: C) => requestMeta(c, deps.config.TRUST_PROXY).ip;

  const page = async (
    c: C,
    form: FormState & { section?: CentreSection },
    status = 200,
    done?: CentreDone,
  ) => {
    const ctx = requestContext(c);
    const userId = ctx.actor!.userId;
    const [choices, requests] = await Promise.all([
      privacyChoicesOf(deps.db, userId),
      requestsOf(deps.db, userId),
    ]);
    c.header('cache-control', 'private, no-store');
    return c.html(
      privacyCentrePage(ctx, { choices, requests, email: ctx.actor!.email }, form, done),
      status as 200,
    );
  };

  /** A form of the page: its use case, then back with `done`; a refusal shows the page again. */
  const action =
    (
      section: CentreSection,
      done: CentreDone | ((v: Record<string, string>) => CentreDone),
      run: (c: C, userId: number, v: Record<string, string>) => Promise<unknown>,
    ) =>
    async (c: C) => {
      const ctx = requestContext(c);
      const values = await formFields(c);
      try {
        await run(c, ctx.actor!.userId, values);
      } catch (e) {
        const r = refusalFor(c, e, { messageField: section === 'object' ? 'purpose' : undefined });
        if (!r) throw e;
        const shown = Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
        return page(
          c,
          { values: shown, errors: r.errors, ...(r.message ? { message: r.message } : {}), section },
          r.status,
        );
      }
      const d = typeof done === 'string' ? done : done(values);
      return c.redirect(`${ctx.base}/account/privacy?done=${d}`, 303);
    };

  for (const M of STOREFRONTS) {
    const R = PRIVACY_CENTRE_RULES.centre;
    app.get(`${M}/account/privacy`, R, (c) => {
      const d = c.req.query('done') ?? '';
      return page(c, { values: {}, errors: [] }, 200, d in CENTRE_DONE ? (d as CentreDone) : undefined);
    });

    app.post(
      `${M}/account/privacy/rectify`,
      R,
      action('rectify', 'requested', async (c, userId, v) => {
        const ctx = requestContext(c);
        const user = await findUser(deps.db, userId);
        await submitPrivacyRequest(deps, {
          market: user?.market ?? ctx.market.code,
          locale: user ? userLocale(user) : ctx.market.bcp47,
          kind: 'rectification',
          name: user?.name ?? ctx.actor!.name,
          email: user?.email ?? ctx.actor!.email,
          details: v.details ?? '',
          userId,
        });
      }),
    );
    app.post(
      `${M}/account/privacy/restriction`,
      R,
      action('restrict', 'restricted', (c, userId, v) =>
        restrictProcessing(deps, { userId, reason: v.reason ?? '', ip: ip(c) }),
      ),
    );
    app.post(
      `${M}/account/privacy/restriction/lift`,
      R,
      action('restrict', 'lifted', (c, userId) => liftProcessingRestriction(deps, { userId, ip: ip(c) })),
    );
    app.post(
      `${M}/account/privacy/objections`,
      R,
      action(
        'object',
        (v) => (v.withdraw ? 'withdrawn' : 'objected'),
        (c, userId, v) =>
          objectToProcessing(deps, { userId, purpose: v.purpose ?? '', withdraw: !!v.withdraw, ip: ip(c) }),
      ),
    );
    app.post(
      `${M}/account/privacy/marketing`,
      R,
      action('object', 'marketing', (c, userId) => objectToMarketingFromCentre(deps, { userId, ip: ip(c) })),
    );
    app.post(
      `${M}/account/privacy/directives`,
      R,
      action('directives', 'directives', (c, userId, v) =>
        setPostmortemDirectives(deps, {
          userId,
          instruction: v.instruction ?? '',
          trustedName: v.trustedName ?? '',
          trustedEmail: v.trustedEmail ?? '',
          ip: ip(c),
        }),
      ),
    );

    app.post(`${M}/account/privacy/erase`, R, async (c) => {
      const ctx = requestContext(c);
      const values = await formFields(c);
      let report: Awaited<ReturnType<typeof eraseOwnAccount>>;
      try {
        report = await eraseOwnAccount(deps, { userId: ctx.actor!.userId, password: values.password });
      } catch (e) {
        const r = refusalFor(c, e, { fieldName: () => 'password', messageField: 'password' });
        if (!r) throw e;
        return page(c, { values: {}, errors: r.errors.slice(0, 1), section: 'erase' }, r.status);
      }
      clearSessionCookie(c, secure);
      c.header('cache-control', 'private, no-store');
      return c.html(erasureReportPage({ ...ctx, actor: null }, report));
    });
  }
}
