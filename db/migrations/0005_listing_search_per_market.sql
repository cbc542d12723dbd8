DROP INDEX "listings_search_idx";--> statement-breakpoint
CREATE INDEX "listings_search_fr_idx" ON "listings" USING gin ("search_vector") WHERE market = 'FR';--> statement-breakpoint
CREATE INDEX "listings_search_de_idx" ON "listings" USING gin ("search_vector") WHERE market = 'DE';--> statement-breakpoint
CREATE INDEX "listings_search_nl_idx" ON "listings" USING gin ("search_vector") WHERE market = 'NL';--> statement-breakpoint
CREATE INDEX "listings_search_se_idx" ON "listings" USING gin ("search_vector") WHERE market = 'SE';--> statement-breakpoint
CREATE INDEX "listings_search_be_idx" ON "listings" USING gin ("search_vector") WHERE market = 'BE';--> statement-breakpoint
CREATE INDEX "listings_search_es_idx" ON "listings" USING gin ("search_vector") WHERE market = 'ES';--> statement-breakpoint
CREATE INDEX "listings_search_it_idx" ON "listings" USING gin ("search_vector") WHERE market = 'IT';--> statement-breakpoint
CREATE INDEX "listings_search_gb_idx" ON "listings" USING gin ("search_vector") WHERE market = 'GB';--> statement-breakpoint
CREATE INDEX "listings_search_us_idx" ON "listings" USING gin ("search_vector") WHERE market = 'US';