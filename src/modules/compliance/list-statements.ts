import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { statementsOfReasons } from './compliance.schema.ts';

/** A stored statement of reasons, as other modules and pages read it. */
export type StatementOfReasons = typeof statementsOfReasons.$inferSelect;

/** The statements addressed to a user, newest first (the console's user page, appeals). */
export async function listStatementsForUser(db: Db, userId: number): Promise<StatementOfReasons[]> {
  return db
    .select()
    .from(statementsOfReasons)
    .where(eq(statementsOfReasons.subjectUserId, userId))
    .orderBy(desc(statementsOfReasons.createdAt));
}

/** One statement by id. */
export async function findStatement(db: Db, id: string): Promise<StatementOfReasons | undefined> {
  const [row] = await db.select().from(statementsOfReasons).where(eq(statementsOfReasons.id, id)).limit(1);
  return row;
}
