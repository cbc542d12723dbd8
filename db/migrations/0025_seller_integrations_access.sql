ALTER TABLE "seller_members" ADD COLUMN "can_manage_integrations" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "seller_webhooks" ADD COLUMN "created_by" integer;