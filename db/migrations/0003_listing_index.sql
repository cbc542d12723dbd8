CREATE TABLE "listings" (
	"market" text NOT NULL,
	"product_id" uuid NOT NULL,
	"category_id" integer NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"brand" text NOT NULL,
	"model" text NOT NULL,
	"storage_gb" integer,
	"colour" text,
	"image_hue" smallint NOT NULL,
	"orders_30d" integer NOT NULL,
	"bestseller" boolean NOT NULL,
	"search_vector" "tsvector" NOT NULL,
	"grades" text[] NOT NULL,
	"min_price_minor" integer NOT NULL,
	"price_premium" integer,
	"price_excellent" integer,
	"price_very_good" integer,
	"price_good" integer,
	"price_fair" integer,
	"price_stallone" integer,
	CONSTRAINT "listings_market_product_id_pk" PRIMARY KEY("market","product_id")
);
--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listings_product_idx" ON "listings" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "listings_search_idx" ON "listings" USING gin ("market","search_vector");--> statement-breakpoint
CREATE INDEX "listings_category_idx" ON "listings" USING btree ("market","category_id");--> statement-breakpoint
CREATE INDEX "listings_popularity_idx" ON "listings" USING btree ("market","orders_30d");