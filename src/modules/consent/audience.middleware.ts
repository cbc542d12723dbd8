import type { MiddlewareHandler } from 'hono';
import type { Deps } from '../../app/deps.ts';
import type { AppEnv } from '../../platform/http/app.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { clientIp } from '../../platform/rate-limit/rate-limit.middleware.ts';
import { isLikelyBot, pageOf, utcDay, visitorKey } from './audience.rules.ts';
import { audienceRecorderFor } from './audience-recorder.ts';
import { dailySalt } from './daily-salt.ts';

/**
 * Counts the shop's page views (a storefront page answered 200 in HTML to a GET) without cookies:
 * nothing is read from or written to the browser. The view is queued after the page is rendered
 * and inserted in batches (audience-recorder.ts); only the first view of a day waits for the
 * day's salt.
 */
export function audienceMeasurement(
  deps: Pick<Deps, 'db' | 'clock' | 'logger' | 'config' | 'siteUrl'>,
): MiddlewareHandler<AppEnv> {
  const recorder = audienceRecorderFor(deps);
  const site = new URL(deps.siteUrl('/')).host;
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' || c.res.status !== 200) return;
    const page = pageOf(c.req.path);
    if (!page || !(c.res.headers.get('content-type') ?? '').startsWith('text/html')) return;
    const market = marketByLocale(page.locale);
    const userAgent = c.req.header('user-agent') ?? '';
    // A browser's speculative prefetch is not a view; robots are not an audience.
    if (!market || isLikelyBot(userAgent) || c.req.header('sec-purpose')?.includes('prefetch')) return;
    const now = deps.clock.now();
    try {
      const salt = await dailySalt(deps, utcDay(now));
      recorder.record({
        market: market.code,
        kind: page.kind,
        userId: c.get('actor')?.userId ?? null,
        visitorKey: visitorKey({
          salt,
          site,
          ip: clientIp(c, { trustProxy: deps.config.TRUST_PROXY }),
          userAgent,
        }),
        at: now,
      });
    } catch (err) {
      deps.logger.warn({ err }, 'audience measurement failed');
    }
  };
}
