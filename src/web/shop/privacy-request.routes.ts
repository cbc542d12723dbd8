/**
 * Data-subject requests without an account (issue 16): the public form, the emailed link that
 * confirms the address (a page with a button: mail scanners open links, only a person posts), and
 * the signed link of an access answer, which downloads a ZIP built when it is opened.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { kindsOf } from '../../modules/privacy/privacy-choices.rules.ts';
import { regimeOf } from '../../modules/privacy/request-deadline.rules.ts';
import { requestedDataArchive } from '../../modules/privacy/requested-data-archive.ts';
import { submitPrivacyRequest } from '../../modules/privacy/submit-privacy-request.ts';
import { verifyPrivacyRequest } from '../../modules/privacy/verify-privacy-request.ts';
import { toDate } from '../../platform/calendar.ts';
import { isAppError } from '../../platform/errors.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import type { PageContext } from '../ui/context.ts';
import { emptyForm, formAction } from '../ui/forms.ts';
import { formFields, requestContext } from '../ui/request-context.ts';
import { STOREFRONTS } from './catalog.routes.ts';
import { privacyMessagePage, privacyRequestFormPage } from './privacy-request.pages.ts';

type C = Context<AppEnv>;

/** Anyone may ask, confirm and download (the signed links are the proof): authorization matrix. */
export const PRIVACY_REQUEST_RULES = { form: PUBLIC, verify: PUBLIC, download: PUBLIC } as const;

const dueText = (ctx: PageContext, day: string) =>
  new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'long', timeZone: 'UTC' }).format(toDate(day));

export function registerPrivacyRequestPages(app: App, deps: Deps): void {
  for (const M of STOREFRONTS) {
    const kinds = (ctx: PageContext) => kindsOf(regimeOf(ctx.market.code));

    app.get(`${M}/privacy/request`, PRIVACY_REQUEST_RULES.form, (c) => {
      const ctx = requestContext(c);
      const values: Record<string, string> = ctx.actor
        ? { name: ctx.actor.name, email: ctx.actor.email }
        : {};
      return c.html(privacyRequestFormPage(ctx, kinds(ctx), { ...emptyForm, values }));
    });

    app.post(`${M}/privacy/request`, PRIVACY_REQUEST_RULES.form, async (c) => {
      const ctx = requestContext(c);
      const values = await formFields(c);
      return formAction(
        c,
        values,
        (f) => privacyRequestFormPage(ctx, kinds(ctx), f),
        async () => {
          await submitPrivacyRequest(deps, {
            market: ctx.market.code,
            locale: ctx.market.bcp47,
            kind: values.kind ?? '',
            name: values.name ?? '',
            email: values.email ?? '',
            details: values.details ?? '',
            userId: null,
          });
          return c.html(
            privacyMessagePage(
              ctx,
              ctx.t('privacy.request.sent.title'),
              ctx.t('privacy.request.sent.text', { email: (values.email ?? '').trim() }),
            ),
            201,
          );
        },
      );
    });

    app.get(`${M}/privacy/request/verify`, PRIVACY_REQUEST_RULES.verify, (c) => {
      const ctx = requestContext(c);
      c.header('cache-control', 'private, no-store');
      c.header('referrer-policy', 'no-referrer');
      return c.html(
        privacyMessagePage(ctx, ctx.t('privacy.request.verify.title'), ctx.t('privacy.request.verify.text'), {
          action: `${ctx.base}/privacy/request/verify`,
          token: c.req.query('token') ?? '',
          label: ctx.t('privacy.request.verify.submit'),
        }),
      );
    });

    app.post(`${M}/privacy/request/verify`, PRIVACY_REQUEST_RULES.verify, async (c: C) => {
      const ctx = requestContext(c);
      const { token = '' } = await formFields(c);
      try {
        const r = await verifyPrivacyRequest(deps, { token });
        return c.html(
          privacyMessagePage(
            ctx,
            ctx.t('privacy.request.verified.title'),
            ctx.t('privacy.request.verified.text', { id: String(r.requestId), date: dueText(ctx, r.dueOn) }),
          ),
        );
      } catch (e) {
        if (!isAppError(e) || e.code !== 'NOT_FOUND') throw e;
        return c.html(
          privacyMessagePage(
            ctx,
            ctx.t('privacy.request.verify.title'),
            ctx.t('privacy.request.link.invalid'),
          ),
          404,
        );
      }
    });

    app.get(`${M}/privacy/request/download`, PRIVACY_REQUEST_RULES.download, async (c) => {
      const ctx = requestContext(c);
      try {
        const r = await requestedDataArchive(deps, { token: c.req.query('token') ?? '' });
        return c.body(r.zip as Uint8Array<ArrayBuffer>, 200, {
          'content-type': 'application/zip',
          'content-disposition': `attachment; filename="reloop-data-request-${r.requestId}.zip"`,
          'cache-control': 'private, no-store',
          'referrer-policy': 'no-referrer',
        });
      } catch (e) {
        if (!isAppError(e) || e.code !== 'NOT_FOUND') throw e;
        return c.html(
          privacyMessagePage(ctx, ctx.t('privacy.request.title'), ctx.t('privacy.request.link.invalid')),
          404,
        );
      }
    });
  }
}
