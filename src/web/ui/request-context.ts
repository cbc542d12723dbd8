import type { Context } from 'hono';
import type { RequestMeta } from '../../modules/accounts/accounts.deps.ts';
import { requireMarket } from '../../modules/catalog/catalog.present.ts';
import { consentChoiceOf } from '../../modules/consent/consent-cookie.ts';
import type { AppEnv } from '../../platform/http/app.ts';
import { localPath } from '../../platform/http/safe-redirect.ts';
import { PSEUDO_LOCALE } from '../../platform/pseudo-locale.ts';
import { clientIp } from '../../platform/rate-limit/rate-limit.middleware.ts';
import { type PageContext, pageContext } from './context.ts';

/** The page context of a storefront request: market from the URL, Pro from its prefix, the actor. */
export function requestContext(c: Context<AppEnv>): PageContext {
  const market = requireMarket(c.req.param('market') ?? '');
  const url = new URL(c.req.url);
  return pageContext(market, url.pathname, url.search, {
    pro: url.pathname.startsWith('/pro/'),
    actor: c.get('actor') ?? null,
    csrf: c.get('csrf'),
    consentChoice: consentChoiceOf(c),
    locale: c.get('pseudoLocale') ? PSEUDO_LOCALE : undefined,
  });
}

export function requestMeta(c: Context, trustProxy: boolean): RequestMeta {
  return { ip: clientIp(c, { trustProxy }), userAgent: (c.req.header('user-agent') ?? '').slice(0, 300) };
}

/** Form fields as strings, without the CSRF token; files are ignored. */
export async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string' && k !== '_csrf') out[k] = v;
  return out;
}

/** Only same-site paths: `/x` but never `//evil.example`, `/\evil` or `/%09/evil` (platform/http/safe-redirect.ts). */
export function safeNext(next: string | undefined, fallback: string): string {
  return localPath(next) ?? fallback;
}
