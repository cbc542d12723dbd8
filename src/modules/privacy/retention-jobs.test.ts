/**
 * The retention jobs on every engine, the clock moved across each boundary: an inactive account is
 * warned 30 days before deactivation (in its language), kept when the person comes back,
 * deactivated on the announced day, erased 30 days later; a closed seller's trader data is purged
 * once its retention date has passed, and nothing before.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp, TEST_NOW } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder } from '../../../test/orders.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { sessions, users } from '../accounts/accounts.schema.ts';
import { closeOwnAccount } from '../accounts/close-own-account.ts';
import { createSession } from '../accounts/create-session.ts';
import { orders } from '../orders/orders.schema.ts';
import { sellerApplications } from '../seller-onboarding/onboarding.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { accountRetention, erasureReports } from './privacy-erasure.schema.ts';
import { applyAccountRetention, purgeTraderData } from './retention-jobs.ts';

const DAY = 86_400_000;
const at = (s: string) => new Date(s);

describe.each(ENGINES)('retention jobs on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let idle: number;
  let comesBack: number;
  let customer: number;
  let active: number;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    const make = async (email: string, createdAt: string) => {
      const { userId } = await createActor(t.deps, { email });
      await t.deps.db
        .update(users)
        .set({ createdAt: at(createdAt) })
        .where(eq(users.id, userId));
      return userId;
    };
    // Due on 2026-12-21 12:00 (3 years without activity), so warned from TEST_NOW on.
    idle = await make('idle@example.com', '2023-12-21T12:00:00Z');
    comesBack = await make('back@example.com', '2023-12-21T12:00:00Z');
    await t.deps.db.update(users).set({ language: 'de' }).where(eq(users.id, comesBack));
    // Inactive as long, but ordered in 2025: kept 6 years after that order.
    customer = await make('customer@example.com', '2023-01-01T00:00:00Z');
    const pick = (await offerPicks(t)).find((p) => p.quantity > 1)!;
    const orderId = (await placeOrder(t, { lines: [{ offerId: pick.id }] })).orders[0].id;
    await t.deps.db
      .update(orders)
      .set({ buyerUserId: customer, createdAt: at('2025-03-01T10:00:00Z') })
      .where(eq(orders.id, orderId));
    // Signed up long ago, but used the site last month.
    active = await make('active@example.com', '2020-01-01T00:00:00Z');
    await createSession(t.deps.db, {
      userId: active,
      isOperator: false,
      now: at('2026-10-20T00:00:00Z'),
      meta: { ip: '', userAgent: 'test' },
    });
  });
  afterAll(() => t?.close());

  const mails = (template: string) =>
    t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.template, template)).orderBy(mailOutbox.id);
  const ours = (rows: Array<{ toAddress: string }>) =>
    rows.map((m) => m.toAddress).filter((a) => /^(idle|back|customer|active)@/.test(a));

  it('warns 30 days before deactivation, not a millisecond earlier, in the person’s language', async () => {
    t.clock.set(new Date(at(TEST_NOW).getTime() - 1));
    await applyAccountRetention(t.deps);
    expect(ours(await mails('privacy.inactivity-warning'))).toEqual([]);
    t.clock.set(TEST_NOW);
    await applyAccountRetention(t.deps);
    const warnings = (await mails('privacy.inactivity-warning')).filter((m) => ours([m]).length);
    expect(warnings.map((m) => m.toAddress)).toEqual(['idle@example.com', 'back@example.com']);
    expect(warnings[0]!.subject).toBe('Votre compte Reloop va être fermé pour inactivité');
    expect(warnings[0]!.textBody).toContain('21 décembre 2026');
    expect(warnings[0]!.textBody).toContain('http://reloop.test/fr-fr/sign-in');
    expect(warnings[1]!.subject).toBe('Ihr Reloop-Konto wird wegen Inaktivität geschlossen');
    const rows = await t.deps.db
      .select()
      .from(accountRetention)
      .where(inArray(accountRetention.userId, [idle, comesBack]));
    expect(rows.map((r) => r.deactivateOn?.toISOString())).toEqual([
      '2026-12-21T12:00:00.000Z',
      '2026-12-21T12:00:00.000Z',
    ]);
    // Once warned, not again.
    await applyAccountRetention(t.deps);
    expect(ours(await mails('privacy.inactivity-warning'))).toHaveLength(2);
  });

  it('keeps the account of a person who came back, and deactivates the other on the announced day', async () => {
    await createSession(t.deps.db, {
      userId: comesBack,
      isOperator: false,
      now: at('2026-11-25T09:00:00Z'),
      meta: { ip: '', userAgent: 'test' },
    });
    t.clock.set('2026-12-21T11:59:59.999Z');
    const before = await applyAccountRetention(t.deps);
    expect(before.deactivated).toBe(0);
    expect(
      await t.deps.db.select().from(accountRetention).where(eq(accountRetention.userId, comesBack)),
    ).toEqual([]);
    const live = await createSession(t.deps.db, {
      userId: idle,
      isOperator: false,
      now: at('2023-12-21T12:00:00Z'),
      meta: { ip: '', userAgent: 'old' },
    });
    expect(live).toBeTruthy();
    t.clock.set('2026-12-21T12:00:00Z');
    const r = await applyAccountRetention(t.deps);
    expect(r.deactivated).toBe(1);
    const [u] = await t.deps.db.select().from(users).where(eq(users.id, idle));
    expect(u).toMatchObject({ status: 'closed', closedBy: 'platform', email: 'idle@example.com' });
    const open = await t.deps.db.select().from(sessions).where(eq(sessions.userId, idle));
    expect(open.every((s) => s.revokedAt !== null)).toBe(true);
    expect((await mails('privacy.account-deactivated')).map((m) => m.toAddress)).toEqual([
      'idle@example.com',
    ]);
    for (const id of [comesBack, customer, active]) {
      const [x] = await t.deps.db.select().from(users).where(eq(users.id, id));
      expect(x!.status).toBe('active');
    }
  });

  it('erases the deactivated account 30 days later, not before', async () => {
    t.clock.set(new Date(at('2026-12-21T12:00:00Z').getTime() + 30 * DAY - 1));
    expect((await applyAccountRetention(t.deps)).erased).toBe(0);
    t.clock.set(new Date(at('2026-12-21T12:00:00Z').getTime() + 30 * DAY));
    expect((await applyAccountRetention(t.deps)).erased).toBe(1);
    const [report] = await t.deps.db.select().from(erasureReports).where(eq(erasureReports.userId, idle));
    expect(report).toMatchObject({ reason: 'retention', requestedBy: null });
    const [u] = await t.deps.db.select().from(users).where(eq(users.id, idle));
    expect(u!.email).toBe(`erased-${idle}@erased.invalid`);
    expect((await mails('privacy.erasure-report')).map((m) => m.toAddress)).toEqual(['idle@example.com']);
    expect(await t.deps.db.select().from(accountRetention).where(eq(accountRetention.userId, idle))).toEqual(
      [],
    );
    expect((await applyAccountRetention(t.deps)).erased).toBe(0);
  });

  it('keeps a customer 6 years after the last order: warned only 30 days before that', async () => {
    t.clock.set('2031-01-30T09:59:59Z');
    await applyAccountRetention(t.deps);
    expect(ours(await mails('privacy.inactivity-warning'))).not.toContain('customer@example.com');
    t.clock.set('2031-01-30T10:00:00Z');
    await applyAccountRetention(t.deps);
    expect(ours(await mails('privacy.inactivity-warning'))).toContain('customer@example.com');
    const [row] = await t.deps.db
      .select()
      .from(accountRetention)
      .where(eq(accountRetention.userId, customer));
    expect(row!.deactivateOn?.toISOString()).toBe('2031-03-01T10:00:00.000Z');
    t.clock.set(TEST_NOW);
  });

  it('erases an account its owner closed 30 days after the closure, not before', async () => {
    t.clock.set(TEST_NOW);
    const closer = await createActor(t.deps, { email: 'closer@example.com' });
    await closeOwnAccount(t.deps, {
      userId: closer.userId,
      currentPassword: closer.password,
      meta: { ip: '', userAgent: 'test' },
    });
    t.clock.set(new Date(at(TEST_NOW).getTime() + 30 * DAY - 1));
    expect((await applyAccountRetention(t.deps)).closedErased).toBe(0);
    t.clock.set(new Date(at(TEST_NOW).getTime() + 30 * DAY));
    expect((await applyAccountRetention(t.deps)).closedErased).toBe(1);
    const [report] = await t.deps.db
      .select()
      .from(erasureReports)
      .where(eq(erasureReports.userId, closer.userId));
    expect(report).toMatchObject({ reason: 'retention', requestedBy: null });
    const [u] = await t.deps.db.select().from(users).where(eq(users.id, closer.userId));
    expect(u).toMatchObject({ email: `erased-${closer.userId}@erased.invalid`, closedBy: 'user' });
    expect(u!.closedAt?.toISOString()).toBe(at(TEST_NOW).toISOString());
    expect((await applyAccountRetention(t.deps)).closedErased).toBe(0);
    t.clock.set(TEST_NOW);
  });

  it('purges a closed seller’s trader data once its retention date has passed', async () => {
    const [closed, running] = await t.deps.db.select().from(sellers).orderBy(sellers.id).limit(2);
    const retainUntil = at('2027-05-21T12:00:00Z');
    await t.deps.db
      .update(sellers)
      .set({
        status: 'closed',
        retainTraderDataUntil: retainUntil,
        iban: 'FR7630006000011234567890189',
        accountHolder: 'Ada SAS',
      })
      .where(eq(sellers.id, closed!.id));
    const applicant = await createActor(t.deps, { email: 'applicant@example.com' });
    const now = t.clock.now();
    await t.deps.storage.put('seller-applications/x/id.pdf', new Uint8Array([1]), 'application/pdf');
    const application = {
      applicantUserId: applicant.userId,
      status: 'approved' as const,
      shopName: 'Shop',
      legalName: 'Ada SAS',
      addressLine: '1 rue de la Paix',
      postalCode: '75002',
      city: 'Paris',
      country: 'FR',
      phone: '+33123456789',
      email: 'shop@example.com',
      tradeRegister: 'RCS Paris',
      tradeRegisterNumber: '123 456 789',
      iban: 'FR7630006000011234567890189',
      accountHolder: 'Ada SAS',
      idDocumentKey: 'seller-applications/x/id.pdf',
      idDocumentName: 'id.pdf',
      selfCertifiedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    await t.deps.db.insert(sellerApplications).values([
      { ...application, sellerId: closed!.id },
      { ...application, sellerId: running!.id, idDocumentKey: 'seller-applications/y/id.pdf' },
    ]);
    await t.deps.storage.put('seller-applications/y/id.pdf', new Uint8Array([1]), 'application/pdf');
    t.clock.set(new Date(retainUntil.getTime() - 1));
    expect(await purgeTraderData(t.deps)).toEqual({ sellers: 0 });
    t.clock.set(retainUntil);
    expect(await purgeTraderData(t.deps)).toEqual({ sellers: 1 });
    expect(await purgeTraderData(t.deps)).toEqual({ sellers: 0 });
    const [s] = await t.deps.db.select().from(sellers).where(eq(sellers.id, closed!.id));
    expect(s).toMatchObject({
      iban: null,
      accountHolder: null,
      phone: '',
      email: `erased-seller-${closed!.id}@erased.invalid`,
    });
    // What its invoices print stays, held with them.
    expect(s!.legalName).toBe(closed!.legalName);
    expect(s!.vatNumber).toBe(closed!.vatNumber);
    const [app] = await t.deps.db
      .select()
      .from(sellerApplications)
      .where(eq(sellerApplications.sellerId, closed!.id));
    expect(app).toMatchObject({ iban: '', phone: '', idDocumentKey: '', legalName: '' });
    expect(await t.deps.storage.get('seller-applications/x/id.pdf')).toBeNull();
    const [other] = await t.deps.db
      .select()
      .from(sellerApplications)
      .where(and(eq(sellerApplications.sellerId, running!.id)));
    expect(other!.iban).toBe('FR7630006000011234567890189');
    expect(await t.deps.storage.get('seller-applications/y/id.pdf')).not.toBeNull();
    const [r] = await t.deps.db.select().from(sellers).where(eq(sellers.id, running!.id));
    expect(r!.email).toBe(running!.email);
    t.clock.set(TEST_NOW);
  });
});
