CREATE TABLE "dsa_complaints" (
	"id" serial PRIMARY KEY NOT NULL,
	"statement_id" uuid,
	"notice_id" integer,
	"complainant_user_id" integer,
	"complainant_email" text NOT NULL,
	"complainant_locale" text NOT NULL,
	"market" text NOT NULL,
	"explanation" text NOT NULL,
	"informed_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"reversal" text,
	"decision_note" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dsa_notices" (
	"id" serial PRIMARY KEY NOT NULL,
	"market" text NOT NULL,
	"locale" text NOT NULL,
	"content_kind" text NOT NULL,
	"url" text NOT NULL,
	"product_id" uuid,
	"offer_id" integer,
	"review_id" integer,
	"seller_id" integer,
	"category" text NOT NULL,
	"explanation" text NOT NULL,
	"notifier_name" text,
	"notifier_email" text,
	"notifier_user_id" integer,
	"good_faith" boolean NOT NULL,
	"status" text NOT NULL,
	"decision" text,
	"decision_reason" text,
	"statement_id" uuid,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_safety_notices" (
	"id" serial PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"seller_id" integer,
	"notice_id" integer,
	"illegality" text NOT NULL,
	"legal_ground" text NOT NULL,
	"buyers_notified" integer NOT NULL,
	"buyers_without_contact" integer NOT NULL,
	"published" boolean NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audience_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"day" date NOT NULL,
	"market" text NOT NULL,
	"page_kind" text NOT NULL,
	"visitor_key" text NOT NULL,
	"signed_in" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audience_salts" (
	"day" date PRIMARY KEY NOT NULL,
	"salt" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"policy_version" text NOT NULL,
	"purposes" text[] NOT NULL,
	"market" text NOT NULL,
	"user_id" integer,
	"method" text NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recipient_activity" (
	"month" date NOT NULL,
	"market" text NOT NULL,
	"user_id" integer NOT NULL,
	CONSTRAINT "recipient_activity_month_market_user_id_pk" PRIMARY KEY("month","market","user_id")
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"product_id" uuid NOT NULL,
	"market" text NOT NULL,
	"grade" text NOT NULL,
	"kind" text NOT NULL,
	"target_minor" integer,
	"currency" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"fulfilled_at" timestamp with time zone,
	"fulfilled_price_minor" integer,
	CONSTRAINT "alerts_target_ck" CHECK (("alerts"."kind" = 'price_below' AND "alerts"."target_minor" > 0) OR ("alerts"."kind" = 'back_in_stock' AND "alerts"."target_minor" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "marketing_preferences" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"email" boolean DEFAULT false NOT NULL,
	"sms" boolean DEFAULT false NOT NULL,
	"push" boolean DEFAULT false NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"frequency" text DEFAULT 'monthly' NOT NULL,
	"basis" text DEFAULT 'none' NOT NULL,
	"basis_at" timestamp with time zone,
	"basis_source" text,
	"objected_at" timestamp with time zone,
	"sale_opt_out_at" timestamp with time zone,
	"sale_opt_out_source" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "marketing_preferences_basis_ck" CHECK ("marketing_preferences"."basis" = 'none' OR "marketing_preferences"."basis_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "newsletter_sends" (
	"user_id" integer NOT NULL,
	"issue" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "newsletter_sends_user_id_issue_pk" PRIMARY KEY("user_id","issue")
);
--> statement-breakpoint
CREATE TABLE "policy_notices" (
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"market" text NOT NULL,
	"version" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "policy_notices_user_id_kind_market_version_pk" PRIMARY KEY("user_id","kind","market","version")
);
--> statement-breakpoint
CREATE TABLE "sale_opt_out_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"market" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "puid" text;--> statement-breakpoint
UPDATE "statements_of_reasons" SET "puid" = 'reloop-sor-' || "id";--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ALTER COLUMN "puid" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "territorial_codes" text[];--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "content_type" text;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "content_type_other" text;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "account_type" text;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "content_date" date;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "public_facts" text;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "public_explanation" text;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "tdb_status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "tdb_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "tdb_last_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "tdb_submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "tdb_uuid" text;--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD COLUMN "tdb_error" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "dsa_complaints" ADD CONSTRAINT "dsa_complaints_statement_id_statements_of_reasons_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements_of_reasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dsa_complaints" ADD CONSTRAINT "dsa_complaints_notice_id_dsa_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."dsa_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dsa_complaints" ADD CONSTRAINT "dsa_complaints_complainant_user_id_users_id_fk" FOREIGN KEY ("complainant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dsa_complaints" ADD CONSTRAINT "dsa_complaints_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dsa_notices" ADD CONSTRAINT "dsa_notices_notifier_user_id_users_id_fk" FOREIGN KEY ("notifier_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dsa_notices" ADD CONSTRAINT "dsa_notices_statement_id_statements_of_reasons_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements_of_reasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dsa_notices" ADD CONSTRAINT "dsa_notices_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_safety_notices" ADD CONSTRAINT "product_safety_notices_notice_id_dsa_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."dsa_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_safety_notices" ADD CONSTRAINT "product_safety_notices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_activity" ADD CONSTRAINT "recipient_activity_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_preferences" ADD CONSTRAINT "marketing_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_sends" ADD CONSTRAINT "newsletter_sends_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dsa_complaints_queue_idx" ON "dsa_complaints" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "dsa_complaints_statement_idx" ON "dsa_complaints" USING btree ("statement_id");--> statement-breakpoint
CREATE INDEX "dsa_notices_queue_idx" ON "dsa_notices" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "dsa_notices_statement_idx" ON "dsa_notices" USING btree ("statement_id");--> statement-breakpoint
CREATE INDEX "product_safety_notices_product_idx" ON "product_safety_notices" USING btree ("product_id","created_at");--> statement-breakpoint
CREATE INDEX "audience_events_day_idx" ON "audience_events" USING btree ("day");--> statement-breakpoint
CREATE INDEX "consent_records_user_idx" ON "consent_records" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "recipient_activity_user_idx" ON "recipient_activity" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "alerts_user_idx" ON "alerts" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "alerts_active_idx" ON "alerts" USING btree ("product_id","market","grade") WHERE status = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "sale_opt_out_requests_token_uq" ON "sale_opt_out_requests" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sale_opt_out_requests_email_idx" ON "sale_opt_out_requests" USING btree ("email");--> statement-breakpoint
CREATE INDEX "statements_of_reasons_tdb_idx" ON "statements_of_reasons" USING btree ("tdb_status","created_at");--> statement-breakpoint
ALTER TABLE "statements_of_reasons" ADD CONSTRAINT "statements_of_reasons_puid_unique" UNIQUE("puid");