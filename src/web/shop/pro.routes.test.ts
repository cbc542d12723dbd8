import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.ts';

const fr = translator('fr-FR');

import { linkIn, TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { businessProfiles, users } from '../../modules/accounts/accounts.schema.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

const company = {
  name: 'Marie Curie',
  market: 'FR',
  acceptTerms: 'on',
  legalName: 'Radium Labs SAS',
  addressLine: '11 rue Pierre et Marie Curie',
  postalCode: '75005',
  city: 'Paris',
  country: 'FR',
};

describe.each(ENGINES)('Reloop Pro on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 3, offers: 40 });
  });
  afterAll(() => t.close());

  it('checks the VAT number, keeps one account per company, and signs in only business accounts', async () => {
    const b = new TestBrowser(t.app);
    const page = await b.get('/pro/fr-fr/sign-up');
    expect(page.text).toContain('Numéro de TVA intracommunautaire');
    const base = { ...company, email: 'marie@radium.example', password: 'polonium and radium' };

    const missing = await b.post('/pro/fr-fr/sign-up', { ...base, vatNumber: '' });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain(fr('form.error.vatRequired'));
    const badDigits = await b.post('/pro/fr-fr/sign-up', { ...base, vatNumber: 'FR84323140391' });
    expect(badDigits.status).toBe(400);
    expect(badDigits.text).toContain(fr('form.error.invalid'));
    const foreign = await b.post('/pro/fr-fr/sign-up', { ...base, vatNumber: 'DE136695976' });
    expect(foreign.status).toBe(400);
    const unregistered = await b.post('/pro/fr-fr/sign-up', { ...base, vatNumber: 'FR11999999998' });
    expect(unregistered.status).toBe(400);
    expect(unregistered.text).toContain('VIES');
    expect(await t.deps.db.select().from(users).where(eq(users.email, base.email))).toHaveLength(0);

    const ok = await b.post('/pro/fr-fr/sign-up', { ...base, vatNumber: 'fr 40 303 265 045' });
    expect(ok.status).toBe(201);
    const [profile] = await t.deps.db.select().from(businessProfiles);
    expect(profile).toMatchObject({
      vatNumber: 'FR40303265045',
      legalName: 'Radium Labs SAS',
      vatVerifiedBy: 'local',
    });
    expect(profile!.vatConsultationRef).toMatch(/^LOCAL-/);

    const dup = await b.post('/pro/fr-fr/sign-up', {
      ...base,
      email: 'pierre@radium.example',
      vatNumber: 'FR40303265045',
    });
    expect(dup.status).toBe(400);
    expect(dup.text).toContain(fr('form.error.vatTaken'));

    const link = linkIn(
      (await listOutbox(t.deps.db, { to: base.email, limit: 1 }))[0]!.textBody,
      '/pro/fr-fr/verify-email?token=',
    );
    expect(link).toMatch(/^\/pro\/fr-fr\/verify-email/);

    // A consumer cannot sign in to Pro; the business account can, and sees prices without VAT.
    const consumer = new TestBrowser(t.app, '192.0.2.9');
    await consumer.post('/fr-fr/sign-up', {
      name: 'Joe',
      email: 'joe@example.com',
      password: 'just a consumer here',
      market: 'FR',
      acceptTerms: 'on',
    });
    const refused = await consumer.post('/pro/fr-fr/sign-in', {
      email: 'joe@example.com',
      password: 'just a consumer here',
    });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain(fr('form.refusal.proOnly'));

    const signedIn = await b.post('/pro/fr-fr/sign-in', { email: base.email, password: base.password });
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe('/pro/fr-fr');
    const home = await b.get('/pro/fr-fr');
    expect(home.text).toContain('Prix hors TVA');
    expect(home.text).toMatch(/€ HT/);
    const account = await b.get('/pro/fr-fr/account');
    expect(account.text).toContain('Radium Labs SAS');
    expect(account.text).toContain('FR40303265045');
  });

  it('accepts Greek (EL) and Northern Irish (XI) numbers and refuses GR', async () => {
    const b = new TestBrowser(t.app, '192.0.2.33');
    const gr = await b.post('/pro/fr-fr/sign-up', {
      ...company,
      country: 'GR',
      email: 'a@hellas.example',
      password: 'ancient greek philosophy',
      vatNumber: 'GR094012834',
    });
    expect(gr.status).toBe(400);
    expect(gr.text).toContain('EL');
    const el = await b.post('/pro/fr-fr/sign-up', {
      ...company,
      country: 'GR',
      email: 'a@hellas.example',
      password: 'ancient greek philosophy',
      vatNumber: 'EL094012834',
    });
    expect(el.status).toBe(201);
    const xi = await b.post('/pro/fr-fr/sign-up', {
      ...company,
      country: 'GB',
      email: 'a@belfast.example',
      password: 'giants causeway basalt',
      vatNumber: 'XI980780684',
    });
    expect(xi.status).toBe(201);
    const numbers = (await t.deps.db.select({ v: businessProfiles.vatNumber }).from(businessProfiles)).map(
      (r) => r.v,
    );
    expect(numbers).toEqual(expect.arrayContaining(['EL094012834', 'XI980780684']));
  });
});
