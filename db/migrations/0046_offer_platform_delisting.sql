ALTER TABLE "statements_of_reasons" ADD COLUMN "subject_seller_id" integer;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "delisted_by_platform_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "statements_of_reasons_seller_idx" ON "statements_of_reasons" USING btree ("subject_seller_id","created_at");--> statement-breakpoint
-- Statements issued before the column: the shop of a delisted offer, of a current suspension.
UPDATE "statements_of_reasons" s SET "subject_seller_id" = n."seller_id" FROM "dsa_notices" n WHERE n."statement_id" = s."id" AND n."decision" = 'delist_offer' AND n."seller_id" IS NOT NULL;--> statement-breakpoint
UPDATE "statements_of_reasons" s SET "subject_seller_id" = sl."id" FROM "sellers" sl WHERE sl."suspension_statement_id" = s."id"::text AND s."subject_seller_id" IS NULL;--> statement-breakpoint
-- Offers delisted after a notice whose delisting no upheld complaint reversed.
UPDATE "offers" o SET "delisted_by_platform_at" = n."decided_at" FROM "dsa_notices" n WHERE n."offer_id" = o."id" AND n."decision" = 'delist_offer' AND NOT o."published" AND NOT EXISTS (SELECT 1 FROM "dsa_complaints" c WHERE c."statement_id" = n."statement_id" AND c."status" = 'upheld');
