import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Deps } from '../../app/deps.ts';
import { findProduct } from '../../modules/catalog/catalog.store.ts';
import { type ConsentAnswer, consents } from '../../modules/consent/consent.rules.ts';
import { consentChoiceOf, rememberConsentChoice } from '../../modules/consent/consent-cookie.ts';
import { STORED_COOKIES } from '../../modules/consent/cookie-inventory.ts';
import {
  parseRecent,
  RECENT_COOKIE,
  RECENT_COOKIE_MAX_AGE_S,
  recentCookieValue,
  viewed,
} from '../../modules/consent/recently-viewed.rules.ts';
import { recordConsentChoice } from '../../modules/consent/record-consent-choice.ts';
import { processingChoicesOf } from '../../modules/privacy/processing-choices.read-model.ts';
import { mayProcess } from '../../modules/privacy/processing-choices.rules.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { localPath } from '../../platform/http/safe-redirect.ts';
import { DEFAULT_MARKET, marketByLocale } from '../../platform/markets.ts';
import type { PageContext } from '../ui/context.ts';
import { requestContext } from '../ui/request-context.ts';
import {
  cookiePreferencesPage,
  cookiesPage,
  type RecentProduct,
  recentlyViewedSection,
} from './consent.pages.ts';

const M = '/:market{[a-z]{2}-[a-z]{2}}';
const ANSWERS = new Set<ConsentAnswer>(['accept_all', 'reject_all', 'custom']);

/**
 * The consent pages: the answer of the banner and of the preferences page (`POST /consent`), the
 * preferences page and the cookies page of each market.
 */
export function registerConsentPages(app: App, deps: Deps): void {
  const secure = deps.config.NODE_ENV === 'production';

  app.post('/consent', PUBLIC, async (c) => {
    const body = await c.req.parseBody({ all: true });
    const one = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : undefined);
    const answer = one('choice');
    if (!answer || !ANSWERS.has(answer as ConsentAnswer)) {
      throw AppError.invalid(
        [{ field: 'choice', message: 'Choose accept_all, reject_all or custom' }],
        'choice: choose accept_all, reject_all or custom',
      );
    }
    const method = one('method') === 'preferences' ? 'preferences' : 'banner';
    const market = marketByLocale(one('market') ?? '') ?? DEFAULT_MARKET;
    const ticked = ([] as unknown[])
      .concat(body.purposes ?? [])
      .filter((p): p is string => typeof p === 'string');
    const choice = await recordConsentChoice(deps, {
      answer: answer as ConsentAnswer,
      ticked,
      market: market.code,
      userId: c.get('actor')?.userId ?? null,
      method,
      previousId: consentChoiceOf(c)?.id ?? null,
    });
    rememberConsentChoice(c, choice, secure);
    const next = localPath(one('next')) ?? `/${market.locale}`;
    if (method === 'preferences') {
      const back = localPath(one('next'));
      return c.redirect(
        `/${market.locale}/privacy/cookies?saved=1${back ? `&next=${encodeURIComponent(back)}` : ''}`,
        303,
      );
    }
    return c.redirect(next, 303);
  });

  app.get(`${M}/privacy/cookies`, PUBLIC, (c) => {
    const ctx = requestContext(c);
    return c.html(
      cookiePreferencesPage(ctx, {
        saved: c.req.query('saved') === '1',
        next: localPath(c.req.query('next')) ?? ctx.path,
      }),
    );
  });

  app.get(`${M}/legal/cookies`, PUBLIC, (c) => c.html(cookiesPage(requestContext(c), STORED_COOKIES)));
}

/**
 * The recently viewed products of this browser, read from `rl_recent` only with the
 * `personalisation` consent (without it the cookie is neither read nor kept: a leftover is
 * expired), and for a signed-in person only while they neither object to personalised
 * recommendations nor restrict processing (privacy centre: consent does not override them). On a
 * product page, `viewing` joins the list for next time.
 */
export async function recentlyViewed(
  deps: Pick<Deps, 'db' | 'config'>,
  c: Context,
  ctx: PageContext,
  viewing?: string,
): Promise<ReturnType<typeof recentlyViewedSection>> {
  const secure = deps.config.NODE_ENV === 'production';
  const allowed =
    consents(ctx.consentChoice ?? null, 'personalisation') &&
    (!ctx.actor || mayProcess(await processingChoicesOf(deps.db, ctx.actor.userId), 'recommendations'));
  if (!allowed) {
    if (getCookie(c, RECENT_COOKIE) !== undefined) deleteCookie(c, RECENT_COOKIE, { path: '/', secure });
    return '';
  }
  const list = parseRecent(getCookie(c, RECENT_COOKIE));
  if (viewing) {
    setCookie(c, RECENT_COOKIE, recentCookieValue(viewed(list, viewing)), {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      maxAge: RECENT_COOKIE_MAX_AGE_S,
    });
  }
  const rows = await Promise.all(list.filter((s) => s !== viewing).map((s) => findProduct(deps.db, s)));
  const products: RecentProduct[] = rows.flatMap((p) => (p ? [{ slug: p.slug, name: p.name }] : []));
  return recentlyViewedSection(ctx, products);
}
