ALTER TABLE "listings" ADD COLUMN "margin_grades" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
UPDATE "listings" l SET "margin_grades" = coalesce((
  SELECT array_agg(b.grade ORDER BY b.grade) FROM "buybox_winners" b JOIN "offers" o ON o.id = b.offer_id
  WHERE b.product_id = l.product_id AND b.market = l.market AND o.vat_type = 'MARGINAL'), '{}');
