/**
 * Grade codes (EXCELLENT, VERY_GOOD, STALLONE…) are seller-API values: people read the grade's
 * name in their language (issue 13). The product page shows the name and what it looks like; the
 * order page, the confirmation email and the PDFs name the grade, never its code.
 */
import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { pdfText } from '../../../test/pdf-text.ts';
import { gradeDefinition, gradeName } from '../../modules/offers/grade-names.ts';
import { offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const CODE = /\b(PREMIUM|EXCELLENT|VERY_GOOD|GOOD|FAIR|STALLONE)\b/;
/** The text a person reads: tags (and their attributes, where links keep the code) removed. */
const visible = (page: string) =>
  page
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’');
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const address = {
  name: 'Ada Lovelace',
  line1: '12 rue de Rivoli',
  postalCode: '75004',
  city: 'Paris',
  country: 'FR',
};
const card = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Ada Lovelace' };

describe.each(ENGINES)('grade names reach people, not grade codes, on %s', (engine) => {
  let t: T;
  let offer: { id: number; grade: string; slug: string };
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    const { products } = await import('../../modules/catalog/catalog.schema.ts');
    const [o] = await t.deps.db
      .select({ id: offers.id, grade: offers.grade, slug: products.slug })
      .from(offers)
      .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
      .innerJoin(sellers, eq(sellers.id, offers.sellerId))
      .innerJoin(products, eq(products.id, offers.productId))
      .where(
        and(
          gt(offers.quantity, 3),
          eq(offers.published, true),
          eq(sellers.country, 'FR'),
          eq(offers.grade, 'VERY_GOOD'),
        ),
      )
      .orderBy(asc(offers.id))
      .limit(1);
    offer = o!;
  });
  afterAll(() => t.close());

  it('the product page names the grades in French and says what the selected one looks like', async () => {
    const r = await t.get(`/fr-fr/p/${offer.slug}?grade=VERY_GOOD`);
    expect(r.status).toBe(200);
    const text = decode(visible(r.text));
    expect(text).toContain('Très bon état');
    expect(text).toContain(gradeName('GOOD', 'fr-fr'));
    expect(text).toContain(decode(gradeDefinition('VERY_GOOD', 'fr-fr')));
    expect(text).not.toMatch(CODE);
    expect(text).not.toContain('(EXCELLENT)');
  });

  it('the listing’s condition filter names the grades in the page’s language', async () => {
    const r = await t.get('/sv-se/c/smartphones');
    expect(r.status).toBe(200);
    const text = decode(visible(r.text));
    expect(text).toContain(gradeName('VERY_GOOD', 'sv-se'));
    expect(text).not.toMatch(CODE);
  });

  it('the order page, the confirmation email and the receipt and invoice PDFs name the grade', async () => {
    const buyer = await createActor(t.deps, { email: `grade-buyer-${engine}@example.com` });
    const csrf = csrfPair(t.deps);
    const h = { cookie: `${await buyer.cookie()}; ${csrf.cookie}`, 'x-csrf-token': csrf.header };
    const post = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
      const res = await t.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.91', ...h, ...extra },
        body: JSON.stringify(body),
      });
      // biome-ignore lint/suspicious/noExplicitAny: test convenience
      return { status: res.status, body: (await res.json()) as any };
    };
    const get = (path: string) =>
      t.app.request(path, { headers: { 'x-forwarded-for': '198.51.100.92', ...h } });
    const cart = (await post('/api/v1/carts', { market: 'fr-fr' })).body.id as string;
    expect((await post(`/api/v1/carts/${cart}/lines`, { offerId: offer.id })).status).toBeLessThan(300);
    const placed = await post(
      `/api/v1/carts/${cart}/checkout`,
      { shippingAddress: address, paymentMethod: 'card', card },
      { 'idempotency-key': `grade-names-${engine}` },
    );
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);

    const page = await get(`/fr-fr/orders/${placed.body.checkoutId}`);
    expect(page.status).toBe(200);
    const pageText = decode(visible(await page.text()));
    expect(pageText).toContain('Très bon état');
    expect(pageText).not.toMatch(CODE);

    const mails = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, `grade-buyer-${engine}@example.com`));
    const confirmation = mails.find((m) => m.template === 'checkout.order-confirmation');
    expect(confirmation).toBeDefined();
    expect(JSON.stringify(confirmation)).toContain('Très bon état');
    expect(JSON.stringify(confirmation)).not.toMatch(CODE);

    const receipt = await get(`/fr-fr/orders/${placed.body.checkoutId}/receipt.pdf`);
    expect(receipt.status).toBe(200);
    const receiptText = pdfText(Buffer.from(await receipt.arrayBuffer()));
    expect(receiptText.replace(/\s+/g, ' ')).toContain('Très bon état');
    expect(receiptText).not.toMatch(CODE);

    const orderId = placed.body.orders[0].id as number;
    const invoice = await get(`/fr-fr/orders/${placed.body.checkoutId}/invoices/${orderId}.pdf`);
    expect(invoice.status).toBe(200);
    const invoiceText = pdfText(Buffer.from(await invoice.arrayBuffer()));
    expect(invoiceText.replace(/\s+/g, ' ')).toContain('Très bon état');
    expect(invoiceText).not.toMatch(CODE);
  });
});
