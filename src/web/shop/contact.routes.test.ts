import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import {
  supportTicketMessages,
  supportTickets,
} from '../../modules/customer-service/customer-service.schema.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';

const FORM = 'application/x-www-form-urlencoded';

describe.each(ENGINES)('platform contact form (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
  });
  afterAll(() => t?.close());

  const post = async (
    path: string,
    fields: Record<string, string>,
    o: { session?: string; ip?: string } = {},
  ) => {
    const csrf = csrfPair(t.deps);
    const res = await t.app.request(path, {
      method: 'POST',
      headers: {
        cookie: [o.session, csrf.cookie].filter(Boolean).join('; '),
        'content-type': FORM,
        'x-forwarded-for': o.ip ?? '198.51.100.20',
      },
      body: new URLSearchParams({ ...fields, _csrf: csrf.header }).toString(),
    });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };
  const stored = async () => {
    const [tickets] = await t.deps.db.select({ n: count() }).from(supportTickets);
    const [messages] = await t.deps.db.select({ n: count() }).from(supportTicketMessages);
    const [mails] = await t.deps.db.select({ n: count() }).from(mailOutbox);
    return { tickets: tickets!.n, messages: messages!.n, mails: mails!.n };
  };

  it('shows the form to anyone, in the page’s language, linked from the footer', async () => {
    const res = await t.app.request('/fr-fr/contact');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('Contacter Reloop');
    expect(text).toContain('name="_csrf"');
    expect(text).toContain('<label for="f-email">');
    expect(text).toContain('href="/fr-fr/contact"');
  });

  it('refuses a message without email or text, naming the field, and stores nothing', async () => {
    const before = await stored();
    const noEmail = await post('/fr-fr/contact', { topic: 'question', email: '', message: 'Bonjour' });
    expect(noEmail.status).toBe(400);
    expect(noEmail.text).toContain('href="#f-email"');
    expect(noEmail.text).toContain('role="alert"');
    expect(noEmail.text).toContain('Bonjour');
    const noMessage = await post('/fr-fr/contact', {
      topic: 'question',
      email: 'a@example.com',
      message: '  ',
    });
    expect(noMessage.status).toBe(400);
    expect(noMessage.text).toContain('href="#f-message"');
    expect(noMessage.text).not.toContain('href="#f-email"');
    const badEmail = await post('/fr-fr/contact', {
      topic: 'question',
      email: 'not-an-address',
      message: 'Hi',
    });
    expect(badEmail.status).toBe(400);
    expect(badEmail.text).toContain('href="#f-email"');
    const badTopic = await post('/fr-fr/contact', { topic: 'refund', email: 'a@example.com', message: 'Hi' });
    expect(badTopic.status).toBe(400);
    expect(badTopic.text).toContain('href="#f-topic"');
    expect(await stored()).toEqual(before);
  });

  it('signed out: creates a ticket and emails an acknowledgement in the page’s language', async () => {
    const res = await post('/de-de/contact', {
      topic: 'complaint',
      email: 'visitor@example.com',
      message: 'Die Suche zeigt falsche Preise.',
    });
    expect(res.status).toBe(303);
    const id = Number(/sent=(\d+)/.exec(res.location ?? '')?.[1]);
    const [ticket] = await t.deps.db.select().from(supportTickets).where(eq(supportTickets.id, id));
    expect(ticket).toMatchObject({
      email: 'visitor@example.com',
      topic: 'complaint',
      status: 'open',
      userId: null,
    });
    expect(ticket!.locale).toBe('de-DE');
    const [mail] = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, 'visitor@example.com'));
    expect(mail!.subject).toContain('Wir haben Ihre Nachricht erhalten');
    expect(mail!.subject).toContain(String(id));
    expect(mail!.textBody).toContain('Die Suche zeigt falsche Preise.');
    const confirmation = await t.app.request(res.location!);
    expect(await confirmation.text()).toContain('Nachricht gesendet');
  });

  it('signed in: the email is prefilled and the ticket is the account’s, in its language', async () => {
    const a = await createActor(t.deps, { email: 'signed-in-writer@example.com' });
    await t.deps.db.update(users).set({ language: 'sv' }).where(eq(users.id, a.userId));
    const session = await a.cookie();
    const form = await t.app.request('/fr-fr/contact', { headers: { cookie: session } });
    expect(await form.text()).toContain('value="signed-in-writer@example.com"');
    const res = await post(
      '/fr-fr/contact',
      { topic: 'question', email: 'signed-in-writer@example.com', message: 'Comment changer ma langue ?' },
      { session },
    );
    expect(res.status).toBe(303);
    const [ticket] = await t.deps.db.select().from(supportTickets).where(eq(supportTickets.userId, a.userId));
    expect(ticket!.locale).toBe('sv-FR');
    const [mail] = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, 'signed-in-writer@example.com'));
    expect(mail!.subject).toContain('Vi har tagit emot ditt meddelande');
  });

  it('is rate-limited per IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await post(
        '/fr-fr/contact',
        { topic: 'other', email: `flood${i}@example.com`, message: 'Spam' },
        { ip: '203.0.113.99' },
      );
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 303)).toBe(true);
    expect(statuses[10]).toBe(429);
    const other = await post(
      '/fr-fr/contact',
      { topic: 'other', email: 'calm@example.com', message: 'Hi' },
      { ip: '203.0.113.100' },
    );
    expect(other.status).toBe(303);
  });
});
