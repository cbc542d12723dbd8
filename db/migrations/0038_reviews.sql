CREATE TABLE "review_appeals" (
	"id" serial PRIMARY KEY NOT NULL,
	"statement_id" uuid NOT NULL,
	"review_id" integer,
	"block_id" integer,
	"appellant_user_id" integer,
	"appellant_email" text NOT NULL,
	"order_number" text NOT NULL,
	"review_date" text NOT NULL,
	"explanation" text NOT NULL,
	"status" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" integer,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "review_notices" (
	"id" serial PRIMARY KEY NOT NULL,
	"review_id" integer NOT NULL,
	"target" text NOT NULL,
	"criterion" text NOT NULL,
	"explanation" text NOT NULL,
	"notifier_name" text NOT NULL,
	"notifier_email" text NOT NULL,
	"notifier_user_id" integer,
	"status" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" integer
);
--> statement-breakpoint
CREATE TABLE "review_photos" (
	"id" serial PRIMARY KEY NOT NULL,
	"review_id" integer NOT NULL,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"status" text NOT NULL,
	"moderation_due_on" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" integer,
	"rejection_criterion" text
);
--> statement-breakpoint
CREATE TABLE "review_requests" (
	"order_line_id" integer PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_translations" (
	"review_id" integer NOT NULL,
	"language" text NOT NULL,
	"comment" text NOT NULL,
	"translator" text NOT NULL,
	"translated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_translations_review_id_language_pk" PRIMARY KEY("review_id","language")
);
--> statement-breakpoint
CREATE TABLE "reviewer_blocks" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"until" timestamp with time zone,
	"statement_id" uuid NOT NULL,
	"blocked_at" timestamp with time zone NOT NULL,
	"blocked_by" integer,
	"lifted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_line_id" integer NOT NULL,
	"author_user_id" integer,
	"product_id" uuid NOT NULL,
	"seller_id" integer NOT NULL,
	"market" text NOT NULL,
	"rating" smallint NOT NULL,
	"rating_value" smallint,
	"rating_delivery" smallint,
	"rating_packaging" smallint,
	"rating_performance" smallint,
	"rating_aesthetics" smallint,
	"comment" text NOT NULL,
	"language" text NOT NULL,
	"status" text NOT NULL,
	"relevance" integer DEFAULT 0 NOT NULL,
	"has_published_photos" boolean DEFAULT false NOT NULL,
	"licence_version" text NOT NULL,
	"authorship_certified" boolean NOT NULL,
	"delivered_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"edited_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"removal_statement_id" uuid,
	"removal_criterion" text,
	"reply_text" text,
	"reply_status" text,
	"reply_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "review_appeals" ADD CONSTRAINT "review_appeals_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_appeals" ADD CONSTRAINT "review_appeals_block_id_reviewer_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."reviewer_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_appeals" ADD CONSTRAINT "review_appeals_appellant_user_id_users_id_fk" FOREIGN KEY ("appellant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_appeals" ADD CONSTRAINT "review_appeals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_notices" ADD CONSTRAINT "review_notices_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_notices" ADD CONSTRAINT "review_notices_notifier_user_id_users_id_fk" FOREIGN KEY ("notifier_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_notices" ADD CONSTRAINT "review_notices_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_photos" ADD CONSTRAINT "review_photos_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_photos" ADD CONSTRAINT "review_photos_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_translations" ADD CONSTRAINT "review_translations_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_blocks" ADD CONSTRAINT "reviewer_blocks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_blocks" ADD CONSTRAINT "reviewer_blocks_blocked_by_users_id_fk" FOREIGN KEY ("blocked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_appeals_open_idx" ON "review_appeals" USING btree ("received_at") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "review_notices_open_idx" ON "review_notices" USING btree ("received_at") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "review_photos_review_idx" ON "review_photos" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "review_photos_pending_idx" ON "review_photos" USING btree ("moderation_due_on") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "reviewer_blocks_user_idx" ON "reviewer_blocks" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_order_line_uq" ON "reviews" USING btree ("order_line_id");--> statement-breakpoint
CREATE INDEX "reviews_product_published_idx" ON "reviews" USING btree ("product_id","relevance") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "reviews_seller_published_idx" ON "reviews" USING btree ("seller_id","published_at") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "reviews_author_idx" ON "reviews" USING btree ("author_user_id");