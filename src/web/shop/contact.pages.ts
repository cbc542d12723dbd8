/** The platform's contact form (ToU art. 8.1) and its confirmation, in the storefront's language. */
import { html, raw } from 'hono/html';
import {
  MAX_TICKET_MESSAGE_LENGTH,
  TICKET_TOPICS,
} from '../../modules/customer-service/support-ticket.rules.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState, field } from '../ui/forms.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';

const EMPTY: FormState = { values: {}, errors: [] };

export const contactLabels = (ctx: PageContext): Record<string, string> => ({
  topic: ctx.t('contact.topic'),
  email: ctx.t('contact.email'),
  message: ctx.t('contact.message'),
});

function messageField(ctx: PageContext, form: FormState): Html {
  const label = ctx.t('contact.message');
  const error = form.errors.find((e) => e.field === 'message')?.message;
  return html`<div class="field">
  <label for="f-message">${label}</label>
  ${error ? html`<span class="error" id="f-message-error">${label}: ${error}</span>` : ''}
  <textarea id="f-message" name="message" rows="8" maxlength="${MAX_TICKET_MESSAGE_LENGTH}" required${error ? raw(' aria-invalid="true" aria-describedby="f-message-error"') : ''}>${form.values.message ?? ''}</textarea>
</div>`;
}

export function contactPage(ctx: PageContext, form: FormState = EMPTY): Html {
  const { t } = ctx;
  const values = { topic: 'question', ...(ctx.actor ? { email: ctx.actor.email } : {}), ...form.values };
  const f: FormState = { ...form, values };
  return layout(
    ctx,
    { title: t('contact.title') },
    html`<h1>${t('contact.title')}</h1>
<p>${t('contact.intro')}</p>
<p>${t('contact.orderHelp')}</p>
${errorSummary(ctx, form, contactLabels(ctx))}
<form method="post" action="/${ctx.market.locale}/contact" novalidate class="contact-form">${csrfField(ctx)}
  ${field(f, { name: 'topic', label: t('contact.topic'), required: true, options: TICKET_TOPICS.map((x) => ({ value: x, label: t(`contact.topic.${x}`) })) })}
  ${field(f, { name: 'email', label: t('contact.email'), hint: t('contact.emailHint'), type: 'email', autocomplete: 'email', required: true, maxlength: 254 })}
  ${messageField(ctx, f)}
  <button type="submit">${t('contact.send')}</button>
</form>`,
  );
}

export function contactSentPage(ctx: PageContext, number: string): Html {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('contact.sent.title') },
    html`<h1>${t('contact.sent.title')}</h1>
<p class="notice" role="status">${t('contact.sent.text', { number })}</p>
<p><a href="${ctx.base}">${t('contact.sent.back')}</a></p>`,
  );
}
