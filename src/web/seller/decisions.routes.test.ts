import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks } from '../../../test/orders.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { products } from '../../modules/catalog/catalog.schema.ts';
import { statementsOfReasons } from '../../modules/compliance/compliance.schema.ts';
import { decideDsaNotice } from '../../modules/compliance/decide-dsa-notice.ts';
import { issueStatementOfReasons } from '../../modules/compliance/issue-statement-of-reasons.ts';
import { submitComplaint } from '../../modules/compliance/submit-complaint.ts';
import { submitDsaNotice } from '../../modules/compliance/submit-dsa-notice.ts';
import { offers } from '../../modules/offers/offers.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const DAY = 86_400_000;

describe.each(ENGINES)('decisions addressed to a shop and to a person, on %s', (engine) => {
  let t: T;
  let sellerId: number;
  let otherSellerId: number;
  let ownerId: number;
  let statementId: string;
  let buyerStatementId: string;
  let owner: TestBrowser;
  let stranger: TestBrowser;
  let buyer: TestBrowser;
  let buyerActor: Awaited<ReturnType<typeof createActor>>;

  const browserOf = async (actor: Awaited<ReturnType<typeof createActor>>) => {
    const b = new TestBrowser(t.app);
    b.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
    return b;
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 3, offers: 16 });
    const picks = await offerPicks(t);
    const pick = picks[0]!;
    sellerId = pick.sellerId;
    otherSellerId = picks.find((p) => p.sellerId !== sellerId)!.sellerId;
    const [row] = await t.deps.db
      .select({ slug: products.slug })
      .from(offers)
      .innerJoin(products, eq(products.id, offers.productId))
      .where(eq(offers.id, pick.id));
    const ownerActor = await createActor(t.deps, {
      email: 'owner@decisions.example',
      sellers: [{ sellerId, role: 'owner' }],
    });
    ownerId = ownerActor.userId;
    await t.deps.db.update(users).set({ language: 'en' }).where(eq(users.id, ownerId));
    owner = await browserOf(ownerActor);
    stranger = await browserOf(
      await createActor(t.deps, {
        email: 'owner@other-shop.example',
        sellers: [{ sellerId: otherSellerId, role: 'owner' }],
      }),
    );
    buyerActor = await createActor(t.deps, { email: 'buyer@decisions.example' });
    buyer = await browserOf(buyerActor);
    const operatorId = (
      await createActor(t.deps, { email: 'ops@decisions.example', buyerType: null, operator: ['compliance'] })
    ).userId;
    const { noticeId } = await submitDsaNotice(t.deps, {
      form: {
        contentKind: 'offer',
        url: `http://reloop.test/fr-fr/p/${row!.slug}?offer=${pick.id}`,
        category: 'unsafe_products',
        explanation: 'The charger sold with this phone has no CE marking and overheats.',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        goodFaith: true,
      },
      market: 'FR',
      locale: 'fr-FR',
      userId: null,
    });
    statementId = (await decideDsaNotice(t.deps, {
      noticeId,
      decision: 'delist_offer',
      reason: 'No CE marking on the charger.',
      ground: 'illegal_content',
      legalGround: 'Regulation (EU) 2023/988, Art. 5',
      operatorUserId: operatorId,
    }))!.statementId!;
    buyerStatementId = (
      await issueStatementOfReasons(t.deps, {
        subjectUserId: buyerActor.userId,
        measure: 'content_removal',
        reasonCode: 'review_insulting',
        facts: 'Your review of an iPhone 12 insulted the seller.',
        source: 'own_initiative',
        ground: { type: 'incompatible_terms', contractualGround: 'Review rules, clause 3' },
        explanation: 'Reviews must stay courteous.',
        audience: 'user',
        decidedBy: operatorId,
      })
    ).id;
  });
  afterAll(() => t?.close());

  it('the statement of a delisting names the shop', async () => {
    const [s] = await t.deps.db
      .select({ seller: statementsOfReasons.subjectSellerId })
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.id, statementId));
    expect(s!.seller).toBe(sellerId);
  });

  it('the shop’s members read its decisions in the portal, with the complaint form linked', async () => {
    const dashboard = await owner.get(`/seller/${sellerId}`);
    expect(dashboard.text).toContain(`href="/seller/${sellerId}/decisions"`);
    const page = await owner.get(`/seller/${sellerId}/decisions`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Decisions about your shop');
    expect(page.text).toContain(`id="decision-${statementId}"`);
    expect(page.text).toContain('Removal of content');
    expect(page.text).toContain('Regulation (EU) 2023/988, Art. 5');
    expect(page.text).toContain('No CE marking on the charger.');
    // The owner reads English: the English storefront of the shop's market.
    expect(page.text).toMatch(
      new RegExp(`href="/[a-z]{2}-[a-z]{2}/dsa/complaints/new\\?statement=${statementId}"`),
    );
    expect(page.text).not.toContain(buyerStatementId);
    // Another shop's member neither reads it nor finds it on their own page.
    expect((await stranger.get(`/seller/${sellerId}/decisions`)).status).toBe(403);
    expect((await stranger.get(`/seller/${otherSellerId}/decisions`)).text).not.toContain(statementId);
  });

  it('a complaint pending, then the six months over: no more link', async () => {
    await submitComplaint(t.deps, {
      statementId,
      explanation: 'The marking is on the charger, see the photos.',
      userId: ownerId,
      sellerIds: [sellerId],
      market: 'FR',
      locale: 'en-GB',
    });
    const pending = await owner.get(`/seller/${sellerId}/decisions`);
    expect(pending.text).toContain('Your complaint is being examined.');
    expect(pending.text).not.toContain(`complaints/new?statement=${statementId}`);
    t.clock.advance(200 * DAY);
    try {
      // A session of that day (the earlier one has expired).
      const late = await (await browserOf(buyerActor)).get('/fr-fr/account/decisions');
      expect(late.status).toBe(200);
      expect(late.text).not.toContain(`complaints/new?statement=${buyerStatementId}`);
      expect(late.text).toContain('Le délai pour contester cette décision a pris fin le');
    } finally {
      t.clock.advance(-200 * DAY);
    }
  });

  it('a person reads the decisions about them from their account, in the shop’s language', async () => {
    const account = await buyer.get('/fr-fr/account');
    expect(account.text).toContain('href="/fr-fr/account/decisions"');
    const page = await buyer.get('/fr-fr/account/decisions');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Décisions vous concernant');
    expect(page.text).toContain('Review rules, clause 3');
    expect(page.text).toContain(`href="/fr-fr/dsa/complaints/new?statement=${buyerStatementId}"`);
    expect(page.text).not.toContain(statementId);
    // The shop's decisions are the shop's, not its owner's personal ones.
    const ownerPage = await owner.get('/fr-fr/account/decisions');
    expect(ownerPage.text).not.toContain(statementId);
    expect(ownerPage.text).toContain('Reloop n’a pris aucune décision vous concernant.');
    expect((await new TestBrowser(t.app).get('/fr-fr/account/decisions')).status).not.toBe(200);
  });
});
