CREATE TABLE "care_item_transfers" (
	"id" serial PRIMARY KEY NOT NULL,
	"folder_id" integer NOT NULL,
	"seller_id" integer NOT NULL,
	"shipper_name" text NOT NULL,
	"carrier" text NOT NULL,
	"tracking_number" text NOT NULL,
	"tracking_key" text NOT NULL,
	"action" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "care_item_transfers" ADD CONSTRAINT "care_item_transfers_folder_id_care_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."care_folders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_item_transfers" ADD CONSTRAINT "care_item_transfers_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "care_item_transfers_tracking_uq" ON "care_item_transfers" USING btree ("tracking_key");--> statement-breakpoint
CREATE INDEX "care_item_transfers_folder_idx" ON "care_item_transfers" USING btree ("folder_id");