import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { products } from '../../modules/catalog/catalog.schema.ts';
import { buyboxWinners } from '../../modules/offers/offers.schema.ts';
import { serviceFeeFor } from '../../modules/pricing/service-fee.rules.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('cart pages on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 3, offers: 60 });
  });
  afterAll(() => t.close());

  it('a guest adds the buybox winner from the product page, sees the service fee, and keeps the cart at sign-in', async () => {
    const [w] = await t.deps.db
      .select({
        slug: products.slug,
        grade: buyboxWinners.grade,
        offerId: buyboxWinners.offerId,
        price: buyboxWinners.priceMinor,
      })
      .from(buyboxWinners)
      .innerJoin(products, eq(products.id, buyboxWinners.productId))
      .where(and(eq(buyboxWinners.market, 'FR'), gt(buyboxWinners.priceMinor, 10_000)))
      .limit(1);
    const b = new TestBrowser(t.app);
    const page = await b.get(`/fr-fr/p/${w!.slug}?grade=${w!.grade}`);
    expect(page.text).toContain(`name="offerId" value="${w!.offerId}"`);
    const added = await b.post('/fr-fr/cart/add', { offerId: String(w!.offerId) });
    expect(added.status).toBe(303);
    const cart = await b.get('/fr-fr/cart');
    expect(cart.text).toContain('Frais de service');
    const fee = serviceFeeFor('FR', w!.price);
    expect(fee).toBeGreaterThan(0);
    expect(cart.text).toContain(
      new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(fee / 100),
    );

    const lineId = /action="\/fr-fr\/cart\/lines\/(\d+)"/.exec(cart.text)![1]!;
    expect((await b.post(`/fr-fr/cart/lines/${lineId}`, { action: 'update', quantity: '99' })).status).toBe(
      400,
    );
    expect(
      (await b.post(`/fr-fr/cart/lines/${lineId}`, { action: 'update', quantity: '1', insurance: 'on' }))
        .status,
    ).toBe(303);
    expect((await b.get('/fr-fr/cart')).text).toContain('Assurance');

    const buyer = await createActor(t.deps, { email: 'merge@example.com' });
    await b.post('/fr-fr/sign-in', { email: buyer.email, password: buyer.password });
    const mine = await b.get('/fr-fr/cart');
    expect(mine.text).toContain(`action="/fr-fr/cart/lines/`);
    expect(b.cookies.has('rl_cart_fr')).toBe(false);
    await b.post(`/fr-fr/cart/lines/${/action="\/fr-fr\/cart\/lines\/(\d+)"/.exec(mine.text)![1]}`, {
      action: 'remove',
    });
    expect((await b.get('/fr-fr/cart')).text).toContain('Votre panier est vide');
  });
});
