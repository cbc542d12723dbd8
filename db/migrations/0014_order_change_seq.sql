ALTER TABLE "orders" ADD COLUMN "change_seq" bigint;--> statement-breakpoint
CREATE INDEX "orders_seller_change_idx" ON "orders" USING btree ("seller_id","change_seq");--> statement-breakpoint
CREATE SEQUENCE "orders_change_seq";--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "change_seq" SET DEFAULT nextval('orders_change_seq');--> statement-breakpoint
UPDATE "orders" SET "change_seq" = nextval('orders_change_seq') WHERE "change_seq" IS NULL;--> statement-breakpoint
CREATE FUNCTION "orders_bump_change_seq"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_seq := nextval('orders_change_seq');
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "orders_change_seq" BEFORE UPDATE ON "orders" FOR EACH ROW EXECUTE FUNCTION "orders_bump_change_seq"();--> statement-breakpoint
-- Lines are inserted with their order, in its transaction: only their updates bump the order.
CREATE FUNCTION "order_lines_bump_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orders SET change_seq = nextval('orders_change_seq') WHERE id = NEW.order_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "order_lines_change_seq" AFTER UPDATE ON "order_lines" FOR EACH ROW EXECUTE FUNCTION "order_lines_bump_order"();
