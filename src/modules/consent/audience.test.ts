import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { averageMonthlyActiveRecipients, recipientEvents } from './active-recipients.read-model.ts';
import {
  activeRecipients,
  EU_MARKET_CODES,
  type RecipientEvent,
  recipientsMethod,
} from './active-recipients.rules.ts';
import { monthOf } from './audience.rules.ts';
import { audienceRecorderFor } from './audience-recorder.ts';
import { purgeAudienceData } from './purge-audience-data.ts';
import { recordActivities } from './record-activity.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

describe.each(ENGINES)('audience measurement and active recipients (%s)', (engine) => {
  let t: T;
  const view = (path: string, ip: string, ua = FIREFOX, cookie?: string) =>
    t.app.request(path, {
      headers: { 'x-forwarded-for': ip, 'user-agent': ua, ...(cookie ? { cookie } : {}) },
    });
  const events = () =>
    t.database.rows<{
      day: string;
      market: string;
      page_kind: string;
      visitor_key: string;
      signed_in: boolean;
    }>(
      sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, market, page_kind, visitor_key, signed_in FROM audience_events ORDER BY id`,
    );
  const flush = () => audienceRecorderFor(t.deps).flush();
  const reset = async () => {
    await flush();
    audienceRecorderFor(t.deps).forget();
    await t.database.db.execute(sql`DELETE FROM audience_events`);
    await t.database.db.execute(sql`DELETE FROM recipient_activity`);
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 30 });
  }, 120_000);
  afterAll(() => t?.close());

  it('counts storefront page views without cookies, under a daily key; no IP, no user, no URL', async () => {
    await reset();
    const home = await view('/fr-fr', '203.0.113.7');
    expect(home.status).toBe(200);
    // Nothing is stored in the browser for measurement.
    expect(home.headers.getSetCookie().filter((c) => !c.startsWith('rl_csrf='))).toEqual([]);
    await view('/de-de/search?q=iphone', '203.0.113.7');
    await view('/fr-fr', '198.51.100.4');
    await view('/fr-fr', '198.51.100.4', 'Googlebot/2.1 (+http://www.google.com/bot.html)'); // robot
    await view('/api/v1/products?market=fr-fr', '203.0.113.7'); // not a page
    await view('/fr-fr/p/no-such-product', '203.0.113.7'); // 404
    await t.app.request('/fr-fr', { method: 'HEAD', headers: { 'user-agent': FIREFOX } });
    await flush();
    const rows = await events();
    expect(rows.map((r) => [r.market, r.page_kind, r.signed_in])).toEqual([
      ['FR', 'home', false],
      ['DE', 'search', false],
      ['FR', 'home', false],
    ]);
    for (const r of rows) {
      expect(r.day).toBe('2026-11-21');
      expect(r.visitor_key).toMatch(/^[0-9a-f]{32}$/);
    }
    // The same browser has the same key across markets that day; another browser another key.
    expect(rows[0]!.visitor_key).toBe(rows[1]!.visitor_key);
    expect(rows[2]!.visitor_key).not.toBe(rows[0]!.visitor_key);
    const columns = await t.database.rows<{ column_name: string }>(
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'audience_events'`,
    );
    expect(columns.map((c) => c.column_name).sort()).toEqual([
      'day',
      'id',
      'market',
      'page_kind',
      'signed_in',
      'visitor_key',
    ]);
  });

  it('a visitor reading the same kind of page again that day is one event: the figure needs no more', async () => {
    await reset();
    for (let i = 0; i < 5; i++) await view('/fr-fr', '203.0.113.30');
    await view('/fr-fr/search?q=ipad', '203.0.113.30');
    await view('/fr-fr', '203.0.113.31');
    await flush();
    expect((await events()).map((r) => r.page_kind)).toEqual(['home', 'search', 'home']);
  });

  it('a new day has a new salt, the old one is deleted, and yesterday’s key cannot be found again', async () => {
    await reset();
    await view('/fr-fr', '203.0.113.9');
    await flush();
    const [yesterday] = await events();
    t.clock.advance(DAY_MS);
    await view('/fr-fr', '203.0.113.9');
    await flush();
    const today = (await events())[1]!;
    expect(today.day).toBe('2026-11-22');
    expect(today.visitor_key).not.toBe(yesterday!.visitor_key);
    const purged = await purgeAudienceData(t.deps);
    expect(purged.salts).toBeGreaterThanOrEqual(1);
    const salts = await t.database.rows<{ day: string }>(
      sql`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM audience_salts`,
    );
    expect(salts.map((s) => s.day)).toEqual(['2026-11-22']);
    t.clock.set('2026-11-21T12:00:00Z');
  });

  it('a signed-in view is activity of that person for the month, kept apart from the anonymous events', async () => {
    await reset();
    const u = await createActor(t.deps, { email: 'active@example.fr' });
    const cookie = await u.cookie();
    await view('/fr-fr', '203.0.113.20', FIREFOX, cookie);
    await view('/de-de', '203.0.113.20', FIREFOX, cookie);
    await view('/fr-fr/search', '203.0.113.20', FIREFOX, cookie);
    await flush();
    expect((await events()).map((e) => e.signed_in)).toEqual([true, true, true]);
    const activity = await t.database.rows<{ month: string; market: string; user_id: number }>(
      sql`SELECT to_char(month, 'YYYY-MM-DD') AS month, market, user_id FROM recipient_activity ORDER BY market`,
    );
    expect(activity).toEqual([
      { month: '2026-11-01', market: 'DE', user_id: u.userId },
      { month: '2026-11-01', market: 'FR', user_id: u.userId },
    ]);
  });

  it('purges raw events older than 13 months, to the day', async () => {
    await reset();
    const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
    await recordActivities(t.deps, [
      { market: 'FR', kind: 'home', visitorKey: 'a'.repeat(32), at: at('2025-10-20') },
      { market: 'FR', kind: 'home', visitorKey: 'b'.repeat(32), at: at('2025-10-21') },
      { market: 'FR', kind: 'home', visitorKey: 'c'.repeat(32), at: at('2026-11-21') },
      { market: 'FR', kind: 'home', visitorKey: 'd'.repeat(32), userId: 1, at: at('2025-09-30') },
      { market: 'FR', kind: 'home', visitorKey: 'e'.repeat(32), userId: 1, at: at('2025-10-02') },
    ]);
    const r = await purgeAudienceData(t.deps); // now: 2026-11-21, cutoff 2025-10-21
    expect(r.events).toBe(3);
    expect((await events()).map((e) => e.day)).toEqual(['2025-10-21', '2026-11-21']);
    const months = await t.database.rows<{ month: string }>(
      sql`SELECT to_char(month, 'YYYY-MM-DD') AS month FROM recipient_activity`,
    );
    expect(months.map((m) => m.month)).toEqual(['2025-10-01']);
  });

  it('publishes the figure, reproducible from the raw events, on the API and every legal information page', async () => {
    await reset();
    const buyer = await createActor(t.deps, { email: 'figure@example.fr' });
    const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
    const k = (n: number) => n.toString(16).padStart(32, '0');
    await recordActivities(t.deps, [
      // October: two anonymous views of one browser, one of another, a signed-in person in two markets.
      { market: 'FR', kind: 'home', visitorKey: k(1), at: at('2026-10-03') },
      { market: 'DE', kind: 'product', visitorKey: k(1), at: at('2026-10-03') },
      { market: 'IT', kind: 'home', visitorKey: k(2), at: at('2026-10-04') },
      { market: 'FR', kind: 'home', visitorKey: k(3), userId: buyer.userId, at: at('2026-10-05') },
      { market: 'BE', kind: 'home', visitorKey: k(4), userId: buyer.userId, at: at('2026-10-25') },
      // Not in the EU, or not in the period.
      { market: 'GB', kind: 'home', visitorKey: k(5), at: at('2026-10-03') },
      { market: 'US', kind: 'home', visitorKey: k(6), at: at('2026-10-03') },
      { market: 'FR', kind: 'home', visitorKey: k(7), at: at('2026-11-02') },
      { market: 'FR', kind: 'home', visitorKey: k(8), at: at('2026-04-30') },
      // June: one visitor.
      { market: 'SE', kind: 'home', visitorKey: k(9), at: at('2026-06-15') },
    ]);
    const now = t.clock.now();
    const figure = await averageMonthlyActiveRecipients(t.deps.db, now);
    expect(figure.periodStart).toBe('2026-05-01');
    expect(figure.periodEnd).toBe('2026-10-31');

    // Recomputed from the raw tables, with the published rule, by hand here.
    const raw: RecipientEvent[] = [
      ...(
        await t.database.rows<{ day: string; market: string; visitor_key: string }>(
          sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, market, visitor_key FROM audience_events WHERE NOT signed_in`,
        )
      ).map((e) => ({ day: e.day, market: e.market, recipient: `visitor:${e.visitor_key}` })),
      ...(
        await t.database.rows<{ month: string; market: string; user_id: number }>(
          sql`SELECT to_char(month, 'YYYY-MM-DD') AS month, market, user_id FROM recipient_activity`,
        )
      ).map((a) => ({ day: a.month, market: a.market, recipient: `user:${a.user_id}` })),
      ...(
        await t.database.rows<{
          created_at: Date | string;
          market: string;
          buyer_user_id: number | null;
          seller_id: number;
        }>(sql`SELECT created_at, market, buyer_user_id, seller_id FROM orders`)
      ).flatMap((o) => {
        const day = new Date(o.created_at).toISOString().slice(0, 10);
        return [
          ...(o.buyer_user_id ? [{ day, market: o.market, recipient: `user:${o.buyer_user_id}` }] : []),
          { day, market: o.market, recipient: `seller:${o.seller_id}` },
        ];
      }),
    ];
    expect(figure).toEqual(activeRecipients(raw, now));
    expect(activeRecipients(await recipientEvents(t.deps.db, now), now)).toEqual(figure);

    // Without the generated orders, October has 4 recipients (2 visitors, 1 person) … exactly.
    const ordersOnly = activeRecipients(
      raw.filter((e) => !e.recipient.startsWith('visitor:') && !e.recipient.endsWith(`:${buyer.userId}`)),
      now,
    );
    const octoberWithout = ordersOnly.months.find((m) => m.month === '2026-10-01')!.recipients;
    expect(figure.months.find((m) => m.month === '2026-10-01')!.recipients).toBe(octoberWithout + 3);
    expect(figure.months.find((m) => m.month === '2026-06-01')!.recipients).toBe(
      ordersOnly.months.find((m) => m.month === '2026-06-01')!.recipients + 1,
    );
    expect(EU_MARKET_CODES).not.toContain('GB');

    const api = await t.get('/api/v1/dsa/active-recipients');
    expect(api.status).toBe(200);
    expect(api.body).toEqual({
      periodStart: '2026-05-01',
      periodEnd: '2026-10-31',
      averageMonthlyActiveRecipients: figure.averageMonthlyActiveRecipients,
      method: recipientsMethod(figure),
    });
    const spec = await t.get('/api/openapi.json');
    expect(spec.body.paths['/api/v1/dsa/active-recipients'].get.responses['200']).toBeDefined();

    const count = (locale: string) =>
      new Intl.NumberFormat(locale).format(figure.averageMonthlyActiveRecipients);
    const fr = (await t.get('/fr-fr/legal/information')).text;
    expect(fr).toContain('<h2 id="recipients-h">Nombre moyen de destinataires actifs par mois</h2>');
    expect(fr).toContain(
      `Du 1 mai 2026 au 31 octobre 2026, Reloop a compté en moyenne ${count('fr-FR')} destinataires actifs`,
    );
    expect(fr).toContain('Royaume-Uni');
    expect(fr).toContain('href="/api/v1/dsa/active-recipients"');
    const de = (await t.get('/de-de/legal/information')).text;
    expect(de).toContain(
      `Vom 1. Mai 2026 bis zum 31. Oktober 2026 hatte Reloop in der Europäischen Union durchschnittlich ${count('de-DE')}`,
    );
    for (const locale of ['nl-be', 'sv-se', 'es-es', 'it-it', 'en-gb', 'en-us']) {
      expect((await t.get(`/${locale}/legal/information`)).text, locale).toContain('id="recipients-h"');
    }
    expect(monthOf('2026-10-25')).toBe('2026-10-01');
  });
});
