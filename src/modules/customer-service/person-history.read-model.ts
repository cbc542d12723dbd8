/**
 * Read model for the console's user page (issue 14): a person's orders as a buyer, with their
 * "Get help" folders, insurance claims and platform tickets, so customer service sees the whole
 * picture in one place.
 */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { buyerCareFolders, type FolderSummary } from '../after-sales/care-folders.read-model.ts';
import { buyerInsuranceClaims, type PersonInsuranceClaim } from '../after-sales/insurance.read-model.ts';
import { orders } from '../orders/orders.schema.ts';
import { type TicketRow, ticketsOfPerson } from './tickets.queries.ts';

export type PersonHistory = {
  orders: {
    id: number;
    sellerId: number;
    market: string;
    state: number;
    totalMinor: number;
    currency: string;
    createdAt: Date;
  }[];
  folders: FolderSummary[];
  insuranceClaims: PersonInsuranceClaim[];
  tickets: TicketRow[];
};

export async function personHistory(
  db: Db,
  person: { userId: number; email: string },
  now: Date,
): Promise<PersonHistory> {
  const rows = await db
    .select({
      id: orders.id,
      sellerId: orders.sellerId,
      market: orders.market,
      state: orders.state,
      totalMinor: orders.totalMinor,
      currency: orders.currency,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(eq(orders.buyerUserId, person.userId))
    .orderBy(desc(orders.id))
    .limit(100);
  const [folders, insuranceClaims, tickets] = await Promise.all([
    buyerCareFolders(db, person.userId, now),
    buyerInsuranceClaims(db, person.userId),
    ticketsOfPerson(db, person),
  ]);
  return { orders: rows, folders, insuranceClaims, tickets };
}
