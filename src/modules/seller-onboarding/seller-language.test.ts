import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { translator } from '../../platform/i18n.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { createMemoryStorage } from '../../platform/storage.ts';
import { setAccountLanguage } from '../accounts/set-account-language.ts';
import { offers } from '../offers/offers.schema.ts';
import { sellerMembers } from '../seller-team/seller-team.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { applicationPagePath, storefrontBase } from './apply-as-seller.ts';
import { reinstateSeller } from './reinstate-seller.ts';
import { noticeRecipients } from './seller-notices.ts';
import { suspendSeller } from './suspend-seller.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const meta = { ip: '192.0.2.1', userAgent: 'test' };

describe.each(ENGINES)('seller emails follow the seller’s language on %s (issue 13)', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 8 });
  });
  afterAll(() => t.close());

  const lastMail = async (to: string, template: string) =>
    (
      await t.deps.db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.toAddress, to), eq(mailOutbox.template, template)))
        .orderBy(mailOutbox.id)
    ).at(-1)!;

  it('the owner’s chosen language, else the seller’s country’s: in the notices and the outbox', async () => {
    const [row] = await t.deps.db
      .select({ sellerId: offers.sellerId })
      .from(offers)
      .innerJoin(sellers, eq(sellers.id, offers.sellerId))
      .where(and(eq(offers.published, true), eq(sellers.status, 'active')))
      .limit(1);
    const sellerId = row!.sellerId;
    // A Swedish seller, owned by a German speaker (the first owner) and a second owner who chose nothing.
    await t.deps.db.update(sellers).set({ country: 'SE' }).where(eq(sellers.id, sellerId));
    await t.deps.db.delete(sellerMembers).where(eq(sellerMembers.sellerId, sellerId));
    const first = await createActor(t.deps, {
      email: 'greta@example.com',
      sellers: [{ sellerId, role: 'owner' }],
    });
    await createActor(t.deps, { email: 'nils@example.com', sellers: [{ sellerId, role: 'owner' }] });
    await setAccountLanguage(t.deps, { userId: first.userId, language: 'de', meta });
    const [seller] = await t.deps.db.select().from(sellers).where(eq(sellers.id, sellerId));

    const { recipients, locale } = await noticeRecipients(t.deps.db, seller!);
    expect(locale).toBe('de-SE');
    expect(recipients).toEqual([
      { email: seller!.email.trim().toLowerCase(), locale: 'de-SE' },
      { email: 'greta@example.com', locale: 'de-SE' },
      { email: 'nils@example.com', locale: 'sv-SE' },
    ]);

    const operatorId = (
      await createActor(t.deps, {
        email: 'compliance-lang@example.com',
        buyerType: null,
        operator: ['compliance'],
      })
    ).userId;
    const deps = { ...t.deps, storage: createMemoryStorage() };
    await suspendSeller(deps, {
      operatorId,
      sellerId,
      input: { reason: 'inaccurate_trader_data', details: 'The registered address is a parcel locker.' },
    });
    const de = translator('de-SE');
    const sv = translator('sv-SE');
    const german = await lastMail('greta@example.com', 'seller-onboarding.suspended');
    expect(german.subject).toBe(de('mail.onboarding.suspended.subject', { shop: seller!.name }));
    expect(german.textBody).toContain(de('mail.signature'));
    const swedish = await lastMail('nils@example.com', 'seller-onboarding.suspended');
    expect(swedish.subject).toBe(sv('mail.onboarding.suspended.subject', { shop: seller!.name }));
    expect(swedish.subject).toContain('är avstängd på Reloop');
    expect(swedish.textBody).toContain(sv('mail.signature'));

    await reinstateSeller(deps, { operatorId, sellerId, input: { note: '' } });
    expect((await lastMail('nils@example.com', 'seller-onboarding.reinstated')).subject).toBe(
      sv('mail.onboarding.reinstated.subject', { shop: seller!.name }),
    );
    expect((await lastMail(seller!.email.trim().toLowerCase(), 'seller-onboarding.reinstated')).subject).toBe(
      de('mail.onboarding.reinstated.subject', { shop: seller!.name }),
    );
  });
});

describe('onboarding email links (issue 13)', () => {
  it('open the applicant’s market in their language where it has that storefront', () => {
    expect(applicationPagePath({ locale: 'nl-BE', market: 'BE' })).toBe('/nl-be/sell');
    expect(storefrontBase({ locale: 'fr-BE', market: 'BE' })).toBe('/fr-be');
    expect(storefrontBase({ locale: 'en-BE', market: 'BE' })).toBe('/fr-be');
    expect(applicationPagePath({ locale: 'de-FR', market: 'FR' })).toBe('/fr-fr/sell');
  });
});
