/**
 * Demo reviews (issue 15), on the first `npm start`, through the real use cases: demo reviewers
 * (five per language, in seven languages) buy the 50 most popular products (most units sold in the
 * last 30 days, as the category ranking counts them) in their market, the sellers ship, the
 * carrier delivers, and each reviewer writes a review (`submitReview`), so that every one of those
 * products has at least 5 published reviews spread over ratings and languages; a few carry a
 * photo waiting for moderation (`addReviewPhotos`, images generated with sharp); one review is
 * removed with its statement of reasons (`removeReview`) and its author appeals
 * (`submitReviewAppeal`). Once: nothing when reviews exist already.
 */
import { and, asc, count, desc, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { Deps } from '../app/deps.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { addCartLine } from '../modules/cart/add-cart-line.ts';
import { openCart } from '../modules/cart/open-cart.ts';
import { productSales } from '../modules/catalog/catalog.schema.ts';
import { placeOrder } from '../modules/checkout/place-order.ts';
import { recordParcelEvent } from '../modules/delivery/record-parcel-event.ts';
import { registerShipment, shipmentIdOfOrder } from '../modules/delivery/register-shipment.ts';
import { offerPrices, offers } from '../modules/offers/offers.schema.ts';
import { orderLines } from '../modules/orders/orders.schema.ts';
import { addReviewPhotos } from '../modules/reviews/add-review-photos.ts';
import { removeReview } from '../modules/reviews/remove-review.ts';
import { reviewDay } from '../modules/reviews/review-moderation-recipients.ts';
import { reviews } from '../modules/reviews/reviews.schema.ts';
import { submitReview } from '../modules/reviews/submit-review.ts';
import { submitReviewAppeal } from '../modules/reviews/submit-review-appeal.ts';
import { acceptOrderLines, shipOrder } from '../modules/seller-orders/seller-order-actions.ts';
import { sellers } from '../modules/sellers/sellers.schema.ts';
import { type Clock, DAY_MS } from '../platform/clock.ts';
import type { Actor } from '../platform/http/actor.ts';

const PRODUCTS = 50;
const PER_PRODUCT = 5;

type Lang = 'en' | 'fr' | 'de' | 'nl' | 'sv' | 'es' | 'it';
const LANGS: readonly Lang[] = ['fr', 'de', 'en', 'nl', 'sv', 'es', 'it'];
/** Where each reviewer buys: their language's market (English speakers buy in the Netherlands). */
const MARKET: Record<Lang, string> = { fr: 'FR', de: 'DE', en: 'NL', nl: 'NL', sv: 'SE', es: 'ES', it: 'IT' };
const ADDRESS: Record<string, { line1: string; postalCode: string; city: string; country: string }> = {
  FR: { line1: '8 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
  DE: { line1: 'Lindenstraße 12', postalCode: '10969', city: 'Berlin', country: 'DE' },
  NL: { line1: 'Prinsengracht 101', postalCode: '1015 DK', city: 'Amsterdam', country: 'NL' },
  SE: { line1: 'Drottninggatan 5', postalCode: '111 51', city: 'Stockholm', country: 'SE' },
  ES: { line1: 'Calle Mayor 7', postalCode: '28013', city: 'Madrid', country: 'ES' },
  IT: { line1: 'Via Roma 3', postalCode: '20121', city: 'Milano', country: 'IT' },
};
const NAMES: Record<Lang, string[]> = {
  fr: ['Camille Durand', 'Lucas Bernard', 'Inès Moreau', 'Hugo Lefèvre', 'Léa Girard'],
  de: ['Jonas Weber', 'Lena Schmitt', 'Felix Wagner', 'Mia Becker', 'Paul Hoffmann'],
  en: ['Oliver Smith', 'Amelia Jones', 'Harry Brown', 'Isla Taylor', 'Jack Wilson'],
  nl: ['Daan de Vries', 'Emma Jansen', 'Sem Bakker', 'Julia Visser', 'Lucas Smit'],
  sv: ['Elsa Andersson', 'William Johansson', 'Alice Karlsson', 'Hugo Nilsson', 'Maja Eriksson'],
  es: ['Lucía García', 'Hugo Martínez', 'Martina López', 'Pablo Sánchez', 'Sofía Romero'],
  it: ['Giulia Rossi', 'Leonardo Russo', 'Sofia Ferrari', 'Francesco Esposito', 'Aurora Bianchi'],
};
/** What a reviewer says, by language and stars (1 to 5); every comment is 20 characters or more. */
const SAYS: Record<Lang, readonly [string, string, string, string, string]> = {
  fr: [
    'Très déçu : l’écran présentait des rayures non mentionnées et la batterie ne tient pas la journée.',
    'Appareil fonctionnel mais la batterie s’use vite et la livraison a pris plus de temps que prévu.',
    'Correct pour le prix. Quelques micro-rayures sur la coque, rien de grave, le reste fonctionne.',
    'Très bon état, livré rapidement dans un emballage soigné. La batterie tient bien la journée.',
    'Parfait, on dirait un appareil neuf ! Livraison rapide, emballage impeccable, je recommande.',
  ],
  de: [
    'Leider enttäuscht: Das Display hatte Kratzer, die nicht beschrieben waren, und der Akku ist schwach.',
    'Funktioniert, aber der Akku lässt schnell nach und die Lieferung hat länger gedauert als versprochen.',
    'Für den Preis in Ordnung. Ein paar feine Kratzer am Gehäuse, sonst funktioniert alles.',
    'Sehr guter Zustand, schnell geliefert und gut verpackt. Der Akku hält den ganzen Tag.',
    'Perfekt, wie neu! Schnelle Lieferung, tadellose Verpackung, absolut empfehlenswert.',
  ],
  en: [
    'Disappointed: the screen had scratches that were not described and the battery barely lasts.',
    'It works, but the battery drains quickly and the delivery took longer than promised.',
    'Fine for the price. A few light scratches on the back, everything else works as it should.',
    'Very good condition, delivered quickly and well packed. The battery easily lasts a day.',
    'Perfect, it looks brand new! Fast delivery, careful packaging, I would buy here again.',
  ],
  nl: [
    'Teleurgesteld: het scherm had krassen die niet vermeld waren en de batterij is zwak.',
    'Werkt wel, maar de batterij loopt snel leeg en de levering duurde langer dan beloofd.',
    'Prima voor de prijs. Een paar lichte krasjes op de achterkant, verder werkt alles.',
    'Zeer goede staat, snel geleverd en goed verpakt. De batterij houdt het een hele dag vol.',
    'Perfect, het lijkt wel nieuw! Snelle levering, keurige verpakking, echt een aanrader.',
  ],
  sv: [
    'Besviken: skärmen hade repor som inte nämndes och batteriet räcker inte länge.',
    'Fungerar, men batteriet tar snabbt slut och leveransen tog längre tid än utlovat.',
    'Okej för priset. Några små repor på baksidan, annars fungerar allt som det ska.',
    'Mycket bra skick, snabb leverans och väl förpackad. Batteriet räcker en hel dag.',
    'Perfekt, ser ut som ny! Snabb leverans, fin förpackning, kan varmt rekommenderas.',
  ],
  es: [
    'Decepcionado: la pantalla tenía arañazos que no se mencionaban y la batería dura poco.',
    'Funciona, pero la batería se agota rápido y la entrega tardó más de lo prometido.',
    'Correcto para el precio. Algunos arañazos leves en la parte trasera, lo demás funciona bien.',
    'Muy buen estado, entregado rápido y bien embalado. La batería aguanta todo el día.',
    'Perfecto, parece nuevo. Entrega rápida, embalaje impecable, lo recomiendo totalmente.',
  ],
  it: [
    'Deluso: lo schermo aveva graffi non indicati e la batteria dura pochissimo.',
    'Funziona, ma la batteria si scarica in fretta e la consegna è arrivata in ritardo.',
    'Discreto per il prezzo. Qualche leggero graffio sul retro, per il resto funziona tutto.',
    'Ottime condizioni, consegnato velocemente e ben imballato. La batteria dura tutto il giorno.',
    'Perfetto, sembra nuovo! Consegna rapida, imballaggio curato, lo consiglio davvero.',
  ],
};
/** Stars of the n-th review: mostly good, every rating present. */
const RATINGS = [5, 4, 5, 3, 4, 5, 2, 4, 5, 1, 4, 3, 5];

const card = { number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123', holder: 'Demo Reviewer' };

const daysAgo = (deps: Deps, days: number): Deps => {
  const clock: Clock = { now: () => new Date(deps.clock.now().getTime() - days * DAY_MS) };
  return { ...deps, clock };
};

/** The products with the most units sold in the last 30 days (the category ranking's count). */
async function popularProducts(deps: Deps, n: number): Promise<string[]> {
  const since = new Date(deps.clock.now().getTime() - 30 * DAY_MS);
  const rows = await deps.db
    .select({ productId: productSales.productId, units: sql<number>`sum(${productSales.quantity})::int` })
    .from(productSales)
    .where(gte(productSales.soldAt, since))
    .groupBy(productSales.productId)
    .orderBy(desc(sql`sum(${productSales.quantity})`), asc(productSales.productId))
    .limit(n * 2);
  return rows.map((r) => r.productId);
}

/** Published offers with stock of the products, priced in `market`, by EU sellers, with their carriers. */
async function offersIn(deps: Deps, productIds: string[], market: string) {
  const rows = await deps.db
    .select({
      id: offers.id,
      productId: offers.productId,
      sellerId: offers.sellerId,
      shipping: offerPrices.shipping,
    })
    .from(offers)
    .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, market)))
    .innerJoin(sellers, eq(sellers.id, offers.sellerId))
    .where(
      and(
        inArray(offers.productId, productIds),
        gt(offers.quantity, 3),
        eq(offers.published, true),
        eq(sellers.status, 'active'),
        inArray(sellers.country, ['FR', 'DE', 'NL', 'BE', 'ES', 'IT']),
      ),
    )
    .orderBy(asc(offers.id));
  return rows.map((r) => ({ ...r, carriers: r.shipping.map((x) => x.carrier) }));
}

type Basket = { lang: Lang; market: string; picks: Array<{ offerId: number; product: number }> };

/**
 * Who buys what: each reviewer buys, in their market, several popular products (up to 20) from one seller
 * with one carrier they all ship with (one order, one parcel: the cheapest demo to build), and no
 * product gets more than its five reviewers. Languages take turns.
 */
async function planBaskets(deps: Deps, products: string[]): Promise<Basket[]> {
  const need = products.map(() => PER_PRODUCT);
  need[0] = PER_PRODUCT + 1; // one more for the first product: the review moderation removes
  const groups = new Map<string, Map<string, Map<number, number>>>(); // market → seller|carrier → product → offer
  for (const market of new Set(Object.values(MARKET))) {
    const g = new Map<string, Map<number, number>>();
    for (const o of await offersIn(deps, products, market)) {
      const product = products.indexOf(o.productId);
      for (const carrier of o.carriers) {
        const key = `${o.sellerId}|${carrier}`;
        const m = g.get(key) ?? new Map<number, number>();
        if (!m.has(product)) m.set(product, o.id);
        g.set(key, m);
      }
    }
    groups.set(market, g);
  }
  const baskets: Basket[] = [];
  for (let turn = 0; need.some((n) => n > 0) && turn < 400; turn++) {
    const lang = LANGS[turn % LANGS.length]!;
    const market = MARKET[lang];
    let best: Array<{ offerId: number; product: number }> = [];
    for (const m of groups.get(market)!.values()) {
      const picks = [...m]
        .filter(([p]) => need[p]! > 0)
        .sort((a, b) => need[b[0]]! - need[a[0]]! || a[0] - b[0])
        .slice(0, 20)
        .map(([product, offerId]) => ({ product, offerId }));
      if (picks.length > best.length) best = picks;
    }
    if (!best.length) continue;
    for (const x of best) need[x.product]!--;
    baskets.push({ lang, market, picks: best });
  }
  return baskets;
}

/** A demo reviewer, created once with the demo shopper's password (they never need to sign in). */
async function reviewer(deps: Deps, lang: Lang, i: number, passwordHash: string): Promise<Actor> {
  const email = `reviewer-${lang}-${i + 1}@reloop.example`;
  const now = deps.clock.now();
  let [u] = await deps.db.select().from(users).where(eq(users.email, email));
  if (!u) {
    [u] = await deps.db
      .insert(users)
      .values({
        email,
        name: NAMES[lang][i % NAMES[lang].length]!,
        passwordHash,
        buyerType: 'consumer',
        market: MARKET[lang],
        language: lang,
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
  }
  return {
    userId: u!.id,
    sessionId: 'seed',
    email: u!.email,
    name: u!.name,
    market: u!.market,
    language: lang,
    buyerType: 'consumer',
    emailVerified: true,
    sellers: new Map(),
    operatorRoles: new Set(),
    pendingTerms: false,
  };
}

/** A photo of the device as a buyer would take it: a generated image (no metadata to strip). */
async function demoPhoto(seed: number): Promise<Uint8Array> {
  const hue = (seed * 47) % 255;
  const jpeg = await sharp({
    create: { width: 480, height: 360, channels: 3, background: { r: hue, g: 120, b: 255 - hue } },
  })
    .jpeg({ quality: 70 })
    .toBuffer();
  return new Uint8Array(jpeg);
}

export async function seedDemoReviews(deps: Deps): Promise<number> {
  const [{ n } = { n: 0 }] = await deps.db.select({ n: count() }).from(reviews);
  if (n > 0) return 0;
  const [shopper] = await deps.db.select().from(users).where(eq(users.email, 'shopper@reloop.example'));
  if (!shopper) return 0;
  // The purchases send no email: the demo's outbox stays readable (the reviewers are fictitious).
  const quiet: Deps = { ...deps, mailer: { send: async () => ({ id: 0 }) } };
  const popular = await popularProducts(deps, PRODUCTS);
  const sold = new Set<string>();
  for (const market of new Set(Object.values(MARKET)))
    for (const o of await offersIn(deps, popular, market)) sold.add(`${market}|${o.productId}`);
  // Only products every market sells, so each has its five reviews.
  const products = popular
    .filter((p) => [...new Set(Object.values(MARKET))].every((m) => sold.has(`${m}|${p}`)))
    .slice(0, PRODUCTS);
  const baskets = await planBaskets(deps, products);

  // Each reviewer buys their basket in one checkout 20 days ago; the seller ships the next day
  // and the carrier delivers two days later. Then the reviews, written over the last two weeks,
  // without emails (the outbox would be flooded).
  const perLanguage = new Map<Lang, number>();
  let written = 0;
  let n0 = 0;
  let removable: { reviewId: number; orderId: number; email: string } | null = null;
  const firstProductReviews: number[] = [];
  for (const [b, basket] of baskets.entries()) {
    const i = perLanguage.get(basket.lang) ?? 0;
    perLanguage.set(basket.lang, i + 1);
    const actor = await reviewer(deps, basket.lang, i, shopper.passwordHash);
    const placedAt = daysAgo(quiet, 20);
    const { cartId } = await openCart(placedAt, { market: basket.market, actor });
    for (const x of basket.picks)
      await addCartLine(placedAt, { cartId, actor, input: { offerId: x.offerId } });
    const checkout = await placeOrder(placedAt, {
      cartId,
      actor,
      idempotencyKey: `demo-reviews-${b + 1}`,
      input: {
        shippingAddress: { name: actor.name, ...ADDRESS[basket.market]! },
        paymentMethod: 'card',
        card,
      },
    });
    const shipped = daysAgo(quiet, 19);
    for (const o of checkout.orders) {
      await acceptOrderLines(shipped, { sellerId: o.sellerId, orderId: o.orderId });
      const trackingNumber = `RV${String(o.orderId).padStart(8, '0')}`;
      await shipOrder(shipped, {
        sellerId: o.sellerId,
        orderId: o.orderId,
        trackingNumber,
        shipper: 'Colissimo',
      });
      const sentAt = shipped.clock.now();
      const shipmentId =
        (await shipmentIdOfOrder(deps.db, o.orderId)) ??
        (await registerShipment(
          { db: deps.db, now: sentAt },
          {
            orderId: o.orderId,
            market: basket.market,
            shipper: 'Colissimo',
            trackingNumber,
            shippedAt: sentAt,
          },
        ));
      await recordParcelEvent(
        { db: deps.db, now: deps.clock.now() },
        {
          shipmentId,
          status: 'delivered',
          occurredAt: new Date(deps.clock.now().getTime() - 17 * DAY_MS),
          source: 'carrier',
        },
      );
      const lines = await deps.db
        .select({ id: orderLines.id, offerId: orderLines.offerId })
        .from(orderLines)
        .where(eq(orderLines.orderId, o.orderId));
      for (const l of lines) {
        const pick = basket.picks.find((x) => x.offerId === l.offerId);
        if (!pick) continue;
        const k = n0++;
        const stars = RATINGS[k % RATINGS.length]!;
        // The first product's sixth review gives a phone number: moderation removes it below.
        const extra = pick.product === 0 && firstProductReviews.length === PER_PRODUCT;
        const at = { ...daysAgo(deps, 1 + (k % 14)), mailer: undefined };
        const r = await submitReview(at, {
          userId: actor.userId,
          orderLineId: l.id,
          rating: extra ? 1 : stars,
          comment: extra ? `${SAYS[basket.lang][0]} 06 12 34 56 78` : SAYS[basket.lang][stars - 1],
          subRatings: k % 3 === 0 ? { value: Math.min(5, stars + 1), delivery: stars, packaging: 5 } : {},
          licenceAccepted: true,
          authorshipCertified: true,
          language: basket.lang,
        });
        if (!r.ok) continue;
        written++;
        if (pick.product === 0) firstProductReviews.push(r.reviewId);
        if (extra) removable = { reviewId: r.reviewId, orderId: o.orderId, email: actor.email };
        // Every twelfth review comes with a photo, waiting for a person's decision.
        if (k % 12 === 0)
          await addReviewPhotos(at, {
            userId: actor.userId,
            reviewId: r.reviewId,
            photos: [await demoPhoto(k)],
          });
      }
    }
  }

  // One review removed for personal data, with its statement of reasons, and its author's appeal.
  const [operator] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.email, ['admin@reloop.example', 'support@reloop.example']))
    .orderBy(asc(users.id));
  if (removable && operator) {
    await removeReview(
      { db: deps.db, clock: deps.clock, mailer: deps.mailer, siteUrl: deps.siteUrl },
      {
        reviewId: removable.reviewId,
        criterion: 'personal_data',
        facts: 'The comment gives a phone number.',
        operatorUserId: operator.id,
      },
    );
    const [review] = await deps.db.select().from(reviews).where(eq(reviews.id, removable.reviewId));
    await submitReviewAppeal(deps, {
      userId: null,
      form: {
        email: removable.email,
        orderNumber: String(removable.orderId),
        reviewDate: reviewDay(review!),
        explanation:
          'The number is the seller’s customer line, not mine: I only wanted to help other buyers reach them.',
      },
    });
  }
  return written;
}
