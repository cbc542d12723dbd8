CREATE TABLE "account_retention" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"warned_at" timestamp with time zone,
	"deactivate_on" timestamp with time zone,
	"deactivated_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasure_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"requested_by" integer,
	"reason" text NOT NULL,
	"erased_at" timestamp with time zone NOT NULL,
	"deleted" jsonb NOT NULL,
	"anonymised" jsonb NOT NULL,
	"held" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_holds" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"erasure_report_id" integer,
	"module" text NOT NULL,
	"dataset" text NOT NULL,
	"record_ref" text NOT NULL,
	"reason" text NOT NULL,
	"until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"purged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "postmortem_directives" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"instruction" text NOT NULL,
	"trusted_name" text,
	"trusted_email" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"market" text NOT NULL,
	"locale" text NOT NULL,
	"regime" text NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"user_id" integer,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" text NOT NULL,
	"initial_due_on" text NOT NULL,
	"due_on" text NOT NULL,
	"email_verified_at" timestamp with time zone,
	"identity_verified_at" timestamp with time zone,
	"identity_verified_by" integer,
	"identity_note" text,
	"extended_at" timestamp with time zone,
	"extended_by" integer,
	"extension_reason" text,
	"answered_at" timestamp with time zone,
	"answered_by" integer,
	"answer_text" text
);
--> statement-breakpoint
CREATE TABLE "processing_objections" (
	"user_id" integer NOT NULL,
	"purpose" text NOT NULL,
	"since" timestamp with time zone NOT NULL,
	CONSTRAINT "processing_objections_user_id_purpose_pk" PRIMARY KEY("user_id","purpose")
);
--> statement-breakpoint
CREATE TABLE "processing_restrictions" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"since" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_retention" ADD CONSTRAINT "account_retention_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_reports" ADD CONSTRAINT "erasure_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_erasure_report_id_erasure_reports_id_fk" FOREIGN KEY ("erasure_report_id") REFERENCES "public"."erasure_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postmortem_directives" ADD CONSTRAINT "postmortem_directives_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_identity_verified_by_users_id_fk" FOREIGN KEY ("identity_verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_extended_by_users_id_fk" FOREIGN KEY ("extended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_objections" ADD CONSTRAINT "processing_objections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_restrictions" ADD CONSTRAINT "processing_restrictions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_reports_user_uq" ON "erasure_reports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "legal_holds_user_idx" ON "legal_holds" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "legal_holds_live_idx" ON "legal_holds" USING btree ("until") WHERE purged_at IS NULL;--> statement-breakpoint
CREATE INDEX "privacy_requests_desk_idx" ON "privacy_requests" USING btree ("due_on") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "privacy_requests_user_idx" ON "privacy_requests" USING btree ("user_id");