import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { submitContactForm } from '../../modules/customer-service/submit-contact-form.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { readerLocale } from '../../platform/i18n.ts';
import { marketByCode } from '../../platform/markets.ts';
import { formAction } from '../ui/forms.ts';
import { formFields, requestContext } from '../ui/request-context.ts';
import { contactPage, contactSentPage } from './contact.pages.ts';

type C = Context<AppEnv>;

/** Who may write to customer service: anyone, signed in or not (rate-limited per IP, app/rate-limits.ts). */
export const CONTACT_RULES = { contact: PUBLIC } as const;

/** The platform's contact form (ToU art. 8.1): `/:market/contact`, then its confirmation. */
export function registerContactRoutes(app: App, deps: Deps): void {
  const M = '/:market{[a-z]{2}-[a-z]{2}}';

  app.get(`${M}/contact`, CONTACT_RULES.contact, (c) => {
    const ctx = requestContext(c);
    c.header('cache-control', 'no-store');
    const sent = c.req.query('sent');
    if (sent && /^\d{1,12}$/.test(sent)) return c.html(contactSentPage(ctx, sent));
    return c.html(contactPage(ctx));
  });

  app.post(`${M}/contact`, CONTACT_RULES.contact, async (c: C) => {
    const ctx = requestContext(c);
    const { topic = '', email = '', message = '' } = await formFields(c);
    const actor = c.get('actor') ?? null;
    // The sender reads replies in their account's language, else the page's.
    const locale = actor
      ? readerLocale(actor.language, marketByCode(actor.market) ?? ctx.market)
      : ctx.market.bcp47;
    return formAction(
      c,
      { topic, email, message },
      (form) => contactPage(ctx, form),
      async () => {
        const { ticketId } = await submitContactForm(
          { db: deps.db, mailer: deps.mailer, now: deps.clock.now() },
          {
            market: ctx.market.code,
            locale,
            userId: actor?.userId ?? null,
            values: { topic, email, message },
          },
        );
        return c.redirect(`/${ctx.market.locale}/contact?sent=${ticketId}`, 303);
      },
    );
  });
}
