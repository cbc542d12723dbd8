import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { AppError } from '../../platform/errors.ts';
import { translator } from '../../platform/i18n.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { createMemoryStorage } from '../../platform/storage.ts';
import { users } from '../accounts/accounts.schema.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { statementsOfReasons } from '../compliance/compliance.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { sellerMembers } from '../seller-team/seller-team.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { slugify } from '../sellers/slug.rules.ts';
import { applyAsSeller } from './apply-as-seller.ts';
import { canPublish } from './can-publish.ts';
import { addMonthsUtc, endSellerContract } from './end-seller-contract.ts';
import type { OnboardingDeps } from './onboarding.deps.ts';
import { sellerApplications } from './onboarding.schema.ts';
import { findApplication, openApplicationOf } from './onboarding.store.ts';
import { reinstateSeller } from './reinstate-seller.ts';
import { resubmitApplication } from './resubmit-application.ts';
import { approveApplication, rejectApplication, requestCorrection } from './review-application.ts';
import { noticeRecipients } from './seller-notices.ts';
import { suspendSeller } from './suspend-seller.ts';

const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const GIF = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0]);

const VALID_APPLICATION = {
  shopName: 'Refurb Lab Paris',
  legalName: 'Refurb Lab SAS',
  addressLine: '12 rue des Ateliers',
  postalCode: '75011',
  city: 'Paris',
  country: 'FR',
  phone: '+33 1 23 45 67 89',
  email: 'Contact@RefurbLab.example',
  tradeRegister: 'RCS Paris',
  tradeRegisterNumber: '303 265 045',
  vatNumber: 'FR 40 303 265 045',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  accountHolder: 'Refurb Lab SAS',
  selfCertification: 'on',
};

async function fieldsOf(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe('INVALID_INPUT');
  return (e as AppError).fields.map((f) => f.field).sort();
}

describe.each(ENGINES)('seller onboarding use cases on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let deps: OnboardingDeps;
  let storage: ReturnType<typeof createMemoryStorage>;
  let compliance: number;
  let n = 0;
  const applicant = async () => (await createActor(t.deps, { email: `applicant${++n}@example.com` })).userId;
  const mails = (to: string) =>
    t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(mailOutbox.id);

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 3, offers: 20 });
    storage = createMemoryStorage();
    deps = { ...t.deps, storage };
    compliance = (
      await createActor(t.deps, {
        email: 'compliance@example.com',
        buyerType: null,
        operator: ['compliance'],
      })
    ).userId;
  });
  afterAll(() => t.close());

  it('refuses an application from an account whose email is not verified (it would own the shop; issue 12 finding 3)', async () => {
    const userId = await applicant();
    await t.deps.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.id, userId));
    await expect(
      applyAsSeller(deps, { userId, input: VALID_APPLICATION, file: { name: 'passport.pdf', bytes: PDF } }),
    ).rejects.toMatchObject({ code: 'NOT_ELIGIBLE', message: expect.stringMatching(/confirm your email/i) });
    expect(await openApplicationOf(t.deps.db, userId)).toBeFalsy();
  });

  it('applies, stores the document and emails a receipt; approval creates a verified seller with its owner', async () => {
    const userId = await applicant();
    const { applicationId } = await applyAsSeller(deps, {
      userId,
      input: VALID_APPLICATION,
      file: { name: 'passport.pdf', bytes: PDF },
    });
    const app = (await findApplication(t.deps.db, applicationId))!;
    expect(app).toMatchObject({
      status: 'submitted',
      email: 'contact@refurblab.example',
      vatNumber: 'FR40303265045',
      iban: 'FR7630006000011234567890189',
      idDocumentName: 'passport.pdf',
    });
    expect(app.vatConsultationRef).toMatch(/^LOCAL-/);
    expect(app.idDocumentKey).toMatch(/^seller-applications\/[0-9a-f-]{36}\/id-document\.pdf$/);
    expect((await storage.get(app.idDocumentKey))?.contentType).toBe('application/pdf');
    expect((await mails(`applicant${n}@example.com`)).map((m) => m.template)).toEqual([
      'seller-onboarding.received',
    ]);

    await expect(
      applyAsSeller(deps, { userId, input: VALID_APPLICATION, file: { name: 'p.pdf', bytes: PDF } }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      approveApplication(deps, { operatorId: userId, applicationId, input: {} }),
    ).rejects.toMatchObject({ code: 'CONFLICT' }); // nobody reviews their own application

    const { sellerId, slug } = await approveApplication(deps, {
      operatorId: compliance,
      applicationId,
      input: { note: 'Checked against the RCS.' },
    });
    expect(slug).toBe('refurb-lab-paris');
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'seller.application_approved'));
    expect(audit).toEqual([expect.objectContaining({ actorUserId: compliance, details: { applicationId } })]);
    const [seller] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    expect(seller).toMatchObject({
      name: 'Refurb Lab Paris',
      legalName: 'Refurb Lab SAS',
      status: 'active',
      verified: true,
      iban: 'FR7630006000011234567890189',
      accountHolder: 'Refurb Lab SAS',
      vatNumber: 'FR40303265045',
      tradeRegisterNumber: '303 265 045',
    });
    const members = await t.deps.db.select().from(sellerMembers).where(eq(sellerMembers.sellerId, sellerId));
    expect(members).toMatchObject([{ userId, role: 'owner' }]);
    expect(await findApplication(t.deps.db, applicationId)).toMatchObject({
      status: 'approved',
      sellerId,
      reviewerId: compliance,
      reviewNote: 'Checked against the RCS.',
    });
    const approved = (await mails(`applicant${n}@example.com`)).at(-1)!;
    expect(approved.template).toBe('seller-onboarding.approved');
    expect(approved.textBody).toContain('http://reloop.test/fr-fr/s/refurb-lab-paris');
    expect(await canPublish(t.deps.db, sellerId)).toBe(true);
    await expect(
      approveApplication(deps, { operatorId: compliance, applicationId, input: {} }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    // Same shop name, another company: the slug gets a suffix.
    const other = await applicant();
    const second = await applyAsSeller(deps, {
      userId: other,
      input: { ...VALID_APPLICATION, vatNumber: '', country: 'US' },
      file: { name: 'id.png', bytes: PNG },
    });
    expect(await findApplication(t.deps.db, second.applicationId)).toMatchObject({
      vatNumber: null,
      vatConsultationRef: null,
    });
    const r2 = await approveApplication(deps, {
      operatorId: compliance,
      applicationId: second.applicationId,
      input: {},
    });
    expect(r2.slug).toBe('refurb-lab-paris-2');
  });

  it('refuses invalid input with every field named and stores nothing', async () => {
    const userId = await applicant();
    const before = storage.files.size;
    const count = async () =>
      (
        await t.deps.db
          .select()
          .from(sellerApplications)
          .where(eq(sellerApplications.applicantUserId, userId))
      ).length;
    expect(
      await fieldsOf(
        applyAsSeller(deps, {
          userId,
          input: { ...VALID_APPLICATION, iban: 'FR7630006000011234567890188', vatNumber: '' },
          file: { name: 'id.pdf', bytes: GIF },
        }),
      ),
    ).toEqual(['iban', 'idDocument', 'vatNumber']);
    expect(
      await fieldsOf(
        applyAsSeller(deps, {
          userId,
          input: { ...VALID_APPLICATION, selfCertification: undefined, unknown: 'x', phone: 'call me' },
          file: null,
        }),
      ),
    ).toEqual(['idDocument', 'phone', 'selfCertification', 'unknown']);
    // Well-formed, but VIES says it is not registered.
    expect(
      await fieldsOf(
        applyAsSeller(deps, {
          userId,
          input: { ...VALID_APPLICATION, vatNumber: 'FR11999999998' },
          file: { name: 'id.pdf', bytes: PDF },
        }),
      ),
    ).toEqual(['vatNumber']);
    // A German number for a French company.
    expect(
      await fieldsOf(
        applyAsSeller(deps, {
          userId,
          input: { ...VALID_APPLICATION, vatNumber: 'DE136695976' },
          file: { name: 'id.pdf', bytes: PDF },
        }),
      ),
    ).toEqual(['vatNumber']);
    expect(storage.files.size).toBe(before);
    expect(await count()).toBe(0);
  });

  it('runs the correction round trip, and a rejection lets the applicant apply again', async () => {
    const userId = await applicant();
    const email = `applicant${n}@example.com`;
    const { applicationId } = await applyAsSeller(deps, {
      userId,
      input: { ...VALID_APPLICATION, shopName: 'Phone Doctor' },
      file: { name: 'id.pdf', bytes: PDF },
    });
    await expect(
      resubmitApplication(deps, { userId, applicationId, input: VALID_APPLICATION, file: null }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(
      await fieldsOf(
        requestCorrection(deps, { operatorId: compliance, applicationId, input: { reasons: ' ' } }),
      ),
    ).toEqual(['reasons']);
    await requestCorrection(deps, {
      operatorId: compliance,
      applicationId,
      input: { reasons: 'The trade register number does not match the RCS extract.' },
    });
    const first = (await findApplication(t.deps.db, applicationId))!;
    expect(first).toMatchObject({ status: 'needs_correction', reviewerId: compliance });
    const ask = (await mails(email)).at(-1)!;
    expect(ask.template).toBe('seller-onboarding.correction-requested');
    expect(ask.textBody).toContain('does not match the RCS extract');
    expect(ask.textBody).toContain('http://reloop.test/fr-fr/sell');

    // Someone else cannot resubmit it; bad data is refused as at first.
    const stranger = await applicant();
    await expect(
      resubmitApplication(deps, { userId: stranger, applicationId, input: VALID_APPLICATION, file: null }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await fieldsOf(
        resubmitApplication(deps, {
          userId,
          applicationId,
          input: { ...VALID_APPLICATION, iban: 'DE00' },
          file: null,
        }),
      ),
    ).toEqual(['iban']);

    await resubmitApplication(deps, {
      userId,
      applicationId,
      input: { ...VALID_APPLICATION, shopName: 'Phone Doctor', tradeRegisterNumber: '303265045' },
      file: { name: 'new-id.png', bytes: PNG },
    });
    const second = (await findApplication(t.deps.db, applicationId))!;
    expect(second).toMatchObject({
      status: 'submitted',
      tradeRegisterNumber: '303265045',
      idDocumentName: 'new-id.png',
    });
    expect(second.idDocumentKey).not.toBe(first.idDocumentKey);
    expect(await storage.get(first.idDocumentKey)).toBeNull();
    expect((await storage.get(second.idDocumentKey))?.contentType).toBe('image/png');
    expect((await mails(email)).at(-1)!.template).toBe('seller-onboarding.resubmitted');

    await rejectApplication(deps, {
      operatorId: compliance,
      applicationId,
      input: { reasons: 'The company is not registered as a trader.' },
    });
    expect(await findApplication(t.deps.db, applicationId)).toMatchObject({ status: 'rejected' });
    const rejected = (await mails(email)).at(-1)!;
    expect(rejected.template).toBe('seller-onboarding.rejected');
    expect(rejected.textBody).toContain('not registered as a trader');
    // The redress in the applicant's language (their market's, French), not the stored English.
    expect(rejected.textBody).toContain(translator('fr-FR')('mail.redress.seller'));
    const again = await applyAsSeller(deps, {
      userId,
      input: VALID_APPLICATION,
      file: { name: 'id.pdf', bytes: PDF },
    });
    expect(again.applicationId).toBeGreaterThan(applicationId);
  });

  it('suspends with a statement of reasons, unpublishes offers and emails; reinstates; ends the contract', async () => {
    const [row] = await t.deps.db
      .select({ sellerId: offers.sellerId })
      .from(offers)
      .innerJoin(sellers, eq(sellers.id, offers.sellerId))
      .where(and(eq(offers.published, true), eq(sellers.status, 'active'), eq(sellers.verified, true)))
      .limit(1);
    const sellerId = row!.sellerId;
    const owner = await createActor(t.deps, {
      email: 'owner-suspended@example.com',
      sellers: [{ sellerId, role: 'owner' }],
    });
    const [seller] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    expect(await canPublish(t.deps.db, sellerId)).toBe(true);

    expect(
      await fieldsOf(
        suspendSeller(deps, { operatorId: compliance, sellerId, input: { reason: 'bad', details: '' } }),
      ),
    ).toEqual(['details', 'reason']);
    const { statementId } = await suspendSeller(deps, {
      operatorId: compliance,
      sellerId,
      input: { reason: 'inaccurate_trader_data', details: 'The registered address is a parcel locker.' },
    });
    const [after] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    expect(after).toMatchObject({ status: 'suspended', suspensionStatementId: statementId });
    const [sor] = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.id, statementId));
    expect(sor).toMatchObject({
      subjectUserId: owner.userId,
      measure: 'suspension_of_service',
      reasonCode: 'inaccurate_trader_data',
      groundType: 'incompatible_terms',
      source: 'own_initiative',
      automatedDetection: false,
      automatedDecision: false,
      decidedBy: compliance,
      endsAt: null,
    });
    expect(sor!.facts).toContain('parcel locker');
    expect(sor!.redress).toContain('internal complaint');
    const live = await t.deps.db
      .select({ n: sql<number>`count(*)::int` })
      .from(offers)
      .where(and(eq(offers.sellerId, sellerId), eq(offers.published, true)));
    expect(live[0]!.n).toBe(0);
    const winners = await t.deps.database.rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM buybox_winners WHERE seller_id = ${sellerId}`,
    );
    expect(winners[0]!.n).toBe(0);
    const { recipients } = await noticeRecipients(t.deps.db, seller!);
    for (const to of [seller!.email.toLowerCase(), 'owner-suspended@example.com']) {
      const mail = (await mails(to)).at(-1)!;
      expect(mail.template).toBe('seller-onboarding.suspended');
      expect(mail.textBody).toContain(statementId);
      expect(mail.textBody).toContain('parcel locker');
      // Reason, duration and redress in the recipient's language; the statement keeps its text.
      const tr = translator(recipients.find((r) => r.email === to)!.locale);
      expect(mail.textBody).toContain(tr('mail.suspension.reason.inaccurate_trader_data'));
      expect(mail.textBody).toContain(tr('mail.suspension.lasts.inaccurate_trader_data'));
      expect(mail.textBody).toContain(tr('mail.redress.seller'));
    }
    expect(await canPublish(t.deps.db, sellerId)).toBe(false);
    await expect(
      suspendSeller(deps, {
        operatorId: compliance,
        sellerId,
        input: { reason: 'incomplete_trader_data', details: 'x' },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    await reinstateSeller(deps, {
      operatorId: compliance,
      sellerId,
      input: { note: 'New address checked.' },
    });
    const [back] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    expect(back).toMatchObject({ status: 'active', verified: true, suspensionStatementId: null });
    expect((await mails('owner-suspended@example.com')).at(-1)!.template).toBe(
      'seller-onboarding.reinstated',
    );
    expect(await canPublish(t.deps.db, sellerId)).toBe(true);

    const ended = await endSellerContract(deps, {
      operatorId: compliance,
      sellerId,
      input: { by: 'platform', details: 'Repeated counterfeit listings.' },
    });
    expect(ended.retainTraderDataUntil.toISOString()).toBe('2027-05-21T12:00:00.000Z');
    expect(ended.statementId).toBeTruthy();
    const [closed] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));
    expect(closed).toMatchObject({ status: 'closed' });
    expect(closed!.retainTraderDataUntil?.toISOString()).toBe('2027-05-21T12:00:00.000Z');
    expect(await canPublish(t.deps.db, sellerId)).toBe(false);
    expect((await mails('owner-suspended@example.com')).at(-1)!.textBody).toContain('21 mai 2027'); // in the seller's language
  });

  it('never lets an unverified or unknown seller publish', async () => {
    const [s] = await t.deps.db
      .insert(sellers)
      .values({
        slug: 'unverified-shop',
        name: 'Unverified',
        legalName: 'Unverified SARL',
        addressLine: '1 rue',
        postalCode: '75001',
        city: 'Paris',
        country: 'FR',
        tradeRegister: 'RCS',
        tradeRegisterNumber: '1',
        email: 'u@example.com',
        phone: '+33100000000',
        verified: false,
      })
      .returning({ id: sellers.id });
    expect(await canPublish(t.deps.db, s!.id)).toBe(false);
    expect(await canPublish(t.deps.db, 999_999)).toBe(false);
  });
});

describe('onboarding rules', () => {
  it('adds calendar months, clamping to the month end', () => {
    expect(addMonthsUtc(new Date('2026-08-31T10:00:00Z'), 6).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(addMonthsUtc(new Date('2027-08-31T10:00:00Z'), 6).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonthsUtc(new Date('2026-11-21T12:00:00Z'), 6).toISOString()).toBe('2027-05-21T12:00:00.000Z');
  });

  it('slugifies shop names', () => {
    expect(slugify('Ré-Phone  Électronique & Co.')).toBe('re-phone-electronique-co');
    expect(slugify('★★★')).toBe('shop');
  });
});
