/**
 * Alerts and policy notices on every engine: an alert emails once when its grade is back in stock
 * or at or below its price (then is fulfilled, and can be re-armed); the account pages list,
 * pause and delete alerts; a new privacy or terms version is emailed once to every active user of
 * its market before it takes effect, in their language.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { legalDocuments, users } from '../accounts/accounts.schema.ts';
import { products } from '../catalog/catalog.schema.ts';
import { buyboxWinners } from '../offers/offers.schema.ts';
import { changeAlertStatus } from './change-alert-status.ts';
import { createAlert } from './create-alert.ts';
import { alerts, policyNotices } from './marketing.schema.ts';
import { notifyAlerts } from './notify-alerts.ts';
import { sendPolicyNotices } from './send-policy-notices.ts';

const DAY = 86_400_000;

describe.each(ENGINES)('alerts and policy notices on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let ada: Awaited<ReturnType<typeof createActor>>;
  let winner: typeof buyboxWinners.$inferSelect;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    ada = await createActor(t.deps, { email: 'ada@example.com' });
    await t.deps.db.update(users).set({ language: 'de' }).where(eq(users.id, ada.userId));
    const [first] = await t.deps.db
      .select()
      .from(buyboxWinners)
      .where(eq(buyboxWinners.market, 'FR'))
      .limit(1);
    winner = first!;
  });
  afterAll(() => t?.close());

  const alertMails = () =>
    t.deps.db.select().from(mailOutbox).where(sql`${mailOutbox.template} LIKE 'marketing.alert.%'`);
  const key = () => ({ productId: winner.productId, market: 'FR', grade: winner.grade as 'GOOD' });

  it('back in stock: refused while on sale; emails once when the grade is back, then can be re-armed', async () => {
    const input = { ...key(), userId: ada.userId, kind: 'back_in_stock' as const, targetMinor: null };
    expect(await createAlert(t.deps, input)).toEqual({ ok: false, reason: 'available_now' });
    // Nobody sells it any more (test tooling: the offers module would do this).
    await t.deps.db
      .delete(buyboxWinners)
      .where(
        and(
          eq(buyboxWinners.productId, winner.productId),
          eq(buyboxWinners.market, 'FR'),
          eq(buyboxWinners.grade, winner.grade),
        ),
      );
    const created = await createAlert(t.deps, input);
    expect(created.ok).toBe(true);
    const alertId = (created as { alertId: number }).alertId;
    expect(await notifyAlerts(t.deps)).toEqual({ sent: 0 });
    await t.deps.db.insert(buyboxWinners).values(winner);
    expect(await notifyAlerts(t.deps)).toEqual({ sent: 1 });
    expect(await notifyAlerts(t.deps)).toEqual({ sent: 0 });
    const [mail] = await alertMails();
    expect(mail!.toAddress).toBe('ada@example.com');
    expect(mail!.subject).toMatch(/ist wieder verfügbar$/);
    expect(mail!.textBody).toContain(`http://reloop.test/fr-fr/p/`);
    expect(mail!.textBody).toContain('http://reloop.test/fr-fr/account/alerts');
    const [row] = await t.deps.db.select().from(alerts).where(eq(alerts.id, alertId));
    expect(row).toMatchObject({ status: 'fulfilled', fulfilledPriceMinor: winner.priceMinor });
    expect(await changeAlertStatus(t.deps, { userId: ada.userId + 1000, alertId, action: 'rearm' })).toBe(
      false,
    );
    expect(await changeAlertStatus(t.deps, { userId: ada.userId, alertId, action: 'rearm' })).toBe(true);
    expect(await notifyAlerts(t.deps)).toEqual({ sent: 1 });
  });

  it('price: fires at or below the target in the market currency, only once', async () => {
    const base = { ...key(), userId: ada.userId, kind: 'price_below' as const };
    expect(await createAlert(t.deps, { ...base, targetMinor: winner.priceMinor })).toEqual({
      ok: false,
      reason: 'price_already_met',
    });
    const created = await createAlert(t.deps, { ...base, targetMinor: winner.priceMinor - 100 });
    expect(created.ok).toBe(true);
    const [row] = await t.deps.db
      .select()
      .from(alerts)
      .where(eq(alerts.id, (created as { alertId: number }).alertId));
    expect(row!.currency).toBe('EUR');
    const where = and(
      eq(buyboxWinners.productId, winner.productId),
      eq(buyboxWinners.market, 'FR'),
      eq(buyboxWinners.grade, winner.grade),
    );
    await t.deps.db
      .update(buyboxWinners)
      .set({ priceMinor: winner.priceMinor - 99 })
      .where(where);
    expect(await notifyAlerts(t.deps)).toEqual({ sent: 0 });
    await t.deps.db
      .update(buyboxWinners)
      .set({ priceMinor: winner.priceMinor - 100 })
      .where(where);
    expect(await notifyAlerts(t.deps)).toEqual({ sent: 1 });
    expect(await notifyAlerts(t.deps)).toEqual({ sent: 0 });
    const mails = await alertMails();
    expect(mails.at(-1)!.template).toBe('marketing.alert.price');
    await t.deps.db.update(buyboxWinners).set({ priceMinor: winner.priceMinor }).where(where);
  });

  it('the account lists, pauses and deletes only the person’s own alerts; the form reads the locale’s decimals', async () => {
    const cookie = await ada.cookie();
    const csrf = csrfPair(t.deps);
    const headers = {
      cookie: `${cookie}; ${csrf.cookie}`,
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': '198.51.100.20',
    };
    const [product] = await t.deps.db
      .select({ slug: products.slug })
      .from(products)
      .where(eq(products.id, winner.productId));
    const form = await t.get(`/fr-fr/alerts/new?product=${product!.slug}&grade=${winner.grade}`, { cookie });
    expect(form.status).toBe(200);
    expect(form.text).toContain('249,90');
    const post = (path: string, body: Record<string, string>) =>
      t.app.request(path, {
        method: 'POST',
        headers,
        body: new URLSearchParams({ _csrf: csrf.header, ...body }).toString(),
      });
    const bad = await post('/fr-fr/alerts', {
      product: product!.slug,
      grade: winner.grade,
      kind: 'price_below',
      target: '12,345',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Saisissez un prix comme 249,90');
    const ok = await post('/fr-fr/alerts', {
      product: product!.slug,
      grade: winner.grade,
      kind: 'price_below',
      target: '1,50',
    });
    expect(ok.status).toBe(303);
    const [created] = await t.deps.db.select().from(alerts).where(eq(alerts.targetMinor, 150));
    expect(created).toMatchObject({ userId: ada.userId, market: 'FR', currency: 'EUR', status: 'active' });
    const list = await t.get('/fr-fr/account/alerts', { cookie });
    expect(list.text).toContain('1,50');
    expect((await post(`/fr-fr/account/alerts/${created!.id}/pause`, {})).status).toBe(303);
    expect((await t.deps.db.select().from(alerts).where(eq(alerts.id, created!.id)))[0]!.status).toBe(
      'paused',
    );
    const eve = await createActor(t.deps, { email: 'eve@example.com' });
    const eveCookie = await eve.cookie();
    const foreign = await t.app.request(`/fr-fr/account/alerts/${created!.id}/delete`, {
      method: 'POST',
      headers: { ...headers, cookie: `${eveCookie}; ${csrf.cookie}` },
      body: new URLSearchParams({ _csrf: csrf.header }).toString(),
    });
    expect(foreign.status).toBe(404);
    expect((await post(`/fr-fr/account/alerts/${created!.id}/delete`, {})).status).toBe(303);
    expect(await t.deps.db.select().from(alerts).where(eq(alerts.id, created!.id))).toEqual([]);
    expect((await t.get('/fr-fr/account/alerts')).status).toBe(303); // signed out: sign in first
  });

  it('announces a new privacy version once to every active user of its market, in their language', async () => {
    const now = t.clock.now();
    const bo = await createActor(t.deps, { email: 'bo@example.com' });
    await t.deps.db.update(users).set({ market: 'SE' }).where(eq(users.id, bo.userId));
    const effectiveAt = new Date(now.getTime() + 45 * DAY);
    await t.deps.db.insert(legalDocuments).values(
      ['fr', 'de'].map((language) => ({
        kind: 'privacy' as const,
        market: 'FR',
        language,
        version: '2027-01',
        title: language === 'de' ? 'Datenschutzerklärung' : 'Politique de confidentialité',
        body: language === 'de' ? 'Neuer Text.' : 'Nouveau texte.',
        effectiveAt,
        createdAt: now,
      })),
    );
    const frUsers = await t.deps.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.market, 'FR'), eq(users.status, 'active')));
    const r = await sendPolicyNotices(t.deps);
    expect(r).toEqual({ sent: frUsers.length, late: [] });
    expect(await sendPolicyNotices(t.deps)).toEqual({ sent: 0, late: [] });
    const notices = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.template, 'marketing.policy-notice.privacy'));
    expect(notices.map((m) => m.toAddress)).not.toContain('bo@example.com');
    const toAda = notices.find((m) => m.toAddress === 'ada@example.com')!;
    expect(toAda.subject).toMatch(/^Unsere Datenschutzerklärung ändert sich am /);
    expect(toAda.textBody).toContain('Neuer Text.');
    const rows = await t.deps.db.select().from(policyNotices).where(eq(policyNotices.version, '2027-01'));
    expect(rows).toHaveLength(frUsers.length);
    // A person who joins later is told too; once in force, nobody is.
    const late = await createActor(t.deps, { email: 'late@example.com' });
    expect(await sendPolicyNotices(t.deps)).toMatchObject({ sent: 1 });
    expect(late.userId).toBeGreaterThan(0);
    t.clock.advance(45 * DAY);
    await createActor(t.deps, { email: 'after@example.com' });
    expect(await sendPolicyNotices(t.deps)).toEqual({ sent: 0, late: [] });
    t.clock.advance(-45 * DAY);
  });

  it('still announces a version published fewer than 30 days ahead, and reports it late', async () => {
    const now = t.clock.now();
    await t.deps.db.insert(legalDocuments).values({
      kind: 'terms',
      market: 'FR',
      language: 'fr',
      version: '2026-12',
      title: 'Conditions',
      body: 'Texte.',
      effectiveAt: new Date(now.getTime() + 10 * DAY),
      createdAt: now,
    });
    const r = await sendPolicyNotices(t.deps);
    expect(r.late).toEqual(['terms|FR|2026-12']);
    expect(r.sent).toBeGreaterThan(0);
  });
});
