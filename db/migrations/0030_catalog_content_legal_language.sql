CREATE TABLE "attribute_labels" (
	"attribute_key" text NOT NULL,
	"language" text NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "attribute_labels_attribute_key_language_pk" PRIMARY KEY("attribute_key","language")
);
--> statement-breakpoint
CREATE TABLE "attribute_values" (
	"attribute_key" text NOT NULL,
	"value" text NOT NULL,
	"language" text NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "attribute_values_attribute_key_value_language_pk" PRIMARY KEY("attribute_key","value","language")
);
--> statement-breakpoint
CREATE TABLE "category_names" (
	"category_id" integer NOT NULL,
	"language" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "category_names_category_id_language_pk" PRIMARY KEY("category_id","language")
);
--> statement-breakpoint
CREATE TABLE "product_descriptions" (
	"product_id" uuid NOT NULL,
	"language" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "product_descriptions_product_id_language_pk" PRIMARY KEY("product_id","language")
);
--> statement-breakpoint
DROP INDEX "legal_documents_version_uq";--> statement-breakpoint
ALTER TABLE "legal_documents" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "category_names" ADD CONSTRAINT "category_names_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_descriptions" ADD CONSTRAINT "product_descriptions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "legal_documents_version_uq" ON "legal_documents" USING btree ("kind","market","language","version");