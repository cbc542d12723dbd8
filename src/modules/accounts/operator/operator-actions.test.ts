import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createActor } from '../../../../test/actors.ts';
import { ENGINES } from '../../../../test/db.ts';
import { createTestApp } from '../../../../test/fixtures.ts';
import { translator } from '../../../platform/i18n.ts';
import { listOutbox } from '../../../platform/mail/outbox.store.ts';
import { auditEvents } from '../../audit/audit.schema.ts';
import { statementsOfReasons } from '../../compliance/compliance.schema.ts';
import { businessProfiles, operatorRoles, users } from '../accounts.schema.ts';
import { signUp } from '../sign-up.ts';
import { closeAccountByPlatform } from './close-account-by-platform.ts';
import { createOperatorCommand } from './create-operator.cli.ts';
import { authoriseReregistration } from './reopen-account.ts';
import { updateBusinessProfile } from './update-business-profile.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const meta = { ip: '192.0.2.1', userAgent: 'test' };
const company = {
  name: 'Irène',
  password: 'artificial radioactivity',
  market: 'FR',
  acceptTerms: true,
  legalName: 'Joliot Labs SAS',
  addressLine: '1 rue Curie',
  postalCode: '75005',
  city: 'Paris',
  country: 'FR',
};

describe.each(ENGINES)('operator actions on %s', (engine) => {
  let t: T;
  let operatorId: number;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
    operatorId = (
      await createActor(t.deps, { email: 'ops@reloop.example', buyerType: null, operator: ['compliance'] })
    ).userId;
  });
  afterAll(() => t.close());

  const userByEmail = async (email: string) =>
    (await t.deps.db.select().from(users).where(eq(users.email, email)).orderBy(users.id)).at(-1)!;

  it('a platform closure stores a statement of reasons, emails it, and blocks the email and VAT number until authorised', async () => {
    await signUp(t.deps, {
      input: { ...company, email: 'irene@joliot.example', vatNumber: 'FRK7399859412' },
      business: true,
      meta,
    });
    const user = await userByEmail('irene@joliot.example');
    const { statementId } = await closeAccountByPlatform(t.deps, {
      operatorId,
      userId: user.id,
      input: { reason: 'false_identity', details: 'The registered company was dissolved in 2024.' },
      meta,
    });

    const [sor] = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.id, statementId));
    expect(sor).toMatchObject({
      subjectUserId: user.id,
      measure: 'account_termination',
      endsAt: null,
      source: 'own_initiative',
      automatedDetection: false,
      automatedDecision: false,
      groundType: 'incompatible_terms',
      legalGround: null,
      decidedBy: operatorId,
    });
    expect(sor!.contractualGround).toContain('§3.2');
    expect(sor!.redress).toMatch(/complaint.*out-of-court.*court/s);
    const [mail] = await listOutbox(t.deps.db, { to: 'irene@joliot.example', limit: 1 });
    expect(mail!.template).toBe('accounts.closed-by-platform');
    // In the account's language (its market's, French), the date written the French way.
    expect(mail!.subject).toBe(translator('fr-FR')('mail.closedByPlatform.subject'));
    expect(mail!.textBody).toContain('Nous avons fermé votre compte Reloop le 21 novembre 2026');
    // The reason, its ground and the redress in French too; the stored statement keeps its text.
    const fr = translator('fr-FR');
    expect(mail!.textBody).toContain(fr('mail.closure.reason.false_identity'));
    expect(mail!.textBody).toContain(
      fr('mail.ground.incompatibleTerms', { clause: fr('mail.closure.clause.false_identity') }),
    );
    expect(mail!.textBody).toContain(fr('mail.redress.user'));
    expect(mail!.textBody).not.toContain('False or misleading account information');
    expect(mail!.textBody).not.toContain(sor!.redress);
    expect(mail!.textBody).toContain('The registered company was dissolved in 2024.');
    expect(mail!.textBody).toContain(statementId);
    expect((await userByEmail('irene@joliot.example')).status).toBe('closed');

    const again = signUp(t.deps, {
      input: { ...company, email: 'irene@joliot.example', vatNumber: 'FR4Z123456782' },
      business: true,
      meta,
    });
    await expect(again).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: [{ field: 'email' }] });
    const sameVat = signUp(t.deps, {
      input: { ...company, email: 'frederic@joliot.example', vatNumber: 'FRK7399859412' },
      business: true,
      meta,
    });
    await expect(sameVat).rejects.toMatchObject({
      fields: [{ field: 'vatNumber', message: expect.stringContaining('closed account') }],
    });

    await authoriseReregistration(t.deps, { operatorId, userId: user.id, meta });
    await signUp(t.deps, {
      input: { ...company, email: 'irene@joliot.example', vatNumber: 'FRK7399859412' },
      business: true,
      meta,
    });
    const fresh = await userByEmail('irene@joliot.example');
    expect(fresh.id).not.toBe(user.id);
    expect(fresh.status).toBe('active');
    const actions = (
      await t.deps.db
        .select({ a: auditEvents.action })
        .from(auditEvents)
        .where(eq(auditEvents.subjectUserId, user.id))
    ).map((r) => r.a);
    expect(actions).toEqual(
      expect.arrayContaining(['account.closed_by_platform', 'account.reregistration_authorised']),
    );
  });

  it('support changes company details; a new VAT number is checked again and must be free', async () => {
    await signUp(t.deps, {
      input: { ...company, email: 'paul@langevin.example', vatNumber: 'FR40303265045' },
      business: true,
      meta,
    });
    await signUp(t.deps, {
      input: { ...company, email: 'marie@sklodowska.example', vatNumber: 'FR4Z123456782' },
      business: true,
      meta,
    });
    const paul = await userByEmail('paul@langevin.example');
    const base = {
      legalName: 'Langevin Ultrasons SAS',
      addressLine: '10 rue Vauquelin',
      postalCode: '75005',
      city: 'Paris',
      country: 'FR',
    };

    await updateBusinessProfile(t.deps, {
      operatorId,
      userId: paul.id,
      input: { ...base, vatNumber: 'FR 40 303265045', note: 'Kbis of 2026-11-02' },
      meta,
    });
    const [moved] = await t.deps.db
      .select()
      .from(businessProfiles)
      .where(eq(businessProfiles.userId, paul.id));
    expect(moved).toMatchObject({
      legalName: 'Langevin Ultrasons SAS',
      addressLine: '10 rue Vauquelin',
      vatNumber: 'FR40303265045',
    });

    const bad = updateBusinessProfile(t.deps, {
      operatorId,
      userId: paul.id,
      input: { ...base, vatNumber: 'FR84323140391', note: 'typo' },
      meta,
    });
    await expect(bad).rejects.toMatchObject({ fields: [{ field: 'vatNumber' }] });
    const taken = updateBusinessProfile(t.deps, {
      operatorId,
      userId: paul.id,
      input: { ...base, vatNumber: 'FR4Z123456782', note: 'merger' },
      meta,
    });
    await expect(taken).rejects.toMatchObject({
      fields: [{ field: 'vatNumber', message: expect.stringContaining('one account per company') }],
    });
    const noNote = updateBusinessProfile(t.deps, {
      operatorId,
      userId: paul.id,
      input: { ...base, vatNumber: 'FR40303265045', note: '' },
      meta,
    });
    await expect(noNote).rejects.toMatchObject({ fields: [{ field: 'note' }] });
    const [unchanged] = await t.deps.db
      .select()
      .from(businessProfiles)
      .where(eq(businessProfiles.userId, paul.id));
    expect(unchanged!.vatNumber).toBe('FR40303265045');
    const [event] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'account.business_profile_changed'));
    expect(event).toMatchObject({ actorUserId: operatorId, subjectUserId: paul.id });
  });

  it('create-operator makes the first admin from the command line and refuses a weak password', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      vi.stubEnv('OPERATOR_PASSWORD', 'short');
      expect(
        await createOperatorCommand(t.deps, ['--email', 'first@reloop.example', '--name', 'First']),
      ).toBe(1);
      expect(error.mock.calls.flat().join('\n')).toContain('at least 12 characters');
      vi.stubEnv('OPERATOR_PASSWORD', 'reloop operators unite');
      expect(
        await createOperatorCommand(t.deps, ['--email', 'first@reloop.example', '--name', 'First']),
      ).toBe(0);
      const user = await userByEmail('first@reloop.example');
      const roles = await t.deps.db.select().from(operatorRoles).where(eq(operatorRoles.userId, user.id));
      expect(roles.map((r) => r.role)).toEqual(['admin']);
      expect(user.buyerType).toBeNull();
      expect(
        await createOperatorCommand(t.deps, ['--email', 'x@reloop.example', '--name', 'X', '--role', 'king']),
      ).toBe(1);
    } finally {
      vi.unstubAllEnvs();
      log.mockRestore();
      error.mockRestore();
    }
  });
});
