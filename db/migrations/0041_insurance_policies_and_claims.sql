CREATE TABLE "insurance_claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"policy_id" integer NOT NULL,
	"policy_ref" text NOT NULL,
	"order_id" integer NOT NULL,
	"order_line_id" integer NOT NULL,
	"buyer_user_id" integer,
	"cover" text NOT NULL,
	"incident_on" text NOT NULL,
	"description" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"provider" text NOT NULL,
	"provider_claim_ref" text NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"refusal_reason" text,
	"filed_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"settled_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insurance_policies" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"order_line_id" integer NOT NULL,
	"unit" integer NOT NULL,
	"policy_ref" text NOT NULL,
	"provider" text NOT NULL,
	"market" text NOT NULL,
	"covers" text[] NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"premium_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "insurance_claims" ADD CONSTRAINT "insurance_claims_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_claims" ADD CONSTRAINT "insurance_claims_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_claims" ADD CONSTRAINT "insurance_claims_buyer_user_id_users_id_fk" FOREIGN KEY ("buyer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_policies" ADD CONSTRAINT "insurance_policies_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_policies" ADD CONSTRAINT "insurance_policies_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "insurance_claims_buyer_idx" ON "insurance_claims" USING btree ("buyer_user_id","id");--> statement-breakpoint
CREATE INDEX "insurance_claims_line_idx" ON "insurance_claims" USING btree ("order_line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_claims_ref_uq" ON "insurance_claims" USING btree ("provider_claim_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_claims_open_policy_uq" ON "insurance_claims" USING btree ("policy_id") WHERE status IN ('under_review', 'accepted');--> statement-breakpoint
CREATE INDEX "insurance_claims_open_idx" ON "insurance_claims" USING btree ("status") WHERE status IN ('under_review', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_policies_unit_uq" ON "insurance_policies" USING btree ("order_line_id","unit");--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_policies_ref_uq" ON "insurance_policies" USING btree ("policy_ref");--> statement-breakpoint
CREATE INDEX "insurance_policies_order_idx" ON "insurance_policies" USING btree ("order_id");