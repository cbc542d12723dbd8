import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { needsBanner } from '../../modules/consent/consent.rules.ts';
import type { PageContext } from './context.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The per-purpose cookie preferences of a market (web/shop/consent.routes.ts). */
export const preferencesPath = (ctx: PageContext) => `/${ctx.market.locale}/privacy/cookies`;

/** Where a choice made on this page comes back to. */
const here = (ctx: PageContext) => `${ctx.path}${ctx.query}`;

/**
 * The consent banner (ePrivacy Art. 5(3)): while this browser has recorded no choice, and only
 * because something optional exists. A plain form, no script: accept and reject are the same
 * element with the same class, side by side; the per-purpose choice is one link away.
 */
export function consentBanner(ctx: PageContext): Html | '' {
  if (ctx.consentChoice === undefined || !needsBanner(ctx.consentChoice) || ctx.path === preferencesPath(ctx))
    return '';
  const { t } = ctx;
  return html`<section class="consent-banner" aria-labelledby="consent-banner-h">
  <div class="wrap">
    <h2 id="consent-banner-h">${t('consent.banner.title')}</h2>
    <p>${t('consent.banner.text')}</p>
    <form method="post" action="/consent" class="consent-actions"><input type="hidden" name="_csrf" value="${ctx.csrf}">
      <input type="hidden" name="market" value="${ctx.market.locale}">
      <input type="hidden" name="method" value="banner">
      <input type="hidden" name="next" value="${here(ctx)}">
      <button type="submit" name="choice" value="accept_all" class="consent-choice">${t('consent.banner.accept')}</button>
      <button type="submit" name="choice" value="reject_all" class="consent-choice">${t('consent.banner.reject')}</button>
    </form>
    <p><a href="${preferencesPath(ctx)}?next=${encodeURIComponent(here(ctx))}">${t('consent.banner.choose')}</a></p>
  </div>
</section>`;
}

/** The footer link to the preferences, on every storefront page: withdrawing is one click away. */
export function cookiePreferencesLink(ctx: PageContext): Html {
  return html`<a href="${preferencesPath(ctx)}">${ctx.t('consent.footer.preferences')}</a>`;
}
