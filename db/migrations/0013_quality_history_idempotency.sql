CREATE TABLE "seller_quality_days" (
	"seller_id" integer NOT NULL,
	"day" date NOT NULL,
	"aesthetic_defect_bp" integer NOT NULL,
	"wrong_product_bp" integer NOT NULL,
	"defective_product_bp" integer NOT NULL,
	"wrong_accessories_bp" integer NOT NULL,
	"late_delivery_bp" integer NOT NULL,
	"cancellation_bp" integer NOT NULL,
	CONSTRAINT "seller_quality_days_seller_id_day_pk" PRIMARY KEY("seller_id","day")
);
--> statement-breakpoint
CREATE TABLE "ws_idempotency_keys" (
	"seller_id" integer NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer,
	"headers" text,
	"body" text,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "ws_idempotency_keys_seller_id_method_path_key_pk" PRIMARY KEY("seller_id","method","path","key")
);
--> statement-breakpoint
ALTER TABLE "sellers" ADD COLUMN "quality_flagged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sellers" ADD COLUMN "quality_reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sellers" ADD COLUMN "quality_review_outcome" text;--> statement-breakpoint
ALTER TABLE "sellers" ADD COLUMN "quality_review_note" text;--> statement-breakpoint
ALTER TABLE "seller_quality_days" ADD CONSTRAINT "seller_quality_days_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ws_idempotency_keys" ADD CONSTRAINT "ws_idempotency_keys_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ws_idempotency_keys_created_idx" ON "ws_idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "cart_lines_offer_idx" ON "cart_lines" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "order_lines_offer_idx" ON "order_lines" USING btree ("offer_id");