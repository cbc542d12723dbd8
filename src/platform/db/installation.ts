import { eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { installation } from './installation.schema.ts';

export type InstallationKind = 'demo' | 'production';

export async function installationKind(db: Db): Promise<InstallationKind | null> {
  const [row] = await db.select({ kind: installation.kind }).from(installation).where(eq(installation.id, 1));
  return row?.kind ?? null;
}

/** Marks the database once; a database already claimed keeps its kind, which is returned. */
export async function claimInstallation(
  db: Db,
  kind: InstallationKind,
  now: Date,
): Promise<InstallationKind> {
  await db.insert(installation).values({ id: 1, kind, claimedAt: now }).onConflictDoNothing();
  return (await installationKind(db))!;
}
