/**
 * Marketing on every engine: the newsletter goes only to people who may receive it, once per
 * issue, in their language, with one-click unsubscribe headers (stored in the outbox and sent by
 * the transport); the one-click POST works without a session; a tampered token changes nothing;
 * an objection stops everything; a soft opt-in needs a paid order; the US "do not sell" page
 * records an opt-out (button, Global Privacy Control, confirmed email).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder } from '../../../test/orders.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { SmtpTransport } from '../../platform/mail/mail-transport.ts';
import { users } from '../accounts/accounts.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import { loadPreferences } from './marketing.store.ts';
import { objectToMarketing } from './object-to-marketing.ts';
import { recordSoftOptIn } from './record-soft-opt-in.ts';
import { saveMarketingChoices } from './save-marketing-choices.ts';
import { sendNewsletter } from './send-newsletter.ts';
import { readUnsubscribe, signUnsubscribe } from './unsubscribe-token.ts';

const DAY = 86_400_000;

describe.each(ENGINES)('marketing on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let ada: Awaited<ReturnType<typeof createActor>>;
  let bob: Awaited<ReturnType<typeof createActor>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    ada = await createActor(t.deps, { email: 'ada@example.com' });
    bob = await createActor(t.deps, { email: 'bob@example.com' });
    await t.deps.db.update(users).set({ language: 'de' }).where(eq(users.id, ada.userId));
  });
  afterAll(() => t?.close());

  const newsletters = (to: string) =>
    t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.template, 'marketing.newsletter'), eq(mailOutbox.toAddress, to)));
  const choices = {
    channels: { email: true, sms: false, push: false },
    categories: ['deals', 'tips'] as const,
    frequency: 'monthly' as const,
  };

  it('sends the newsletter once per issue, in the reader’s language, with one-click unsubscribe headers', async () => {
    await saveMarketingChoices(t.deps, {
      userId: ada.userId,
      source: 'account',
      choices: { ...choices, categories: [...choices.categories] },
    });
    expect((await sendNewsletter(t.deps)).sent).toBe(1); // bob chose nothing
    expect((await sendNewsletter(t.deps)).sent).toBe(0);
    const [mail] = await newsletters('ada@example.com');
    expect(mail!.subject).toBe('Diesen Monat bei Reloop');
    const token = /http:\/\/reloop\.test\/u\/([^\s>]+)/.exec(mail!.textBody)![1]!;
    expect(readUnsubscribe(t.deps.secret, token)).toEqual({ userId: ada.userId, list: 'newsletter' });
    expect(mail!.textBody).toContain('http://reloop.test/fr-fr/account/marketing');
    expect(mail!.headers).toEqual({
      'List-Unsubscribe': `<http://reloop.test/u/${token}>, <mailto:unsubscribe@reloop.example?subject=unsubscribe%20${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    // …and the transport puts them in the message it sends.
    const transport = new SmtpTransport({
      transport: { streamTransport: true, buffer: true },
      from: t.deps.config.MAIL_FROM,
    });
    const raw = ((await transport.send(mail!)) as { message: Buffer }).message
      .toString()
      .replace(/\r\n[ \t]+/g, ' ');
    expect(raw).toContain(`List-Unsubscribe: <http://reloop.test/u/${token}>`);
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    // A new month is a new issue.
    t.clock.advance(15 * DAY);
    expect((await sendNewsletter(t.deps)).sent).toBe(1);
    t.clock.advance(-15 * DAY);
  });

  it('GET /u/:token only asks; the one-click POST without a session turns email marketing off', async () => {
    const token = signUnsubscribe(t.deps.secret, { userId: ada.userId, list: 'newsletter' });
    const page = await t.get(`/u/${token}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Den Reloop-Newsletter nicht mehr per E-Mail erhalten?');
    expect((await loadPreferences(t.deps.db, ada.userId))!.channels.email).toBe(true);

    const post = (tok: string, body = 'List-Unsubscribe=One-Click') =>
      t.app.request(`/u/${tok}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.9' },
        body,
      });
    const tampered = signUnsubscribe(t.deps.secret, { userId: bob.userId, list: 'newsletter' }).replace(
      /^\d+/,
      String(ada.userId),
    );
    expect((await post(tampered)).status).toBe(404);
    expect((await post(`${token.slice(0, -2)}AA`)).status).toBe(404);
    expect((await post(token, 'List-Unsubscribe=Later')).status).toBe(400);
    expect((await loadPreferences(t.deps.db, ada.userId))!.channels.email).toBe(true);

    const res = await post(token);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect((await loadPreferences(t.deps.db, ada.userId))!.channels.email).toBe(false);
    expect((await post(token)).status).toBe(200); // idempotent
    t.clock.advance(40 * DAY);
    expect((await sendNewsletter(t.deps)).sent).toBe(0);
    t.clock.advance(-40 * DAY);
  });

  it('an objection stops every channel at once, blocks a soft opt-in; a new explicit opt-in lifts it', async () => {
    await saveMarketingChoices(t.deps, {
      userId: bob.userId,
      source: 'account',
      choices: { ...choices, categories: ['deals'] },
    });
    await objectToMarketing(t.deps, { userId: bob.userId });
    const prefs = await loadPreferences(t.deps.db, bob.userId);
    expect(prefs!.channels).toEqual({ email: false, sms: false, push: false });
    expect(prefs!.objectedAt).toEqual(t.clock.now());
    expect((await sendNewsletter(t.deps)).sent).toBe(0);
    expect(await recordSoftOptIn(t.deps, { userId: bob.userId })).toBe(false);
    await saveMarketingChoices(t.deps, {
      userId: bob.userId,
      source: 'account',
      choices: { ...choices, categories: ['tips'] },
    });
    expect((await loadPreferences(t.deps.db, bob.userId))!.objectedAt).toBeNull();
    expect((await sendNewsletter(t.deps)).sent).toBe(1);
    await objectToMarketing(t.deps, { userId: bob.userId });
  });

  it('a soft opt-in needs a paid order and covers only similar products', async () => {
    const carol = await createActor(t.deps, { email: 'carol@example.com' });
    expect(await recordSoftOptIn(t.deps, { userId: carol.userId })).toBe(false);
    const [pick] = await offerPicks(t);
    const receipt = await placeOrder(t, { lines: [{ offerId: pick!.id }], email: 'carol@example.com' });
    await t.deps.db
      .update(orders)
      .set({ buyerUserId: carol.userId })
      .where(eq(orders.id, receipt.orders[0].id as number));
    expect(await recordSoftOptIn(t.deps, { userId: carol.userId })).toBe(true);
    expect(await loadPreferences(t.deps.db, carol.userId)).toMatchObject({
      channels: { email: true, sms: false, push: false },
      categories: ['deals', 'new_arrivals'],
      basis: 'soft_opt_in',
    });
    t.clock.advance(20 * DAY);
    expect((await sendNewsletter(t.deps)).sent).toBe(1);
    const [mail] = await newsletters('carol@example.com');
    expect(mail!.textBody).toContain('parce que vous avez acheté sur Reloop');
    expect(mail!.textBody).not.toContain('Offres de reprise'); // not a similar product
    t.clock.advance(-20 * DAY);
  });

  describe('do not sell or share (US)', () => {
    it('records the signed-in person’s opt-out from the button and from the Global Privacy Control signal', async () => {
      const dave = await createActor(t.deps, { email: 'dave@example.com' });
      const cookie = await dave.cookie();
      const page = await t.get('/en-us/privacy/do-not-sell', { cookie });
      expect(page.status).toBe(200);
      expect(page.text).toContain('Do not sell or share my personal information');
      expect((await loadPreferences(t.deps.db, dave.userId))?.saleOptOutAt ?? null).toBeNull();
      const gpc = await t.get('/en-us/privacy/do-not-sell', { cookie, 'sec-gpc': '1' });
      expect(gpc.text).toContain('Global Privacy Control');
      expect(await loadPreferences(t.deps.db, dave.userId)).toMatchObject({ saleOptOutSource: 'gpc' });
      expect((await t.get('/fr-fr/privacy/do-not-sell')).status).toBe(404);
    });

    it('without an account: an emailed link confirms, then the opt-out is recorded', async () => {
      const erin = await createActor(t.deps, { email: 'erin@example.com' });
      const form = await t.get('/en-us/privacy/do-not-sell');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
      const cookie = form.headers.get('set-cookie')!.split(';')[0]!;
      const post = (email: string) =>
        t.app.request('/en-us/privacy/do-not-sell', {
          method: 'POST',
          headers: {
            cookie,
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': '198.51.100.10',
          },
          body: new URLSearchParams({ _csrf: csrf, email }).toString(),
        });
      expect((await post('not an email')).status).toBe(400);
      expect((await post('Erin@Example.com')).status).toBe(200);
      expect(await loadPreferences(t.deps.db, erin.userId)).toBeNull();
      const [mail] = await t.deps.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.template, 'marketing.sale-opt-out.confirm'));
      expect(mail!.toAddress).toBe('erin@example.com');
      const link = /http:\/\/reloop\.test(\/en-us\/privacy\/do-not-sell\/confirm\?token=\S+)/.exec(
        mail!.textBody,
      )![1]!;
      expect((await t.get(link.replace(/token=.{4}/, 'token=xxxx'))).status).toBe(404);
      expect((await t.get(link)).status).toBe(200);
      expect(await loadPreferences(t.deps.db, erin.userId)).toMatchObject({ saleOptOutSource: 'email' });
    });
  });
});
