/**
 * Reviews at scale for the benchmark (issue 15): gives the products that have a French buybox
 * winner 2,000 published reviews each (default 10 products), so `bench/run.ts --scenarios
 * reviews-ssr,reviews-api` measures a product page and the reviews API over 2,000 reviews.
 *
 *   node bench/reviews.ts --tier S [--database-url URL] [--products 10] [--per-product 2000]
 *
 * Tooling, not the application: it loads the tables directly in a few set-based statements — one
 * cart and checkout, then per review an order (state 8, never paid: no job picks it up), its line
 * and the review, with ratings, sub-ratings, comment lengths and photo flags spread the way real
 * reviews are (mostly 4–5 stars) and the relevance score of review-ranking.rules.ts. Run it once
 * after bench/generate.ts; a second run adds nothing (the chosen products already have reviews).
 */
import { sql } from 'drizzle-orm';
import { COMMENT_BOUND, PHOTO_BONUS } from '../src/modules/reviews/review-ranking.rules.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { formatDuration } from './progress.ts';
import { describeTarget, parseArgs, parseTier, resolveTarget, stringFlag } from './tiers.ts';

const { flags } = parseArgs(process.argv.slice(2));
const tier = parseTier(stringFlag(flags, 'tier') ?? 'S');
const target = resolveTarget(tier, stringFlag(flags, 'database-url'));
const productCount = Number(stringFlag(flags, 'products') ?? 10);
const perProduct = Number(stringFlag(flags, 'per-product') ?? 2000);

const database = await openDatabase(
  target.kind === 'postgres'
    ? { databaseUrl: target.url, dataDir: '', poolSize: 2 }
    : { dataDir: target.dataDir },
);
const started = performance.now();
try {
  const products = await database.rows<{ productId: string; offerId: number; sellerId: number }>(sql`
    SELECT DISTINCT ON (b.product_id) b.product_id AS "productId", b.offer_id AS "offerId", b.seller_id AS "sellerId"
    FROM buybox_winners b
    WHERE b.market = 'FR' AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.product_id = b.product_id)
    ORDER BY b.product_id, b.offer_id
    LIMIT ${productCount}`);
  const [cart] = await database.rows<{ id: string }>(sql`
    INSERT INTO carts (market, status, created_at, updated_at)
    VALUES ('FR', 'checked_out', now(), now()) RETURNING id`);
  const [checkout] = await database.rows<{ id: string }>(sql`
    INSERT INTO checkouts (cart_id, buyer_email, idempotency_key, request_hash, market, currency,
                           payment_method, service_fee_minor, total_minor, created_at)
    VALUES (${cart!.id}, 'bench-reviews@example.com', ${`bench-reviews-${Date.now()}`}, 'bench', 'FR', 'EUR',
            'card', 0, 0, now()) RETURNING id`);
  const stars = `(CASE WHEN g % 20 < 11 THEN 5 WHEN g % 20 < 16 THEN 4 WHEN g % 20 < 18 THEN 3 WHEN g % 20 < 19 THEN 2 ELSE 1 END)`;
  for (const [i, p] of products.entries()) {
    await database.db.execute(sql`
      WITH o AS (
        INSERT INTO orders (checkout_id, seller_id, market, currency, state, shipping_address, billing_address,
                            shipping_option, items_total_minor, shipping_total_minor, insurance_total_minor,
                            service_fee_share_minor, vat_total_minor, total_minor, vat_breakdown, commission_minor,
                            created_at)
        SELECT ${checkout!.id}, ${p.sellerId}, 'FR', 'EUR', 8, '{}'::jsonb, '{}'::jsonb, 'colissimo', 0, 0, 0, 0, 0, 0,
               '[]'::jsonb, 0, now() - make_interval(days => g % 700)
        FROM generate_series(1, ${perProduct}) g
        RETURNING id
      ), l AS (
        INSERT INTO order_lines (order_id, offer_id, sku, product_id, product_name, grade, quantity, unit_price_minor,
                                 shipping_price_minor, insurance_premium_minor, vat_type, vat_treatment, vat_rate_bp,
                                 line_net_minor, line_vat_minor, commission_minor, state, updated_at)
        SELECT o.id, ${p.offerId}, 'BENCH', ${p.productId}::uuid, 'Bench product', 'GOOD', 1, 0, 0, 0, 'REGULAR',
               'standard', 0, 0, 0, 0, 4, now()
        FROM o
        RETURNING id, order_id
      ), n AS (
        SELECT l.id AS line_id, row_number() OVER (ORDER BY l.id) AS g FROM l
      )
      INSERT INTO reviews (order_line_id, product_id, seller_id, market, rating, rating_value, rating_delivery,
                           comment, language, status, relevance, has_published_photos, licence_version,
                           authorship_certified, delivered_at, submitted_at, published_at)
      SELECT n.line_id, ${p.productId}::uuid, ${p.sellerId}, 'FR', ${sql.raw(stars)},
             CASE WHEN g % 3 = 0 THEN ${sql.raw(stars)} END, CASE WHEN g % 4 = 0 THEN 5 END,
             repeat('Très bon appareil, reçu vite et bien emballé. ', 1 + (g % 12)::int), 'fr', 'published',
             (${sql.raw(stars)} - 1) * 1000 + least(length(repeat('Très bon appareil, reçu vite et bien emballé. ', 1 + (g % 12)::int)), ${COMMENT_BOUND}) * 2
               + CASE WHEN g % 10 = 0 THEN ${PHOTO_BONUS} ELSE 0 END,
             g % 10 = 0, 'bench', true,
             now() - make_interval(days => (g % 700)::int + 7), now() - make_interval(days => (g % 700)::int),
             now() - make_interval(days => (g % 700)::int)
      FROM n`);
    process.stderr.write(`product ${i + 1}/${products.length}: ${perProduct} reviews\n`);
  }
  await database.db.execute(sql`ANALYZE reviews`);
  await database.db.execute(sql`ANALYZE orders`);
  await database.db.execute(sql`ANALYZE order_lines`);
  console.log(
    `${describeTarget(target)}: ${products.length} products × ${perProduct} reviews in ${formatDuration(performance.now() - started)}`,
  );
} finally {
  await database.close();
}
