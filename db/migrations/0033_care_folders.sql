CREATE TABLE "care_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"folder_id" integer NOT NULL,
	"message_id" integer NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_folders" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"order_line_id" integer NOT NULL,
	"buyer_user_id" integer,
	"seller_id" integer NOT NULL,
	"market" text NOT NULL,
	"problem" text NOT NULL,
	"status" text NOT NULL,
	"escalated" boolean DEFAULT false NOT NULL,
	"assigned_operator_id" integer,
	"closing_reason" text,
	"opened_at" timestamp with time zone NOT NULL,
	"turn_since" timestamp with time zone NOT NULL,
	"last_message_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"reopened_count" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"folder_id" integer NOT NULL,
	"party" text NOT NULL,
	"author_user_id" integer,
	"body" text NOT NULL,
	"internal" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "care_attachments" ADD CONSTRAINT "care_attachments_folder_id_care_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."care_folders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_attachments" ADD CONSTRAINT "care_attachments_message_id_care_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."care_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_folders" ADD CONSTRAINT "care_folders_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_folders" ADD CONSTRAINT "care_folders_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_folders" ADD CONSTRAINT "care_folders_buyer_user_id_users_id_fk" FOREIGN KEY ("buyer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_folders" ADD CONSTRAINT "care_folders_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_folders" ADD CONSTRAINT "care_folders_assigned_operator_id_users_id_fk" FOREIGN KEY ("assigned_operator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_messages" ADD CONSTRAINT "care_messages_folder_id_care_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."care_folders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_messages" ADD CONSTRAINT "care_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_attachments_folder_idx" ON "care_attachments" USING btree ("folder_id");--> statement-breakpoint
CREATE INDEX "care_folders_buyer_idx" ON "care_folders" USING btree ("buyer_user_id","id");--> statement-breakpoint
CREATE INDEX "care_folders_seller_idx" ON "care_folders" USING btree ("seller_id","status","id");--> statement-breakpoint
CREATE INDEX "care_folders_queue_idx" ON "care_folders" USING btree ("status","turn_since");--> statement-breakpoint
CREATE UNIQUE INDEX "care_folders_open_line_uq" ON "care_folders" USING btree ("order_line_id") WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX "care_messages_folder_idx" ON "care_messages" USING btree ("folder_id","id");