ALTER TABLE "checkouts" ADD COLUMN "service_fee_vat_treatment" text;--> statement-breakpoint
ALTER TABLE "checkouts" ADD COLUMN "service_fee_vat_minor" integer;