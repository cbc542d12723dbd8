ALTER TABLE "seller_tasks" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "seller_tasks" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "seller_tasks_open_idx" ON "seller_tasks" USING btree ("lease_until") WHERE "seller_tasks"."status" in ('pending', 'running');