CREATE TABLE "seller_payment_accounts" (
	"id" serial PRIMARY KEY NOT NULL,
	"seller_id" integer NOT NULL,
	"provider" text NOT NULL,
	"account_ref" text NOT NULL,
	"transfers_enabled" boolean DEFAULT false NOT NULL,
	"payouts_enabled" boolean DEFAULT false NOT NULL,
	"details_submitted" boolean DEFAULT false NOT NULL,
	"requirements_due" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"test_mode" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seller_payout_transfers" (
	"id" serial PRIMARY KEY NOT NULL,
	"payout_id" integer NOT NULL,
	"seller_id" integer NOT NULL,
	"provider" text NOT NULL,
	"account_ref" text NOT NULL,
	"transfer_ref" text NOT NULL,
	"transfer_group" text NOT NULL,
	"source_payment_ref" text,
	"source_transaction" text,
	"amount_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"reversed_minor" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seller_transfer_reversals" (
	"id" serial PRIMARY KEY NOT NULL,
	"transfer_id" integer NOT NULL,
	"seller_id" integer NOT NULL,
	"amount_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"reversal_ref" text,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "seller_payment_accounts" ADD CONSTRAINT "seller_payment_accounts_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seller_payout_transfers" ADD CONSTRAINT "seller_payout_transfers_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seller_payout_transfers" ADD CONSTRAINT "seller_payout_transfers_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seller_transfer_reversals" ADD CONSTRAINT "seller_transfer_reversals_transfer_id_seller_payout_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."seller_payout_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seller_transfer_reversals" ADD CONSTRAINT "seller_transfer_reversals_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "seller_payment_accounts_seller_uq" ON "seller_payment_accounts" USING btree ("seller_id","provider");--> statement-breakpoint
CREATE UNIQUE INDEX "seller_payment_accounts_ref_uq" ON "seller_payment_accounts" USING btree ("provider","account_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "seller_payout_transfers_payout_uq" ON "seller_payout_transfers" USING btree ("payout_id");--> statement-breakpoint
CREATE INDEX "seller_payout_transfers_seller_idx" ON "seller_payout_transfers" USING btree ("seller_id","currency");--> statement-breakpoint
CREATE INDEX "seller_transfer_reversals_seller_idx" ON "seller_transfer_reversals" USING btree ("seller_id","currency");