/**
 * Erasure on every engine: everything about the person goes or loses them, except exactly what a
 * legal hold keeps (with its reason and end); they can no longer sign in; nobody else's data moves;
 * the report is stored, audited and emailed in their language; the purge job ends the holds.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { buyerWithShippedLines } from '../../../test/after-sales.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder } from '../../../test/orders.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { sessions, users } from '../accounts/accounts.schema.ts';
import { createSession } from '../accounts/create-session.ts';
import { careAttachments, careFolders, careMessages } from '../after-sales/after-sales.schema.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { cartLines, carts } from '../cart/cart.schema.ts';
import { dsaComplaints } from '../compliance/dsa-notices.schema.ts';
import { supportTicketMessages, supportTickets } from '../customer-service/customer-service.schema.ts';
import { marketingPreferences } from '../marketing/marketing.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import { reviews } from '../reviews/reviews.schema.ts';
import { submitReview } from '../reviews/submit-review.ts';
import { sellerMembers } from '../seller-team/seller-team.schema.ts';
import { eraseAccount } from './erase-account.ts';
import { legalHolds } from './privacy-erasure.schema.ts';
import { postmortemDirectives, privacyRequests } from './privacy-requests.schema.ts';
import { purgeExpiredHolds } from './purge-expired-holds.ts';

describe.each(ENGINES)('erasing an account on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let person: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  let other: Awaited<ReturnType<typeof buyerWithShippedLines>>;
  let unpaidOrderId: number;
  let openFolderId: number;
  let closedFolderId: number;
  let requestId: number;
  let report: Awaited<ReturnType<typeof eraseAccount>>;

  const signIn = (email: string) =>
    t.app.request('/api/v1/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'a long enough passphrase' }),
    });

  async function folder(
    lineId: number,
    orderId: number,
    buyerUserId: number,
    status: 'awaiting_seller' | 'closed',
  ) {
    const now = t.clock.now();
    const [f] = await t.deps.db
      .insert(careFolders)
      .values({
        orderId,
        orderLineId: lineId,
        buyerUserId,
        sellerId: person.sellerId,
        market: 'FR',
        problem: 'defective',
        status,
        openedAt: now,
        turnSince: now,
        lastMessageAt: now,
        updatedAt: now,
        ...(status === 'closed' ? { closedAt: now, closingReason: 'other' } : {}),
      })
      .returning({ id: careFolders.id });
    const [m] = await t.deps.db
      .insert(careMessages)
      .values({
        folderId: f!.id,
        party: 'buyer',
        authorUserId: buyerUserId,
        body: 'Mein Telefon lädt nicht.',
        createdAt: now,
      })
      .returning({ id: careMessages.id });
    await t.deps.db
      .insert(careMessages)
      .values({ folderId: f!.id, party: 'seller', body: 'Please send it back.', createdAt: now });
    const key = `care/${f!.id}/photo.jpg`;
    await t.deps.storage.put(key, new Uint8Array([1, 2, 3]), 'image/jpeg');
    await t.deps.db.insert(careAttachments).values({
      folderId: f!.id,
      messageId: m!.id,
      storageKey: key,
      fileName: 'photo.jpg',
      contentType: 'image/jpeg',
      sizeBytes: 3,
      createdAt: now,
    });
    return f!.id;
  }

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    person = await buyerWithShippedLines(t, {
      email: 'erase-me@example.com',
      count: 3,
      deliveredBy: 'carrier',
    });
    other = await buyerWithShippedLines(t, {
      email: 'keep-me@example.com',
      count: 1,
      deliveredBy: 'carrier',
    });
    await t.deps.db.update(users).set({ language: 'de' }).where(eq(users.id, person.buyerId));
    const now = t.clock.now();
    // An order never paid: nothing holds it.
    const pick = (await offerPicks(t)).find((p) => p.quantity > 1)!;
    unpaidOrderId = (await placeOrder(t, { lines: [{ offerId: pick.id }] })).orders[0].id;
    await t.deps.db
      .update(orders)
      .set({ buyerUserId: person.buyerId, paidAt: null, invoiceNumber: null, state: 8 })
      .where(eq(orders.id, unpaidOrderId));
    openFolderId = await folder(
      person.lines[0]!.lineId,
      person.lines[0]!.orderId,
      person.buyerId,
      'awaiting_seller',
    );
    closedFolderId = await folder(
      person.lines[1]!.lineId,
      person.lines[1]!.orderId,
      person.buyerId,
      'closed',
    );
    await folder(other.lines[0]!.lineId, other.lines[0]!.orderId, other.buyerId, 'closed');
    const reviewed = await submitReview(t.deps, {
      userId: person.buyerId,
      orderLineId: person.lines[2]!.lineId,
      rating: 4,
      comment: 'Sehr gutes Handy, schnell geliefert und gut verpackt.',
      licenceAccepted: true,
      authorshipCertified: true,
      language: 'de',
    });
    expect(reviewed.ok).toBe(true);
    const [ticket] = await t.deps.db
      .insert(supportTickets)
      .values({
        market: 'FR',
        locale: 'de-de',
        userId: person.buyerId,
        email: 'erase-me@example.com',
        topic: 'question',
        status: 'closed',
        createdAt: now,
        lastMessageAt: now,
        updatedAt: now,
      })
      .returning({ id: supportTickets.id });
    await t.deps.db.insert(supportTicketMessages).values({
      ticketId: ticket!.id,
      kind: 'customer',
      authorUserId: person.buyerId,
      body: 'Wo ist mein Paket?',
      createdAt: now,
    });
    const [cart] = await t.deps.db
      .insert(carts)
      .values({ userId: person.buyerId, market: 'FR', createdAt: now, updatedAt: now })
      .returning({ id: carts.id });
    await t.deps.db
      .insert(cartLines)
      .values({ cartId: cart!.id, offerId: pick.id, quantity: 1, seenUnitPriceMinor: 10_000, addedAt: now });
    // Privacy, marketing and DSA records of the person (and a complaint sent signed out, by address).
    await t.deps.db.insert(postmortemDirectives).values({
      userId: person.buyerId,
      instruction: 'hand_over',
      trustedName: 'Bob',
      trustedEmail: 'bob@example.com',
      updatedAt: now,
    });
    const [request] = await t.deps.db
      .insert(privacyRequests)
      .values({
        market: 'FR',
        locale: 'de-de',
        regime: 'gdpr',
        kind: 'erasure',
        source: 'account',
        userId: person.buyerId,
        name: 'Erika',
        email: 'erase-me@example.com',
        status: 'open',
        receivedAt: now,
        receivedOn: '2026-11-21',
        initialDueOn: '2026-12-21',
        dueOn: '2026-12-21',
      })
      .returning({ id: privacyRequests.id });
    requestId = request!.id;
    await t.deps.db
      .insert(marketingPreferences)
      .values({ userId: person.buyerId, email: true, basis: 'explicit', basisAt: now, updatedAt: now });
    await t.deps.db.insert(dsaComplaints).values({
      complainantEmail: 'erase-me@example.com',
      complainantLocale: 'de-de',
      market: 'FR',
      explanation: 'Meine Bewertung wurde zu Unrecht entfernt.',
      informedAt: now,
      status: 'rejected',
      receivedAt: now,
    });
    for (const userId of [person.buyerId, other.buyerId]) {
      await createSession(t.deps.db, {
        userId,
        isOperator: false,
        now,
        meta: { ip: '203.0.113.9', userAgent: 'test' },
      });
    }
    expect((await signIn('erase-me@example.com')).status).toBeLessThan(300);
    report = await eraseAccount(t.deps, {
      userId: person.buyerId,
      requestedBy: person.buyerId,
      reason: 'own_request',
    });
  });
  afterAll(() => t?.close());

  const rowOf = <T>(rows: T[], module: string, dataset: string) =>
    rows.find(
      (r) => (r as { module: string }).module === module && (r as { dataset: string }).dataset === dataset,
    );

  it('keeps exactly the held records, each with its reason and end', async () => {
    const holds = await t.deps.db.select().from(legalHolds).where(eq(legalHolds.userId, person.buyerId));
    const summary = holds
      .map((h) => [h.module, h.dataset, h.recordRef, h.reason, h.until?.toISOString() ?? null])
      .sort((a, b) => String(a).localeCompare(String(b)));
    expect(summary).toEqual(
      [
        ['after-sales', 'care_folders', String(openFolderId), 'open_claim', null],
        ['privacy', 'privacy_requests', String(requestId), 'open_claim', null],
        ...person.lines.map((l) => [
          'orders',
          'orders',
          String(l.orderId),
          'accounting',
          '2037-01-02T00:00:00.000Z',
        ]),
      ].sort((a, b) => String(a).localeCompare(String(b))),
    );
    // The held orders still carry what their invoices print.
    const [held] = await t.deps.db.select().from(orders).where(eq(orders.id, person.lines[0]!.orderId));
    expect(held!.shippingAddress.line1).not.toBe('');
    const [open] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, openFolderId));
    expect(open!.buyerUserId).toBe(person.buyerId);
    const openMessages = await t.deps.db
      .select()
      .from(careMessages)
      .where(eq(careMessages.folderId, openFolderId));
    expect(openMessages.map((m) => m.body)).toContain('Mein Telefon lädt nicht.');
  });

  it('deletes or anonymises everything else', async () => {
    const [u] = await t.deps.db.select().from(users).where(eq(users.id, person.buyerId));
    expect(u).toMatchObject({
      email: `erased-${person.buyerId}@erased.invalid`,
      name: '',
      status: 'closed',
      emailVerifiedAt: null,
    });
    expect(await t.deps.db.select().from(sessions).where(eq(sessions.userId, person.buyerId))).toEqual([]);
    const [unpaid] = await t.deps.db.select().from(orders).where(eq(orders.id, unpaidOrderId));
    expect(unpaid!.shippingAddress).toEqual({ name: '', line1: '', postalCode: '', city: '', country: 'FR' });
    const [closed] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, closedFolderId));
    expect(closed!.buyerUserId).toBeNull();
    const closedMessages = await t.deps.db
      .select()
      .from(careMessages)
      .where(eq(careMessages.folderId, closedFolderId));
    expect(closedMessages.find((m) => m.party === 'buyer')!.body).toBe('');
    expect(closedMessages.find((m) => m.party === 'seller')!.body).toBe('Please send it back.');
    expect(await t.deps.storage.get(`care/${closedFolderId}/photo.jpg`)).toBeNull();
    expect(await t.deps.storage.get(`care/${openFolderId}/photo.jpg`)).not.toBeNull();
    expect(await t.deps.db.select().from(reviews).where(eq(reviews.authorUserId, person.buyerId))).toEqual(
      [],
    );
    expect(
      await t.deps.db.select().from(reviews).where(eq(reviews.orderLineId, person.lines[2]!.lineId)),
    ).toEqual([]);
    expect(
      await t.deps.db.select().from(supportTickets).where(eq(supportTickets.email, 'erase-me@example.com')),
    ).toEqual([]);
    expect(await t.deps.db.select().from(carts).where(eq(carts.userId, person.buyerId))).toEqual([]);
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectUserId, person.buyerId));
    expect(audit.filter((e) => e.ip !== null && e.action !== 'privacy.account_erased')).toEqual([]);
    expect(audit.some((e) => e.action === 'privacy.account_erased')).toBe(true);
    const [complaint] = await t.deps.db.select().from(dsaComplaints);
    expect(complaint).toMatchObject({
      complainantEmail: `erased-${person.buyerId}@erased.invalid`,
      explanation: '',
    });
    expect(await t.deps.db.select().from(postmortemDirectives)).toEqual([]);
    const [req] = await t.deps.db.select().from(privacyRequests).where(eq(privacyRequests.id, requestId));
    expect(req).toMatchObject({ name: 'Erika', email: 'erase-me@example.com' });
  });

  it('reports what was deleted, anonymised and held', () => {
    expect(report.userId).toBe(person.buyerId);
    expect(report.erasedAt).toBe(t.clock.now().toISOString());
    expect(rowOf(report.anonymised, 'accounts', 'account')?.count).toBe(1);
    expect(rowOf(report.anonymised, 'orders', 'orders')?.count).toBe(1);
    expect(rowOf(report.anonymised, 'after-sales', 'care_folders')?.count).toBe(1);
    expect(rowOf(report.deleted, 'accounts', 'sessions')?.count).toBeGreaterThanOrEqual(1);
    expect(rowOf(report.deleted, 'reviews', 'reviews')?.count).toBe(1);
    expect(rowOf(report.deleted, 'customer-service', 'support_tickets')?.count).toBe(1);
    expect(rowOf(report.deleted, 'cart', 'cart_lines')?.count).toBe(1);
    expect(rowOf(report.deleted, 'accounts', 'terms_acceptances')?.count).toBeGreaterThanOrEqual(1);
    expect(rowOf(report.deleted, 'privacy', 'postmortem_directives')?.count).toBe(1);
    expect(rowOf(report.deleted, 'marketing', 'marketing_preferences')?.count).toBe(1);
    expect(rowOf(report.anonymised, 'compliance', 'dsa_complaints')?.count).toBe(1);
    expect(report.held).toEqual(
      expect.arrayContaining([
        {
          module: 'orders',
          dataset: 'orders',
          count: 3,
          reason: 'accounting',
          until: '2037-01-02T00:00:00.000Z',
        },
        { module: 'after-sales', dataset: 'care_folders', count: 1, reason: 'open_claim', until: null },
      ]),
    );
    expect(report.deleted.every((r) => r.count > 0) && report.anonymised.every((r) => r.count > 0)).toBe(
      true,
    );
  });

  it('emails the report to the address before it was anonymised, in the person’s language', async () => {
    const mails = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.template, 'privacy.erasure-report'));
    expect(mails.map((m) => m.toAddress)).toEqual(['erase-me@example.com']);
    expect(mails[0]!.subject).toBe('Ihr Reloop-Konto wurde gelöscht');
    expect(mails[0]!.textBody).toContain('3 Rechnungen und Buchungsbelege');
    expect(mails[0]!.textBody).toContain('2. Januar 2037');
  });

  it('the person can no longer sign in; nobody else’s data moved', async () => {
    expect((await signIn('erase-me@example.com')).status).toBe(401);
    expect((await signIn('keep-me@example.com')).status).toBeLessThan(300);
    const [o] = await t.deps.db.select().from(users).where(eq(users.id, other.buyerId));
    expect(o).toMatchObject({ email: 'keep-me@example.com', status: 'active' });
    expect(
      (await t.deps.db.select().from(sessions).where(eq(sessions.userId, other.buyerId))).length,
    ).toBeGreaterThan(0);
    const [theirFolder] = await t.deps.db
      .select()
      .from(careFolders)
      .where(eq(careFolders.buyerUserId, other.buyerId));
    expect(theirFolder).toBeDefined();
    expect(await t.deps.storage.get(`care/${theirFolder!.id}/photo.jpg`)).not.toBeNull();
    const [theirOrder] = await t.deps.db.select().from(orders).where(eq(orders.id, other.lines[0]!.orderId));
    expect(theirOrder!.shippingAddress.line1).not.toBe('');
    expect(await t.deps.db.select().from(legalHolds).where(eq(legalHolds.userId, other.buyerId))).toEqual([]);
  });

  it('refuses a second erasure, an operator, and the owner of a running seller', async () => {
    await expect(
      eraseAccount(t.deps, { userId: person.buyerId, requestedBy: null, reason: 'retention' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const operator = await createActor(t.deps, { email: 'op-erase@example.com', operator: ['support'] });
    await expect(
      eraseAccount(t.deps, { userId: operator.userId, requestedBy: operator.userId, reason: 'own_request' }),
    ).rejects.toMatchObject({ code: 'NOT_ELIGIBLE' });
    const owner = await createActor(t.deps, {
      email: 'owner-erase@example.com',
      sellers: [{ sellerId: person.sellerId, role: 'owner' }],
    });
    await expect(
      eraseAccount(t.deps, { userId: owner.userId, requestedBy: owner.userId, reason: 'own_request' }),
    ).rejects.toMatchObject({ code: 'NOT_ELIGIBLE' });
    expect(
      await t.deps.db
        .select()
        .from(sellerMembers)
        .where(and(eq(sellerMembers.userId, owner.userId))),
    ).toHaveLength(1);
    // Staff of a running seller may be erased: only the membership goes.
    const staff = await createActor(t.deps, {
      email: 'staff-erase@example.com',
      sellers: [{ sellerId: person.sellerId, role: 'staff' }],
    });
    const r = await eraseAccount(t.deps, { userId: staff.userId, requestedBy: null, reason: 'request_desk' });
    expect(rowOf(r.deleted, 'seller-team', 'seller_memberships')?.count).toBe(1);
    expect(r.held).toEqual([]);
  });

  it('shows the report and the holds on the operator’s user page', async () => {
    const support = await createActor(t.deps, { email: 'support-erase@example.com', operator: ['support'] });
    const page = await t.get(`/console/users/${person.buyerId}`, { cookie: await support.cookie() });
    expect(page.status).toBe(200);
    const section = page.text.slice(page.text.indexOf('id="erasure-h"'));
    expect(section).toContain('The person’s own request');
    expect(section).toContain('Orders and their invoices');
    expect(section).toContain('Accounting and tax law: invoices and accounting records');
    expect(section).toContain('Until the claim is closed');
    expect(section).toContain(`<code>${openFolderId}</code>`);
    const otherPage = await t.get(`/console/users/${other.buyerId}`, { cookie: await support.cookie() });
    expect(otherPage.text).not.toContain('id="erasure-h"');
  });

  it('the purge job erases a held record once its hold has ended', async () => {
    const start = t.clock.now();
    expect(await purgeExpiredHolds(t.deps)).toEqual({ purged: 0 });
    await t.deps.db
      .update(careFolders)
      .set({ status: 'closed', closedAt: start })
      .where(eq(careFolders.id, openFolderId));
    expect(await purgeExpiredHolds(t.deps)).toEqual({ purged: 1 });
    await t.deps.db
      .update(privacyRequests)
      .set({ status: 'answered', answeredAt: start })
      .where(eq(privacyRequests.id, requestId));
    expect(await purgeExpiredHolds(t.deps)).toEqual({ purged: 1 });
    const [req] = await t.deps.db.select().from(privacyRequests).where(eq(privacyRequests.id, requestId));
    expect(req).toMatchObject({
      name: '',
      email: `erased-${person.buyerId}@erased.invalid`,
      kind: 'erasure',
    });
    const [folderNow] = await t.deps.db.select().from(careFolders).where(eq(careFolders.id, openFolderId));
    expect(folderNow!.buyerUserId).toBeNull();
    expect(await t.deps.storage.get(`care/${openFolderId}/photo.jpg`)).toBeNull();
    t.clock.set('2037-01-01T23:59:59Z');
    expect(await purgeExpiredHolds(t.deps)).toEqual({ purged: 0 });
    t.clock.set('2037-01-02T00:00:00Z');
    expect(await purgeExpiredHolds(t.deps)).toEqual({ purged: 3 });
    const [o] = await t.deps.db.select().from(orders).where(eq(orders.id, person.lines[0]!.orderId));
    expect(o!.shippingAddress.line1).toBe('');
    expect(o!.shippingAddress.country).toBe('FR');
    const live = await t.deps.db.select().from(legalHolds).where(eq(legalHolds.userId, person.buyerId));
    expect(live.filter((h) => h.purgedAt === null)).toEqual([]);
    expect(await purgeExpiredHolds(t.deps)).toEqual({ purged: 0 });
    const [theirOrder] = await t.deps.db.select().from(orders).where(eq(orders.id, other.lines[0]!.orderId));
    expect(theirOrder!.shippingAddress.line1).not.toBe('');
    t.clock.set(start);
  });
});
