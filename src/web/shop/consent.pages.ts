import { html } from 'hono/html';
import type { ActiveRecipients } from '../../modules/consent/active-recipients.rules.ts';
import { CONSENT_PURPOSES, consents } from '../../modules/consent/consent.rules.ts';
import type { StoredCookie } from '../../modules/consent/cookie-inventory.ts';
import { checked } from '../ui/components.ts';
import { preferencesPath } from '../ui/consent-banner.ts';
import type { PageContext } from '../ui/context.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';

/**
 * Per-purpose preferences: a box per optional purpose, ticked only when this browser already
 * granted it (never by default), and the same two one-click answers as the banner.
 */
export function cookiePreferencesPage(ctx: PageContext, opts: { saved: boolean; next: string }): Html {
  const { t } = ctx;
  const choice = ctx.consentChoice ?? null;
  return layout(
    ctx,
    { title: t('consent.prefs.title') },
    html`<section class="stack consent-preferences">
<h1>${t('consent.prefs.title')}</h1>
${opts.saved ? html`<p class="notice" role="status">${t('consent.prefs.saved')}</p>` : ''}
<p>${t('consent.prefs.intro')}</p>
<p class="muted">${choice ? t('consent.prefs.current') : t('consent.prefs.none')}</p>
<form method="post" action="/consent" class="stack">${csrfField(ctx)}
  <input type="hidden" name="market" value="${ctx.market.locale}">
  <input type="hidden" name="method" value="preferences">
  <input type="hidden" name="next" value="${opts.next}">
  <fieldset>
    <legend>${t('consent.prefs.necessary.title')}</legend>
    <p>${t('consent.prefs.necessary.text')}</p>
  </fieldset>
  <fieldset>
    <legend>${t('consent.prefs.purposes')}</legend>
    ${CONSENT_PURPOSES.map(
      (p) => html`<div class="check">
      <input type="checkbox" id="purpose-${p}" name="purposes" value="${p}" aria-describedby="purpose-${p}-text"${checked(consents(choice, p))}>
      <label for="purpose-${p}">${t(`consent.purpose.${p}.title`)}</label>
      <p id="purpose-${p}-text" class="muted">${t(`consent.purpose.${p}.text`)}</p>
    </div>`,
    )}
  </fieldset>
  <p><button type="submit" name="choice" value="custom">${t('consent.prefs.save')}</button></p>
  <p class="consent-actions">
    <button type="submit" name="choice" value="accept_all" class="consent-choice">${t('consent.banner.accept')}</button>
    <button type="submit" name="choice" value="reject_all" class="consent-choice">${t('consent.banner.reject')}</button>
  </p>
</form>
<p>${t('consent.prefs.audience')}</p>
<p><a href="/${ctx.market.locale}/legal/cookies">${t('consent.prefs.cookiesLink')}</a></p>
</section>`,
  );
}

const duration = (ctx: PageContext, c: StoredCookie) =>
  c.maxAgeDays === null
    ? ctx.t('consent.cookies.session')
    : ctx.t('consent.cookies.days', { days: c.maxAgeDays });

/** Every cookie the site stores, with its purpose, duration and category, and the cookieless audience. */
export function cookiesPage(ctx: PageContext, cookies: readonly StoredCookie[]): Html {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('consent.cookies.title') },
    html`<section class="stack">
<h1>${t('consent.cookies.title')}</h1>
<p>${t('consent.cookies.intro')}</p>
<div class="table-scroll" tabindex="0"><table class="cookies">
  <caption>${t('consent.cookies.caption')}</caption>
  <thead><tr><th scope="col">${t('consent.cookies.name')}</th><th scope="col">${t('consent.cookies.purpose')}</th><th scope="col">${t('consent.cookies.duration')}</th><th scope="col">${t('consent.cookies.category')}</th></tr></thead>
  <tbody>${cookies.map(
    (c) =>
      html`<tr><th scope="row"><code>${c.name}</code></th><td>${t(`consent.cookies.purpose.${c.purpose}`)}${c.hostPrefixInProduction ? html` <span class="muted">${t('consent.cookies.hostPrefix')}</span>` : ''}</td><td>${duration(ctx, c)}</td><td>${t(`consent.cookies.category.${c.category}`)}</td></tr>`,
  )}</tbody>
</table></div>
<h2>${t('consent.cookies.audience.title')}</h2>
<p>${t('consent.cookies.audience.text')}</p>
<p><a href="${preferencesPath(ctx)}">${t('consent.cookies.prefsLink')}</a></p>
</section>`,
  );
}

export type RecentProduct = { slug: string; name: string };

/** The products this browser viewed lately (only with the `personalisation` consent). */
export function recentlyViewedSection(ctx: PageContext, products: readonly RecentProduct[]): Html | '' {
  if (!products.length) return '';
  const { t } = ctx;
  return html`<section aria-labelledby="recent-h" class="recently-viewed">
  <h2 id="recent-h">${t('consent.recent.title')}</h2>
  <ul class="grid">${products.map(
    (p) => html`<li class="card"><a href="${ctx.base}/p/${p.slug}" class="card-link">
    <img src="/images/products/${p.slug}.svg" alt="" width="200" height="150" loading="lazy">
    <span class="card-name">${p.name}</span></a></li>`,
  )}</ul>
  <p class="small"><a href="${preferencesPath(ctx)}">${t('consent.recent.change')}</a></p>
</section>`;
}

/** DSA Art. 24(2) on the legal information page: the figure, its period and how it is counted. */
export function activeRecipientsSection(ctx: PageContext, r: ActiveRecipients): Html {
  const { t } = ctx;
  const day = (iso: string) =>
    new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return html`<section aria-labelledby="recipients-h" class="legal active-recipients">
  <h2 id="recipients-h">${t('consent.recipients.title')}</h2>
  <p>${t('consent.recipients.figure', {
    start: day(r.periodStart),
    end: day(r.periodEnd),
    count: new Intl.NumberFormat(ctx.market.bcp47).format(r.averageMonthlyActiveRecipients),
  })}</p>
  <p>${t('consent.recipients.method')}</p>
  <p><a href="/api/v1/dsa/active-recipients">${t('consent.recipients.data')}</a></p>
</section>`;
}
