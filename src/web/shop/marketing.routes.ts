/**
 * The marketing pages (issue 16): the account's marketing choices (signed in), the one-click
 * unsubscribe link of marketing emails (`/u/:token`, no sign-in) and the US market's "do not sell
 * or share my personal information" page. The use cases are the marketing module's.
 *
 * `POST /u/:token` is exempt from the CSRF check (http-app.ts): mail clients send it from outside
 * any page (RFC 8058), with no cookie. That is safe because it needs no ambient credential at all
 * — the signed token in the URL names the person and list, and forging one needs the server
 * secret — and because the only thing it can do is turn marketing off, idempotently: a forged or
 * replayed request can at worst unsubscribe the very person whose link it is.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { readerStorefront, userLocale } from '../../modules/accounts/recipient-locale.ts';
import { confirmSaleOptOut } from '../../modules/marketing/confirm-sale-opt-out.ts';
import {
  type Category,
  type Channel,
  type Frequency,
  isCategory,
  isChannel,
  isFrequency,
} from '../../modules/marketing/marketing.rules.ts';
import { loadPreferences } from '../../modules/marketing/marketing.store.ts';
import { activePerson } from '../../modules/marketing/marketing-people.read-model.ts';
import { objectToMarketing } from '../../modules/marketing/object-to-marketing.ts';
import { optOutOfSale } from '../../modules/marketing/opt-out-of-sale.ts';
import { requestSaleOptOut } from '../../modules/marketing/request-sale-opt-out.ts';
import { saveMarketingChoices } from '../../modules/marketing/save-marketing-choices.ts';
import { unsubscribeFromList } from '../../modules/marketing/unsubscribe-from-list.ts';
import { readUnsubscribe } from '../../modules/marketing/unsubscribe-token.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC, SIGNED_IN } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { DEFAULT_MARKET, marketByLocale, marketFromAcceptLanguage } from '../../platform/markets.ts';
import { PSEUDO_LOCALE } from '../../platform/pseudo-locale.ts';
import { type PageContext, pageContext } from '../ui/context.ts';
import { formFields, requestContext } from '../ui/request-context.ts';
import { doNotSellPage, marketingChoicesPage, unsubscribePage } from './marketing.pages.ts';

type C = Context<AppEnv>;

/** Who may open each page (authorization matrix). */
export const MARKETING_PAGE_RULES = {
  choices: SIGNED_IN,
  unsubscribe: PUBLIC,
  doNotSell: PUBLIC,
} as const;

const UNSUBSCRIBE_PATH = /^\/u\/[A-Za-z0-9._-]{1,80}$/;

/** The one-click unsubscribe POST, which mail clients send without a page's CSRF token (see above). */
export const isOneClickUnsubscribe = (c: Context): boolean =>
  c.req.method === 'POST' && UNSUBSCRIBE_PATH.test(c.req.path);

/** The US storefront only: the "do not sell or share" page is a US-law page. */
const US = '/:market{en-us}';
const SHOP = '/:market{[a-z]{2}-[a-z]{2}}';

export function registerMarketingPages(app: App, deps: Deps): void {
  // ————— The account's marketing choices —————
  app.get(`${SHOP}/account/marketing`, MARKETING_PAGE_RULES.choices, async (c) => {
    const ctx = requestContext(c);
    c.header('cache-control', 'private, no-store');
    const prefs = await loadPreferences(deps.db, c.get('actor')!.userId);
    return c.html(marketingChoicesPage(ctx, prefs, { done: c.req.query('done') }));
  });

  app.post(`${SHOP}/account/marketing`, MARKETING_PAGE_RULES.choices, async (c) => {
    const ctx = requestContext(c);
    const userId = c.get('actor')!.userId;
    const body = await c.req.parseBody({ all: true });
    const list = (v: unknown): string[] =>
      (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
    const channels = list(body.channel);
    const categories = list(body.category);
    const frequency = typeof body.frequency === 'string' ? body.frequency : 'monthly';
    if (!channels.every(isChannel) || !categories.every(isCategory) || !isFrequency(frequency)) {
      const prefs = await loadPreferences(deps.db, userId);
      return c.html(marketingChoicesPage(ctx, prefs, { invalid: true }), 400);
    }
    const on = (ch: Channel) => (channels as Channel[]).includes(ch);
    await saveMarketingChoices(deps, {
      userId,
      source: 'account',
      choices: {
        channels: { email: on('email'), sms: on('sms'), push: on('push') },
        categories: categories as Category[],
        frequency: frequency as Frequency,
      },
    });
    return c.redirect(`${ctx.base}/account/marketing?done=saved`, 303);
  });

  app.post(`${SHOP}/account/marketing/object`, MARKETING_PAGE_RULES.choices, async (c) => {
    const ctx = requestContext(c);
    await formFields(c);
    await objectToMarketing(deps, { userId: c.get('actor')!.userId });
    return c.redirect(`${ctx.base}/account/marketing?done=objected`, 303);
  });

  // ————— One-click unsubscribe: no sign-in, in the person's language —————
  /** The page context of the link's person: their market's storefront in their language. */
  const tokenContext = async (c: C, userId: number | null): Promise<PageContext> => {
    const person = userId === null ? null : await activePerson(deps.db, userId);
    const market = person
      ? (marketByLocale(readerStorefront(userLocale(person), person.market)) ?? DEFAULT_MARKET)
      : marketFromAcceptLanguage(c.req.header('accept-language'));
    const url = new URL(c.req.url);
    return pageContext(market, url.pathname, url.search, {
      actor: c.get('actor') ?? null,
      csrf: c.get('csrf'),
      // The words in the person's language even where their market has no storefront in it.
      locale: c.get('pseudoLocale') ? PSEUDO_LOCALE : person ? userLocale(person) : undefined,
    });
  };

  app.get('/u/:token', MARKETING_PAGE_RULES.unsubscribe, async (c) => {
    const token = c.req.param('token');
    const claim = readUnsubscribe(deps.secret, token);
    const ctx = await tokenContext(c, claim?.userId ?? null);
    c.header('cache-control', 'private, no-store');
    c.header('referrer-policy', 'no-referrer');
    if (!claim) return c.html(unsubscribePage(ctx, '', 'invalid'), 404);
    return c.html(unsubscribePage(ctx, token, 'ask'));
  });

  app.post('/u/:token', MARKETING_PAGE_RULES.unsubscribe, async (c) => {
    const token = c.req.param('token');
    const fields = await formFields(c);
    if (fields['List-Unsubscribe'] !== 'One-Click') {
      throw new AppError('INVALID_INPUT', 'The body must be List-Unsubscribe=One-Click (RFC 8058)', [
        { field: 'List-Unsubscribe', message: 'must be One-Click' },
      ]);
    }
    const done = await unsubscribeFromList(deps, { token });
    const ctx = await tokenContext(c, done?.userId ?? null);
    c.header('cache-control', 'private, no-store');
    if (!done) return c.html(unsubscribePage(ctx, '', 'invalid'), 404);
    return c.html(unsubscribePage(ctx, token, 'done'));
  });

  // ————— US: do not sell or share my personal information —————
  const dnsPage = async (
    c: C,
    o: { done?: 'sent' | 'confirmed' | 'invalid'; email?: string; error?: string } = {},
    status = 200,
  ) => {
    const ctx = requestContext(c);
    const actor = c.get('actor');
    const gpc = c.req.header('sec-gpc') === '1';
    // The Global Privacy Control signal is a valid opt-out request (CCPA regulations § 7025).
    if (actor && gpc) await optOutOfSale(deps, { userId: actor.userId, source: 'gpc' });
    const recordedAt = actor ? ((await loadPreferences(deps.db, actor.userId))?.saleOptOutAt ?? null) : null;
    c.header('cache-control', 'private, no-store');
    return c.html(
      doNotSellPage(ctx, {
        gpc,
        recordedAt,
        ...(o.done ? { done: o.done } : {}),
        form: {
          values: { email: o.email ?? '' },
          errors: o.error ? [{ field: 'email', message: o.error }] : [],
        },
      }),
      status as 200,
    );
  };

  app.get(`${US}/privacy/do-not-sell`, MARKETING_PAGE_RULES.doNotSell, (c) => dnsPage(c));

  app.post(`${US}/privacy/do-not-sell`, MARKETING_PAGE_RULES.doNotSell, async (c) => {
    const ctx = requestContext(c);
    const actor = c.get('actor');
    const fields = await formFields(c);
    if (actor) {
      await optOutOfSale(deps, { userId: actor.userId, source: 'account' });
      return dnsPage(c);
    }
    const email = (fields.email ?? '').trim();
    if (!/^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
      return dnsPage(c, { email, error: ctx.t('marketing.dns.emailInvalid') }, 400);
    }
    await requestSaleOptOut(deps, { email, market: ctx.market });
    return dnsPage(c, { done: 'sent' });
  });

  app.get(`${US}/privacy/do-not-sell/confirm`, MARKETING_PAGE_RULES.doNotSell, async (c) => {
    c.header('referrer-policy', 'no-referrer');
    const ok = await confirmSaleOptOut(deps, { token: c.req.query('token') ?? '' });
    return ok ? dnsPage(c, { done: 'confirmed' }) : dnsPage(c, { done: 'invalid' }, 404);
  });
}
