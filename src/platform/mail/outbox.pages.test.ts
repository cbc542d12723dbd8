import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { fixedClock } from '../clock.ts';
import type { Database } from '../db/client.ts';
import { PUBLIC } from '../http/access.ts';
import { createApp } from '../http/app.ts';
import { createMailer } from './mailer.ts';
import { linkify, registerOutboxRoutes } from './outbox.pages.ts';

const render = (text: ReturnType<typeof linkify>) => String(text); // synchronous: no promises inside

describe('linkify', () => {
  it('links http(s) addresses and escapes everything else', () => {
    expect(render(linkify('Open https://reloop.test/v?a=1&b=2. Or <b>http://x.test/p</b>'))).toBe(
      'Open <a href="https://reloop.test/v?a=1&amp;b=2">https://reloop.test/v?a=1&amp;b=2</a>. Or &lt;b&gt;<a href="http://x.test/p">http://x.test/p</a>&lt;/b&gt;',
    );
  });
  it('stops an address at a quote and leaves other schemes as text', () => {
    expect(
      render(linkify('"https://x.test/a"onmouseover=1 javascript:alert(1) (see https://x.test/b)')),
    ).toBe(
      '&quot;<a href="https://x.test/a">https://x.test/a</a>&quot;onmouseover=1 javascript:alert(1) (see <a href="https://x.test/b">https://x.test/b</a>)',
    );
  });
});

describe('local mailbox pages', () => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let linkMailId: number;
  let evilMailId: number;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createApp({
      logger: pino({ level: 'silent' }),
      renderErrorPage: (c, status, message) => c.html(`<h1>${status}</h1><p>${message}</p>`, status as 404),
    });
    registerOutboxRoutes(app, { db: database.db, guard: PUBLIC });
    const clock = fixedClock('2026-11-21T12:00:00Z');
    const mailer = createMailer({ clock });
    linkMailId = (
      await mailer.send(database.db, {
        to: 'ana@example.test',
        subject: 'Confirm your email',
        text: 'Hello Ana,\nconfirm here: https://reloop.test/verify?token=a1&next=/fr-fr.\n',
        template: 'accounts.verify-email',
      })
    ).id;
    clock.advance(60_000);
    evilMailId = (
      await mailer.send(database.db, {
        to: 'bob@example.test',
        subject: '<script>alert("subject")</script>',
        text: 'Plain text',
        html: '<p>Hi</p><script>alert("body")</script>',
        template: 'test.evil',
      })
    ).id;
  });
  afterAll(async () => database?.close());

  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, headers: res.headers, text: await res.text() };
  };

  it('lists mail newest first with recipient, subject, template, time and status', async () => {
    const { status, headers, text } = await get('/dev/mail');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('<link rel="stylesheet" href="/assets/app.css">');
    expect(text).toMatch(/<main id="main"[^>]*>[\s\S]*<h1>Local mailbox<\/h1>/);
    expect(text).toContain('<label for="to">Recipient</label>');
    expect(text).toContain(`<a href="/dev/mail/${linkMailId}">Confirm your email</a>`);
    expect(text).toContain('<code>accounts.verify-email</code>');
    expect(text).toContain('<time datetime="2026-11-21T12:00:00.000Z">2026-11-21 12:00 UTC</time>');
    expect(text).toContain('<td>Waiting</td>');
    expect(text.indexOf('bob@example.test')).toBeLessThan(text.indexOf('ana@example.test'));
    expect(text).not.toMatch(/style=|<script/i);
  });

  it('filters by recipient and says so when nobody matches', async () => {
    const ana = await get('/dev/mail?to=ana%40example.test');
    expect(ana.text).toContain('value="ana@example.test"');
    expect(ana.text).toContain('Confirm your email');
    expect(ana.text).not.toContain('bob@example.test');
    expect(ana.text).toContain('<a href="/dev/mail">Show all mail</a>');

    const nobody = await get('/dev/mail?to=%22%3E%3Cscript%3E');
    expect(nobody.text).toContain('<p class="empty">No mail to &quot;&gt;&lt;script&gt;.</p>');
    expect(nobody.text).not.toContain('<script');
  });

  it('shows a mail with its links clickable', async () => {
    const { status, text } = await get(`/dev/mail/${linkMailId}`);
    expect(status).toBe(200);
    expect(text).toContain('<h1>Confirm your email</h1>');
    expect(text).toContain(
      '<pre>Hello Ana,\nconfirm here: <a href="https://reloop.test/verify?token=a1&amp;next=/fr-fr">https://reloop.test/verify?token=a1&amp;next=/fr-fr</a>.\n</pre>',
    );
    expect(text).not.toContain('<iframe');
  });

  it('escapes a hostile subject and keeps the HTML body in a sandboxed frame', async () => {
    const { text } = await get(`/dev/mail/${evilMailId}`);
    expect(text).toContain('<h1>&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;</h1>');
    expect(text).toContain(
      '<iframe sandbox srcdoc="&lt;p&gt;Hi&lt;/p&gt;&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;"',
    );
    expect(text).not.toMatch(/<script/i);
  });

  it('answers 404 for a mail that does not exist', async () => {
    expect((await get('/dev/mail/999999')).status).toBe(404);
    expect((await get('/dev/mail/99999999999')).status).toBe(404);
    expect((await get('/dev/mail/abc')).status).toBe(404);
  });
});
