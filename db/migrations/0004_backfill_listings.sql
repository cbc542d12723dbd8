-- Fill the listing index from the existing buyboxes (same statement as refreshListings).
INSERT INTO listings (market, product_id, category_id, slug, name, brand, model, storage_gb, colour, image_hue,
  orders_30d, bestseller, search_vector, grades, min_price_minor,
  price_premium, price_excellent, price_very_good, price_good, price_fair, price_stallone)
SELECT b.market, p.id, p.category_id, p.slug, p.name, p.brand, p.model, p.storage_gb, p.colour, p.image_hue,
  p.orders_30d, p.bestseller, p.search_vector, array_agg(b.grade ORDER BY b.grade), min(b.price_minor),
  min(b.price_minor) FILTER (WHERE b.grade = 'PREMIUM'),
  min(b.price_minor) FILTER (WHERE b.grade = 'EXCELLENT'),
  min(b.price_minor) FILTER (WHERE b.grade = 'VERY_GOOD'),
  min(b.price_minor) FILTER (WHERE b.grade = 'GOOD'),
  min(b.price_minor) FILTER (WHERE b.grade = 'FAIR'),
  min(b.price_minor) FILTER (WHERE b.grade = 'STALLONE')
FROM products p JOIN buybox_winners b ON b.product_id = p.id
GROUP BY b.market, p.id
ON CONFLICT DO NOTHING;
