import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import {
  supportTicketMessages,
  supportTickets,
} from '../../modules/customer-service/customer-service.schema.ts';
import { submitContactForm } from '../../modules/customer-service/submit-contact-form.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';

const FORM = 'application/x-www-form-urlencoded';

describe.each(ENGINES)('console tickets (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let support: Awaited<ReturnType<typeof createActor>>;
  let consumer: Awaited<ReturnType<typeof createActor>>;
  let writer: Awaited<ReturnType<typeof createActor>>;
  let ticketId = 0;
  let anonTicketId = 0;

  const get = async (path: string, cookie: string) => {
    const res = await t.app.request(path, { headers: { cookie } });
    return { status: res.status, text: await res.text() };
  };
  const post = async (path: string, fields: Record<string, string>, session: string) => {
    const csrf = csrfPair(t.deps);
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { cookie: `${session}; ${csrf.cookie}`, 'content-type': FORM },
      body: new URLSearchParams({ ...fields, _csrf: csrf.header }).toString(),
    });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };
  const mailsTo = (to: string) => t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to));

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
    support = await createActor(t.deps, { email: 'tickets-support@reloop.test', operator: ['support'] });
    consumer = await createActor(t.deps, { email: 'tickets-consumer@example.com' });
    writer = await createActor(t.deps, { email: 'tickets-writer@example.com' });
    const deps = { db: t.deps.db, mailer: t.deps.mailer, now: t.clock.now() };
    ticketId = (
      await submitContactForm(deps, {
        market: 'IT',
        locale: 'it-IT',
        userId: writer.userId,
        values: { topic: 'complaint', email: writer.email, message: 'Il sito è lento.' },
      })
    ).ticketId;
    anonTicketId = (
      await submitContactForm(deps, {
        market: 'FR',
        locale: 'fr-FR',
        userId: null,
        values: { topic: 'question', email: 'anon@example.com', message: 'Une question.' },
      })
    ).ticketId;
  });
  afterAll(() => t?.close());

  it('lists tickets with status and assignee filters', async () => {
    const session = await support.cookie();
    const list = await get('/console/tickets', session);
    expect(list.status).toBe(200);
    expect(list.text).toContain(`href="/console/tickets/${ticketId}"`);
    expect(list.text).toContain(`href="/console/tickets/${anonTicketId}"`);
    expect(list.text).toContain('href="/console/tickets"');
    const closed = await get('/console/tickets?status=closed', session);
    expect(closed.text).not.toContain(`href="/console/tickets/${ticketId}"`);
    expect((await get('/console/tickets?assignee=me', session)).text).not.toContain(
      `href="/console/tickets/${ticketId}"`,
    );
    await post(`/console/tickets/${ticketId}/assign`, {}, session);
    const mine = await get('/console/tickets?assignee=me', session);
    expect(mine.text).toContain(`href="/console/tickets/${ticketId}"`);
    expect(mine.text).not.toContain(`href="/console/tickets/${anonTicketId}"`);
    const unassigned = await get('/console/tickets?assignee=none', session);
    expect(unassigned.text).toContain(`href="/console/tickets/${anonTicketId}"`);
    expect(unassigned.text).not.toContain(`href="/console/tickets/${ticketId}"`);
  });

  it('emails a reply in the person’s language; a note is never emailed', async () => {
    const session = await support.cookie();
    const before = (await mailsTo(writer.email)).length;
    const reply = await post(
      `/console/tickets/${ticketId}/reply`,
      { body: 'We fixed the slow pages.' },
      session,
    );
    expect(reply.status).toBe(303);
    expect(reply.location).toBe(`/console/tickets/${ticketId}?done=replied`);
    const mails = await mailsTo(writer.email);
    expect(mails.length).toBe(before + 1);
    const sent = mails.find((m) => m.template === 'customer-service.reply')!;
    expect(sent.subject).toContain('Servizio clienti Reloop');
    expect(sent.textBody).toContain('We fixed the slow pages.');
    expect(sent.textBody).toContain('ha risposto alla tua richiesta');
    const [row] = await t.deps.db.select().from(supportTickets).where(eq(supportTickets.id, ticketId));
    expect(row!.status).toBe('pending');

    const note = await post(
      `/console/tickets/${ticketId}/note`,
      { body: 'Known issue, see incident 12.' },
      session,
    );
    expect(note.status).toBe(303);
    expect((await mailsTo(writer.email)).length).toBe(before + 1);
    const page = await get(`/console/tickets/${ticketId}`, session);
    expect(page.text).toContain('Known issue, see incident 12.');
    expect(page.text).toContain('Internal note');
    expect(page.text).toContain('Il sito è lento.');
  });

  it('changes status; bad input names the field and changes nothing', async () => {
    const session = await support.cookie();
    const [{ n: messagesBefore } = { n: -1 }] = await t.deps.db
      .select({ n: count() })
      .from(supportTicketMessages);
    const [{ n: mailsBefore } = { n: -1 }] = await t.deps.db.select({ n: count() }).from(mailOutbox);
    const empty = await post(`/console/tickets/${anonTicketId}/reply`, { body: ' ' }, session);
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('href="#f-body"');
    const badStatus = await post(`/console/tickets/${anonTicketId}/status`, { status: 'solved' }, session);
    expect(badStatus.status).toBe(400);
    expect(badStatus.text).toContain('href="#f-status"');
    expect((await t.deps.db.select({ n: count() }).from(supportTicketMessages))[0]!.n).toBe(messagesBefore);
    expect((await t.deps.db.select({ n: count() }).from(mailOutbox))[0]!.n).toBe(mailsBefore);
    const [still] = await t.deps.db.select().from(supportTickets).where(eq(supportTickets.id, anonTicketId));
    expect(still!.status).toBe('open');

    expect(
      (await post(`/console/tickets/${anonTicketId}/status`, { status: 'closed' }, session)).status,
    ).toBe(303);
    const [closed] = await t.deps.db.select().from(supportTickets).where(eq(supportTickets.id, anonTicketId));
    expect(closed!.status).toBe('closed');
    expect((await get('/console/tickets/999999', session)).status).toBe(404);
  });

  it('shows the person’s tickets on their console user page', async () => {
    const page = await get(`/console/users/${writer.userId}`, await support.cookie());
    expect(page.status).toBe(200);
    expect(page.text).toContain('Orders, care folders and tickets');
    expect(page.text).toContain(`href="/console/tickets/${ticketId}"`);
    expect(page.text).not.toContain(`href="/console/tickets/${anonTicketId}"`);
  });

  it('is customer service’s: a consumer is refused and nothing is sent', async () => {
    const session = await consumer.cookie();
    expect((await get('/console/tickets', session)).status).toBe(403);
    expect((await get(`/console/tickets/${ticketId}`, session)).status).toBe(403);
    const reply = await post(`/console/tickets/${ticketId}/reply`, { body: 'hijack' }, session);
    expect(reply.status).toBe(403);
    const rows = await t.deps.db
      .select()
      .from(supportTicketMessages)
      .where(eq(supportTicketMessages.body, 'hijack'));
    expect(rows).toEqual([]);
  });
});
