/**
 * Which language a document is written in (issue 13): a buyer's documents in the account's
 * language in the order's market region, else the market's; a seller's in its owner's language,
 * else its country's market's. Never the page's.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { users } from '../accounts/accounts.schema.ts';
import { sellerMembers } from '../seller-team/seller-team.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { buyerDocumentLocale, sellerDocumentLocale } from './document-locale.read-model.ts';
import { sellerStatement } from './seller-statement.ts';

describe.each(ENGINES)('the language of documents on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 8 });
  });
  afterAll(() => t.close());

  it("a buyer's: the account's language in the order's market, else the market's", async () => {
    const buyer = await createActor(t.deps, { email: 'lang-buyer@example.com' });
    expect(await buyerDocumentLocale(t.deps.db, { buyerUserId: buyer.userId, market: 'FR' })).toBe('fr-FR');
    expect(await buyerDocumentLocale(t.deps.db, { buyerUserId: buyer.userId, market: 'SE' })).toBe('sv-SE');
    await t.deps.db.update(users).set({ language: 'de' }).where(eq(users.id, buyer.userId));
    expect(await buyerDocumentLocale(t.deps.db, { buyerUserId: buyer.userId, market: 'FR' })).toBe('de-FR');
    expect(await buyerDocumentLocale(t.deps.db, { buyerUserId: buyer.userId, market: 'BE' })).toBe('de-BE');
    // No account (or a language without a catalog): the market's.
    expect(await buyerDocumentLocale(t.deps.db, { buyerUserId: null, market: 'DE' })).toBe('de-DE');
    await t.deps.db.update(users).set({ language: 'pl' }).where(eq(users.id, buyer.userId));
    expect(await buyerDocumentLocale(t.deps.db, { buyerUserId: buyer.userId, market: 'IT' })).toBe('it-IT');
  });

  it("a seller's: its owner's language, else its country's market's; staff do not decide", async () => {
    const [seller] = await t.deps.db.select({ id: sellers.id }).from(sellers).limit(1);
    const sellerId = seller!.id;
    await t.deps.db.update(sellers).set({ country: 'SE' }).where(eq(sellers.id, sellerId));
    await t.deps.db.delete(sellerMembers).where(eq(sellerMembers.sellerId, sellerId));
    expect(await sellerDocumentLocale(t.deps.db, sellerId)).toBe('sv-SE');

    const owner = await createActor(t.deps, {
      email: 'lang-owner@example.com',
      sellers: [{ sellerId, role: 'owner' }],
    });
    const staff = await createActor(t.deps, {
      email: 'lang-staff@example.com',
      sellers: [{ sellerId, role: 'staff' }],
    });
    await t.deps.db.update(users).set({ language: 'de' }).where(eq(users.id, staff.userId));
    expect(await sellerDocumentLocale(t.deps.db, sellerId)).toBe('sv-SE');
    await t.deps.db.update(users).set({ language: 'en' }).where(eq(users.id, owner.userId));
    expect(await sellerDocumentLocale(t.deps.db, sellerId)).toBe('en-SE');

    // The statement carries it: its PDF is written in it.
    const s = await sellerStatement(t.deps.db, { sellerId, from: '2026-11-01', to: '2026-11-30' });
    expect(s!.locale).toBe('en-SE');

    // A seller established where Reloop has no storefront reads English.
    await t.deps.db.update(sellers).set({ country: 'PL' }).where(eq(sellers.id, sellerId));
    await t.deps.db.update(users).set({ language: null }).where(eq(users.id, owner.userId));
    expect(await sellerDocumentLocale(t.deps.db, sellerId)).toBe('en-GB');
    await t.deps.db.update(users).set({ language: 'de' }).where(eq(users.id, owner.userId));
    expect(await sellerDocumentLocale(t.deps.db, sellerId)).toBe('de-PL');
  });
});
