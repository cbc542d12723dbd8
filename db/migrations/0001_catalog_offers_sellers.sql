CREATE TABLE "categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_id" integer,
	"level" smallint NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "categories_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "product_sales" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"market" text NOT NULL,
	"quantity" integer NOT NULL,
	"sold_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"category_id" integer NOT NULL,
	"brand" text NOT NULL,
	"model" text NOT NULL,
	"name" text NOT NULL,
	"storage_gb" integer,
	"colour" text,
	"ean" text NOT NULL,
	"release_year" smallint NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"attributes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"image_hue" smallint DEFAULT 210 NOT NULL,
	"search_text" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED,
	"orders_30d" integer DEFAULT 0 NOT NULL,
	"bestseller" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_slug_unique" UNIQUE("slug"),
	CONSTRAINT "products_ean_unique" UNIQUE("ean")
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"frequency" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "buybox_winners" (
	"product_id" uuid NOT NULL,
	"market" text NOT NULL,
	"grade" text NOT NULL,
	"offer_id" integer NOT NULL,
	"seller_id" integer NOT NULL,
	"price_minor" integer NOT NULL,
	"landed_minor" integer NOT NULL,
	CONSTRAINT "buybox_winners_product_id_market_grade_pk" PRIMARY KEY("product_id","market","grade")
);
--> statement-breakpoint
CREATE TABLE "offer_prices" (
	"offer_id" integer NOT NULL,
	"market" text NOT NULL,
	"currency" text NOT NULL,
	"price_minor" integer NOT NULL,
	"min_price_minor" integer,
	"comment" text DEFAULT '' NOT NULL,
	"shipping" jsonb NOT NULL,
	CONSTRAINT "offer_prices_offer_id_market_pk" PRIMARY KEY("offer_id","market"),
	CONSTRAINT "offer_prices_price_ck" CHECK ("offer_prices"."price_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" serial PRIMARY KEY NOT NULL,
	"seller_id" integer NOT NULL,
	"product_id" uuid NOT NULL,
	"grade" text NOT NULL,
	"sku" text NOT NULL,
	"quantity" integer NOT NULL,
	"warranty_months" integer NOT NULL,
	"vat_type" text NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_quantity_ck" CHECK ("offers"."quantity" >= 0),
	CONSTRAINT "offers_warranty_ck" CHECK ("offers"."warranty_months" >= 12),
	CONSTRAINT "offers_grade_ck" CHECK ("offers"."grade" in ('PREMIUM','EXCELLENT','VERY_GOOD','GOOD','FAIR','STALLONE')),
	CONSTRAINT "offers_vat_type_ck" CHECK ("offers"."vat_type" in ('REGULAR','MARGINAL'))
);
--> statement-breakpoint
CREATE TABLE "sellers" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"legal_name" text NOT NULL,
	"address_line" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"country" text NOT NULL,
	"trade_register" text NOT NULL,
	"trade_register_number" text NOT NULL,
	"vat_number" text,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"aesthetic_defect_bp" integer DEFAULT 0 NOT NULL,
	"wrong_product_bp" integer DEFAULT 0 NOT NULL,
	"defective_product_bp" integer DEFAULT 0 NOT NULL,
	"wrong_accessories_bp" integer DEFAULT 0 NOT NULL,
	"late_delivery_bp" integer DEFAULT 0 NOT NULL,
	"cancellation_bp" integer DEFAULT 0 NOT NULL,
	"rating_x100" integer DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sellers_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "product_sales" ADD CONSTRAINT "product_sales_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buybox_winners" ADD CONSTRAINT "buybox_winners_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buybox_winners" ADD CONSTRAINT "buybox_winners_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_prices" ADD CONSTRAINT "offer_prices_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "product_sales_sold_at_idx" ON "product_sales" USING btree ("sold_at","product_id");--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "products" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "products_brand_idx" ON "products" USING btree ("brand");--> statement-breakpoint
CREATE INDEX "products_search_vector_idx" ON "products" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "products_search_trgm_idx" ON "products" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_popularity_idx" ON "products" USING btree ("orders_30d");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "buybox_market_price_idx" ON "buybox_winners" USING btree ("market","price_minor");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_seller_sku_ci_idx" ON "offers" USING btree ("seller_id",lower("sku"));--> statement-breakpoint
CREATE INDEX "offers_product_idx" ON "offers" USING btree ("product_id");