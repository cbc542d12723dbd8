import type { orderLines, orders } from './orders.schema.ts';

/** Types of the orders module for other modules (which never import orders.schema.ts). */

export type PostalAddress = {
  name: string;
  company?: string;
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  country: string;
  phone?: string;
};

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
