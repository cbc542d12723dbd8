ALTER TABLE "credit_notes" ADD COLUMN "cancels_credit_note_id" integer;--> statement-breakpoint
ALTER TABLE "refunds" ADD COLUMN "insurance_unit" integer;--> statement-breakpoint
ALTER TABLE "refunds" ADD COLUMN "late_charge_ref" text;--> statement-breakpoint
ALTER TABLE "credit_notes" ADD CONSTRAINT "credit_notes_cancels_credit_note_id_credit_notes_id_fk" FOREIGN KEY ("cancels_credit_note_id") REFERENCES "public"."credit_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_notes" ADD CONSTRAINT "credit_notes_cancels_credit_note_id_unique" UNIQUE("cancels_credit_note_id");--> statement-breakpoint
UPDATE "refunds" SET "insurance_unit" = (substring("reason" from '\(unit ([0-9]+)\)'))::integer WHERE "kind" = 'insurance' AND "insurance_unit" IS NULL AND "reason" ~ '\(unit [0-9]+\)';
