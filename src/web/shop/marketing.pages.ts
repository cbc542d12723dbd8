/**
 * The marketing pages (issue 16): the account's marketing choices, the one-click unsubscribe page
 * of an emailed link (no sign-in), and the US "do not sell or share my personal information" page.
 */
import { html } from 'hono/html';
import { CATEGORIES, CHANNELS, FREQUENCIES } from '../../modules/marketing/marketing.rules.ts';
import type { StoredPreferences } from '../../modules/marketing/marketing.store.ts';
import { checked } from '../ui/components.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState, field, notice } from '../ui/forms.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';

const day = (ctx: PageContext, d: Date) =>
  new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'long', timeZone: ctx.market.timeZone }).format(d);

/** Where the person stands: the basis of what they receive, or their objection. */
function standing(ctx: PageContext, p: StoredPreferences | null): string {
  const { t } = ctx;
  if (p?.objectedAt) return t('marketing.objected', { date: day(ctx, p.objectedAt) });
  const on = !!p && Object.values(p.channels).some(Boolean);
  if (!p || !on || p.basis === 'none' || !p.basisAt) return t('marketing.basis.none');
  return p.basis === 'explicit'
    ? t('marketing.basis.explicit', { date: day(ctx, p.basisAt) })
    : t('marketing.basis.soft', { date: day(ctx, p.basisAt) });
}

export function marketingChoicesPage(
  ctx: PageContext,
  p: StoredPreferences | null,
  o: { done?: string; invalid?: boolean } = {},
): Html {
  const { t } = ctx;
  const channels = p?.channels ?? { email: false, sms: false, push: false };
  const categories = p?.categories ?? [];
  const frequency = p?.frequency ?? 'monthly';
  const done =
    o.done === 'saved'
      ? t('marketing.saved')
      : o.done === 'objected'
        ? t('marketing.object.done')
        : undefined;
  return layout(
    ctx,
    { title: t('marketing.title') },
    html`<div class="settings">
<h1>${t('marketing.title')}</h1>
${notice(done)}
${o.invalid ? errorSummary(ctx, { values: {}, errors: [], message: t('marketing.invalid') }) : ''}
<p>${t('marketing.intro')}</p>
<p class="notice">${standing(ctx, p)}</p>
<form method="post" action="${ctx.base}/account/marketing" novalidate>${csrfField(ctx)}
<fieldset><legend>${t('marketing.channels')}</legend>
  <p class="hint" id="channels-hint">${t('marketing.channels.hint')}</p>
  ${CHANNELS.map((ch) => html`<div class="checkbox"><input id="f-channel-${ch}" type="checkbox" name="channel" value="${ch}" aria-describedby="channels-hint"${checked(channels[ch])}><label for="f-channel-${ch}">${t(`marketing.channel.${ch}`)}</label></div>`)}
</fieldset>
<fieldset><legend>${t('marketing.categories')}</legend>
  ${CATEGORIES.map((c) => html`<div class="checkbox"><input id="f-category-${c}" type="checkbox" name="category" value="${c}"${checked(categories.includes(c))}><label for="f-category-${c}">${t(`marketing.category.${c}`)}</label></div>`)}
</fieldset>
<fieldset><legend>${t('marketing.frequency')}</legend>
  ${FREQUENCIES.map((f) => html`<div class="checkbox"><input id="f-frequency-${f}" type="radio" name="frequency" value="${f}"${checked(frequency === f)}><label for="f-frequency-${f}">${t(`marketing.frequency.${f}`)}</label></div>`)}
</fieldset>
<p class="hint">${t('marketing.consent')}</p>
<button type="submit">${t('marketing.save')}</button>
</form>
<section aria-labelledby="object-h"><h2 id="object-h">${t('marketing.object.title')}</h2>
<p>${t('marketing.object.text')}</p>
<form method="post" action="${ctx.base}/account/marketing/object">${csrfField(ctx)}<button type="submit" class="secondary">${t('marketing.object.submit')}</button></form>
</section>
<p><a href="${ctx.base}/account/alerts">${t('marketing.alerts.title')}</a> · <a href="${ctx.base}/account">${t('account.title')}</a></p>
</div>`,
  );
}

/** The page an emailed unsubscribe link opens: a button (a GET never unsubscribes: scanners prefetch). */
export function unsubscribePage(ctx: PageContext, token: string, state: 'ask' | 'done' | 'invalid'): Html {
  const { t } = ctx;
  const manage = html`<p><a href="${ctx.base}/account/marketing">${t('marketing.unsubscribe.manage')}</a></p>`;
  const body =
    state === 'invalid'
      ? html`<p>${t('marketing.unsubscribe.invalid')}</p>${manage}`
      : state === 'done'
        ? html`<p class="notice" role="status">${t('marketing.unsubscribe.done')}</p>${manage}`
        : html`<p>${t('marketing.unsubscribe.text')}</p>
<form method="post" action="/u/${token}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${t('marketing.unsubscribe.submit')}</button></form>${manage}`;
  return layout(
    ctx,
    { title: t('marketing.unsubscribe.title') },
    html`<h1>${t('marketing.unsubscribe.title')}</h1>${body}`,
  );
}

export type DoNotSellState = {
  /** The browser sent Sec-GPC: 1. */
  gpc: boolean;
  /** The signed-in person's recorded opt-out. */
  recordedAt: Date | null;
  done?: 'sent' | 'confirmed' | 'invalid';
  form: FormState;
};

export function doNotSellPage(ctx: PageContext, s: DoNotSellState): Html {
  const { t } = ctx;
  const action = `${ctx.base}/privacy/do-not-sell`;
  const done =
    s.done === 'sent'
      ? t('marketing.dns.sent')
      : s.done === 'confirmed'
        ? t('marketing.dns.confirmed')
        : undefined;
  let form: Html | '' = '';
  if (ctx.actor && !s.recordedAt) {
    form = html`<form method="post" action="${action}">${csrfField(ctx)}<button type="submit">${t('marketing.dns.submit')}</button></form>`;
  } else if (!ctx.actor && s.done !== 'sent' && s.done !== 'confirmed') {
    form = html`${errorSummary(ctx, s.form, { email: t('marketing.dns.email') })}
<form method="post" action="${action}" novalidate>${csrfField(ctx)}
  ${field(s.form, { name: 'email', label: t('marketing.dns.email'), hint: t('marketing.dns.emailHint'), type: 'email', autocomplete: 'email', required: true, maxlength: 254 })}
  <button type="submit">${t('marketing.dns.submit')}</button>
</form>`;
  }
  return layout(
    ctx,
    { title: t('marketing.dns.title') },
    html`<h1>${t('marketing.dns.title')}</h1>
${notice(done)}
${s.done === 'invalid' ? html`<p class="error" role="alert">${t('marketing.dns.invalid')}</p>` : ''}
<p>${t('marketing.dns.intro')}</p>
${s.gpc ? html`<p class="notice">${t('marketing.dns.gpc')}</p>` : ''}
${s.recordedAt ? html`<p class="notice" role="status">${t('marketing.dns.recorded', { date: day(ctx, s.recordedAt) })}</p>` : ''}
${form}`,
  );
}
