import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { careFolders } from './after-sales.schema.ts';
import { type Party, partyOf } from './care.rules.ts';
import type { CareActor } from './care-actor.ts';

export type CareFolderRow = typeof careFolders.$inferSelect;

/** The folder and the actor's part in it; a folder the actor has no part in is a 404 (never a 403). */
export async function folderFor(
  db: Pick<Db, 'select'>,
  folderId: number,
  actor: CareActor,
  { lock = false }: { lock?: boolean } = {},
): Promise<{ folder: CareFolderRow; party: Party }> {
  const q = db.select().from(careFolders).where(eq(careFolders.id, folderId));
  const [folder] = lock ? await q.for('update') : await q;
  const party = folder ? partyOf(folder, actor) : null;
  if (!folder || !party) throw AppError.notFound('Care folder');
  return { folder, party };
}
