import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { legalDocuments, users } from '../../modules/accounts/accounts.schema.ts';
import { pendingLegalDocuments } from '../../modules/accounts/accounts.store.ts';
import { acceptCurrentDocuments } from '../../modules/accounts/legal-acceptance.ts';
import { serviceFeeTableFor } from '../../modules/pricing/service-fee.rules.ts';
import { formatMoneyForDisplay } from '../../platform/money.ts';

/** Each storefront's legal pages, in its language: [locale, bcp47, terms, privacy, information]. */
const PAGES = [
  [
    'fr-fr',
    'fr-FR',
    'Conditions générales d’utilisation',
    'Politique de confidentialité',
    'Autres informations légales',
  ],
  [
    'fr-be',
    'fr-BE',
    'Conditions générales d’utilisation',
    'Politique de confidentialité',
    'Autres informations légales',
  ],
  ['nl-be', 'nl-BE', 'Gebruiksvoorwaarden', 'Privacybeleid', 'Overige juridische informatie'],
  ['de-de', 'de-DE', 'Nutzungsbedingungen', 'Datenschutzerklärung', 'Weitere rechtliche Informationen'],
  ['nl-nl', 'nl-NL', 'Gebruiksvoorwaarden', 'Privacybeleid', 'Overige juridische informatie'],
  ['sv-se', 'sv-SE', 'Användarvillkor', 'Integritetspolicy', 'Övrig juridisk information'],
  ['es-es', 'es-ES', 'Condiciones de uso', 'Política de privacidad', 'Otra información legal'],
  ['it-it', 'it-IT', 'Condizioni d’uso', 'Informativa sulla privacy', 'Altre informazioni legali'],
  ['en-gb', 'en-GB', 'Terms of use', 'Privacy policy', 'Other legal information'],
] as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const percent = (locale: string, bp: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);

describe.each(ENGINES)('legal pages per market, in its language (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 60 });
  }, 120_000);
  afterAll(() => t?.close());

  it.each(PAGES)(
    '%s: terms, privacy and other legal information, with their version',
    async (locale, bcp47, ...titles) => {
      for (const [kind, title] of [
        ['terms', titles[0]],
        ['privacy', titles[1]],
        ['information', titles[2]],
      ] as const) {
        const r = await t.get(`/${locale}/legal/${kind}`);
        expect(r.status, `${locale} ${kind}`).toBe(200);
        expect(r.text).toContain(`<html lang="${bcp47}">`);
        expect(r.text, `${locale} ${kind}`).toContain(`<h1>${esc(title)}</h1>`);
        expect(r.text).toContain('2026-10');
        expect(r.text).not.toMatch(/\{[a-zA-Z]+\}/); // every figure filled in
      }
      // The footer links the information page.
      const home = await t.get(`/${locale}/legal/terms`);
      expect(home.text).toContain(`href="/${locale}/legal/information"`);
    },
  );

  it('the information page states the real service fee, commission, monthly fee and payout delay', async () => {
    const fees = (
      await t.database.rows<{ bp: number; days: number }>(
        sql`SELECT default_commission_bp AS bp, payout_delay_days AS days FROM fee_settings WHERE id = 1`,
      )
    )[0]!;
    for (const [locale, bcp47, code, currency] of [
      ['fr-fr', 'fr-FR', 'FR', 'EUR'],
      ['sv-se', 'sv-SE', 'SE', 'SEK'],
      ['de-de', 'de-DE', 'DE', 'EUR'],
    ] as const) {
      const table = serviceFeeTableFor(code);
      const r = await t.get(`/${locale}/legal/information`);
      const text = r.text.replace(/&nbsp;|\u00a0|\u202f/g, ' ');
      const norm = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');
      expect(text).toContain(norm(formatMoneyForDisplay(table.minFeeMinor, currency, bcp47)));
      expect(text).toContain(norm(formatMoneyForDisplay(table.bands.at(-1)!.feeMinor, currency, bcp47)));
      expect(text).toContain(norm(percent(bcp47, table.capBp)));
      expect(text).toContain(norm(percent(bcp47, fees.bp)));
      const [monthly] = await t.database.rows<{ amount: number }>(
        sql`SELECT amount_minor AS amount FROM monthly_fee_amounts WHERE currency = ${currency}`,
      );
      expect(text).toContain(norm(formatMoneyForDisplay(monthly!.amount, currency, bcp47)));
      expect(text).toContain(` ${fees.days} `);
      expect(text).toContain(`href="/${locale}/how-offers-are-ranked"`);
    }
    // The figures follow the configuration: a new commission shows at once.
    await t.database.db.execute(sql`UPDATE fee_settings SET default_commission_bp = 1250 WHERE id = 1`);
    const after = (await t.get('/fr-fr/legal/information')).text.replace(/\u00a0|\u202f|&nbsp;/g, ' ');
    expect(after).toContain('commission de 12,5 %');
    await t.database.db.execute(sql`UPDATE fee_settings SET default_commission_bp = ${fees.bp} WHERE id = 1`);
  });

  it('the information page names the EU contact point, active recipients and the market’s mediator', async () => {
    const fr = await t.get('/fr-fr/legal/information');
    expect(fr.text).toContain('dsa@reloop.example');
    expect(fr.text).toMatch(/en moyenne \d[\d\s\u202f]* destinataires actifs par mois/);
    expect(fr.text).toContain('FEVAD');
    expect((await t.get('/de-de/legal/information')).text).toContain('Universalschlichtungsstelle');
    expect((await t.get('/nl-be/legal/information')).text).toContain('Consumentenombudsdienst');
    expect((await t.get('/sv-se/legal/information')).text).toContain('Allmänna reklamationsnämnden');
  });

  it('a version accepted in one of the market’s languages is accepted in the other; a new version is asked again', async () => {
    const db = t.deps.db;
    const now = t.clock.now();
    const [u] = await db
      .insert(users)
      .values({
        email: 'lea@example.be',
        name: 'Léa',
        passwordHash: 'x',
        buyerType: 'consumer',
        market: 'BE',
        language: 'fr',
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id });
    const before = await pendingLegalDocuments(db, u!.id, 'BE', now, 'nl');
    expect(before.map((d) => [d.kind, d.language]).sort()).toEqual([
      ['privacy', 'nl'],
      ['terms', 'nl'],
    ]);
    const ids = await acceptCurrentDocuments(db, {
      userId: u!.id,
      market: 'BE',
      now,
      ip: '',
      language: 'fr',
    });
    expect(ids).toHaveLength(2); // terms and privacy; the information page is not accepted
    expect(await pendingLegalDocuments(db, u!.id, 'BE', now, 'nl')).toEqual([]);
    expect(await pendingLegalDocuments(db, u!.id, 'BE', now, 'fr')).toEqual([]);
    await db.insert(legalDocuments).values({
      kind: 'terms',
      market: 'BE',
      language: 'nl',
      version: '2026-11-b',
      title: 'Gebruiksvoorwaarden',
      body: 'Nieuwe versie.',
      effectiveAt: new Date(now.getTime() - 1000),
      createdAt: now,
    });
    const pending = await pendingLegalDocuments(db, u!.id, 'BE', now, 'nl');
    expect(pending.map((d) => [d.kind, d.version, d.language])).toEqual([['terms', '2026-11-b', 'nl']]);
    // A French reader is asked for the same new version (shown in Dutch until it exists in French).
    expect((await pendingLegalDocuments(db, u!.id, 'BE', now, 'fr')).map((d) => d.version)).toEqual([
      '2026-11-b',
    ]);
  });
});
