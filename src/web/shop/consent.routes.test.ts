import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { CONSENT_POLICY_VERSION } from '../../modules/consent/consent.rules.ts';
import { STORED_COOKIES, storedCookieNamed } from '../../modules/consent/cookie-inventory.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

/** The Set-Cookie lines of a response, by cookie name. */
function setCookies(res: Response): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) out.set(line.split('=')[0]!, line);
  return out;
}
const cookieValue = (line: string | undefined) =>
  (line ?? '').split(';')[0]!.split('=').slice(1).join('=') || undefined;
const expired = (line: string | undefined) =>
  !!line && (/Max-Age=0/i.test(line) || /Expires=Thu, 01 Jan 1970/i.test(line));

describe.each(ENGINES)('consent gates non-essential storage (%s)', (engine) => {
  let t: T;
  let csrf: { cookie: string; header: string };
  let slugs: string[];
  const page = (path: string, cookies: string[] = []) =>
    t.app.request(path, { headers: { cookie: [csrf.cookie, ...cookies].join('; ') } });
  const choose = (fields: Record<string, string | string[]>, cookies: string[] = []) => {
    const body = new URLSearchParams({ _csrf: csrf.header });
    for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
    t.clock.advance(1000); // records are ordered by the time given
    return t.app.request('/consent', {
      method: 'POST',
      headers: {
        cookie: [csrf.cookie, ...cookies].join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body,
    });
  };
  const records = () =>
    t.database.rows<{
      id: string;
      purposes: string[];
      method: string;
      market: string;
      user_id: number | null;
      withdrawn_at: Date | null;
      policy_version: string;
    }>(
      sql`SELECT id, purposes, method, market, user_id, withdrawn_at, policy_version FROM consent_records ORDER BY given_at, id`,
    );

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 3, offers: 40 });
    csrf = csrfPair(t.deps);
    const home = await (await page('/fr-fr')).text();
    slugs = [...new Set([...home.matchAll(/href="\/fr-fr\/p\/([a-z0-9-]+)"/g)].map((m) => m[1]!))];
    expect(slugs.length).toBeGreaterThanOrEqual(2);
  }, 120_000);
  afterAll(() => t?.close());

  it('before any choice: the banner asks, with accept and reject of equal weight, and nothing optional is stored', async () => {
    const res = await page(`/fr-fr/p/${slugs[0]}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const cookies = setCookies(res);
    expect(cookies.has('rl_recent')).toBe(false);
    expect(cookies.has('rl_consent')).toBe(false);
    expect(html).toContain('class="consent-banner"');
    const accept =
      /<button type="submit" name="choice" value="accept_all" class="([^"]+)">Tout accepter<\/button>/.exec(
        html,
      );
    const reject =
      /<button type="submit" name="choice" value="reject_all" class="([^"]+)">Tout refuser<\/button>/.exec(
        html,
      );
    expect(accept?.[1]).toBe('consent-choice');
    expect(reject?.[1]).toBe(accept?.[1]);
    expect(html).toContain(
      `href="/fr-fr/privacy/cookies?next=${encodeURIComponent(`/fr-fr/p/${slugs[0]}`)}"`,
    );
    // The withdrawal link is in the footer of every page.
    expect(html).toContain('<a href="/fr-fr/privacy/cookies">Préférences cookies</a>');
    expect(html).not.toContain('recent-h');
  });

  it('a cookie left without consent is neither read nor kept', async () => {
    const res = await page('/fr-fr', [`rl_recent=${slugs[1]}`]);
    const html = await res.text();
    expect(html).not.toContain('recent-h');
    expect(expired(setCookies(res).get('rl_recent'))).toBe(true);
  });

  it('accepting stores the choice and its record; then the product seen is remembered and shown', async () => {
    const res = await choose({
      choice: 'accept_all',
      market: 'fr-fr',
      method: 'banner',
      next: `/fr-fr/p/${slugs[0]}`,
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/fr-fr/p/${slugs[0]}`);
    const line = setCookies(res).get('rl_consent');
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Lax/);
    const consent = `rl_consent=${cookieValue(line)}`;
    const [rec] = (await records()).slice(-1);
    expect(rec).toMatchObject({
      purposes: ['personalisation'],
      method: 'banner',
      market: 'FR',
      user_id: null,
      withdrawn_at: null,
      policy_version: CONSENT_POLICY_VERSION,
    });
    expect(decodeURIComponent(cookieValue(line)!)).toBe(
      `${rec!.id}|${CONSENT_POLICY_VERSION}|personalisation`,
    );

    const first = await page(`/fr-fr/p/${slugs[0]}`, [consent]);
    const recent = setCookies(first).get('rl_recent');
    expect(cookieValue(recent)).toBe(slugs[0]);
    expect(recent).toMatch(/Max-Age=2592000/);
    const html = await first.text();
    expect(html).not.toContain('class="consent-banner"');
    expect(html).not.toContain('recent-h'); // nothing seen before this one

    const second = await page(`/fr-fr/p/${slugs[1]}`, [consent, `rl_recent=${slugs[0]}`]);
    expect(cookieValue(setCookies(second).get('rl_recent'))).toBe(`${slugs[1]}.${slugs[0]}`);
    const shown = await second.text();
    expect(shown).toContain('<h2 id="recent-h">Consultés récemment</h2>');
    expect(shown).toContain(`href="/fr-fr/p/${slugs[0]}" class="card-link"`);

    const home = await (await page('/fr-fr', [consent, `rl_recent=${slugs[1]}.${slugs[0]}`])).text();
    expect(home).toContain('recent-h');
  });

  it('rejecting all withdraws at once: the cookie is expired, the record withdrawn, nothing is read again', async () => {
    const accepted = await choose({ choice: 'accept_all', market: 'de-de' });
    const consent = `rl_consent=${cookieValue(setCookies(accepted).get('rl_consent'))}`;
    const before = (await records()).at(-1)!;
    const res = await choose({ choice: 'reject_all', market: 'de-de', method: 'preferences' }, [
      consent,
      `rl_recent=${slugs[0]}`,
    ]);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/de-de/privacy/cookies?saved=1');
    const cookies = setCookies(res);
    expect(expired(cookies.get('rl_recent'))).toBe(true);
    const rejected = `rl_consent=${cookieValue(cookies.get('rl_consent'))}`;
    const all = await records();
    expect(all.find((r) => r.id === before.id)!.withdrawn_at).not.toBeNull();
    expect(all.at(-1)).toMatchObject({
      purposes: [],
      method: 'preferences',
      market: 'DE',
      withdrawn_at: null,
    });

    const after = await page(`/de-de/p/${slugs[0]}`, [rejected, `rl_recent=${slugs[1]}`]);
    const line = setCookies(after).get('rl_recent');
    expect(expired(line)).toBe(true);
    const html = await after.text();
    expect(html).not.toContain('recent-h');
    expect(html).not.toContain('class="consent-banner"'); // a refusal is a choice: not asked again
  });

  it('the preferences page never pre-ticks, shows the recorded choice, and saves a choice by purpose', async () => {
    const blank = await (await page('/fr-fr/privacy/cookies')).text();
    expect(blank).toContain(
      '<input type="checkbox" id="purpose-personalisation" name="purposes" value="personalisation"',
    );
    expect(blank).not.toMatch(/value="personalisation"[^>]*checked/);
    expect(blank).not.toContain('class="consent-banner"');
    expect(blank).toContain('href="/fr-fr/legal/cookies"');

    const custom = await choose({
      choice: 'custom',
      purposes: ['personalisation', 'advertising'],
      market: 'fr-fr',
      method: 'preferences',
      next: '/fr-fr/cart',
    });
    expect(custom.headers.get('location')).toBe(
      `/fr-fr/privacy/cookies?saved=1&next=${encodeURIComponent('/fr-fr/cart')}`,
    );
    expect((await records()).at(-1)!.purposes).toEqual(['personalisation']);
    const consent = `rl_consent=${cookieValue(setCookies(custom).get('rl_consent'))}`;
    const saved = await (await page('/fr-fr/privacy/cookies?saved=1', [consent])).text();
    expect(saved).toMatch(/value="personalisation"[^>]*checked/);
    expect(saved).toContain('Votre choix est enregistré.');

    const none = await choose({ choice: 'custom', market: 'fr-fr', method: 'preferences' }, [consent]);
    expect((await records()).at(-1)!.purposes).toEqual([]);
    expect(setCookies(none).get('rl_consent')).toBeDefined();
  });

  it('records who chose when signed in; a choice for an older policy version asks again', async () => {
    const u = await createActor(t.deps, { email: 'consent@example.fr' });
    const res = await choose({ choice: 'reject_all', market: 'fr-fr' }, [await u.cookie()]);
    expect(res.status).toBe(303);
    expect((await records()).at(-1)!.user_id).toBe(u.userId);
    const old = `rl_consent=${encodeURIComponent(`${(await records()).at(-1)!.id}|2000-01|personalisation`)}`;
    const html = await (await page('/fr-fr', [old])).text();
    expect(html).toContain('class="consent-banner"');
    expect(html).not.toContain('recent-h');
  });

  it('refuses a malformed answer and changes nothing; never redirects off the site', async () => {
    const count = (await records()).length;
    const bad = await t.app.request('/consent', {
      method: 'POST',
      headers: {
        cookie: csrf.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams({ _csrf: csrf.header, choice: 'maybe' }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('choice');
    expect((await records()).length).toBe(count);
    expect(setCookies(bad).has('rl_consent')).toBe(false);
    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
      const r = await choose({ choice: 'reject_all', market: 'nl-be', next });
      expect(r.headers.get('location'), next).toBe('/nl-be');
    }
    // Without the CSRF token, nothing is recorded.
    const forged = await t.app.request('/consent', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ choice: 'accept_all' }),
    });
    expect(forged.status).toBe(403);
    expect((await records()).length).toBe(count + 3);
  });

  it('no browser journey stores a cookie the cookies page does not list, nor longer than it says', async () => {
    const seen = new Map<string, string>();
    const b = new TestBrowser(t.app);
    const send = b.get.bind(b);
    const watch = async (p: Promise<{ headers: Headers }>) => {
      for (const line of (await p).headers.getSetCookie()) seen.set(line.split('=')[0]!, line);
    };
    await watch(send('/fr-fr'));
    const product = await send(`/fr-fr/p/${slugs[0]}`);
    const offerId = /name="offerId" value="([^"]+)"/.exec(product.text)?.[1];
    expect(offerId).toBeDefined();
    await watch(b.post('/fr-fr/cart/add', { offerId: offerId! }));
    await watch(b.post('/consent', { choice: 'accept_all', market: 'fr-fr' }));
    await watch(send(`/fr-fr/p/${slugs[1]}`));
    const u = await createActor(t.deps, { email: 'inventory@example.fr' });
    await watch(b.post('/fr-fr/sign-in', { email: u.email, password: u.password }));
    await watch(send('/fr-fr/account'));
    await watch(b.post('/consent', { choice: 'reject_all', market: 'fr-fr' }));
    expect([...seen.keys()].sort()).toEqual([
      'rl_cart_fr',
      'rl_consent',
      'rl_csrf',
      'rl_device',
      'rl_recent',
      'rl_session',
    ]);
    for (const [name, line] of seen) {
      const listed = storedCookieNamed(name);
      expect(listed, name).toBeDefined();
      const maxAge = /Max-Age=(\d+)/i.exec(line)?.[1];
      if (listed!.maxAgeDays === null) expect(maxAge, name).toBeUndefined();
      else if (maxAge && Number(maxAge) > 0) expect(Number(maxAge), name).toBe(listed!.maxAgeDays * 86_400);
    }
  });

  it('the cookies page lists every cookie with purpose, duration and category, in the market’s language', async () => {
    const fr = await (await page('/fr-fr/legal/cookies')).text();
    expect(fr).toContain('<h1>Cookies et technologies similaires</h1>');
    for (const c of STORED_COOKIES)
      expect(fr).toContain(`<code>${c.name.replace('<', '&lt;').replace('>', '&gt;')}</code>`);
    expect(fr).toContain('30 jours');
    expect(fr).toContain('Jusqu’à la fermeture du navigateur');
    expect(fr).toContain('Personnalisation, avec votre accord');
    expect(fr).toContain('Mesure d’audience sans cookie');
    const de = await (await page('/de-de/legal/cookies')).text();
    expect(de).toContain('<html lang="de-DE">');
    expect(de).toContain('Unbedingt erforderlich');
  });
});
