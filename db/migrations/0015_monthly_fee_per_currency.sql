CREATE TABLE "monthly_fee_amounts" (
	"currency" text PRIMARY KEY NOT NULL,
	"amount_minor" integer NOT NULL
);
--> statement-breakpoint
-- Monthly fees per market currency: EUR keeps the configured amount, the others start at
-- EUR 50.00 converted with the demo rates (SEK 11.4, GBP 0.86, USD 1.08).
INSERT INTO "monthly_fee_amounts" ("currency", "amount_minor")
SELECT 'EUR', coalesce((SELECT "monthly_fee_minor" FROM "fee_settings" WHERE "id" = 1), 5000);
--> statement-breakpoint
INSERT INTO "monthly_fee_amounts" ("currency", "amount_minor") VALUES ('SEK', 57000), ('GBP', 4300), ('USD', 5400);
--> statement-breakpoint
ALTER TABLE "fee_settings" DROP COLUMN "monthly_fee_minor";
