import type { Deps } from '../../app/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { eraserOf } from './data-erasers.ts';
import { holdsToCheck, markHoldsPurged } from './privacy-erasure.store.ts';

/**
 * The end of legal holds (on the injected clock): for each erased person with live holds, every
 * module that holds something is asked to erase the records whose hold has ended — a dated hold
 * past its date, an open-ended one whose claim is now closed (`releaseHolds`) — and those holds are
 * marked purged. One transaction per person and module; idempotent.
 */
export async function purgeExpiredHolds(
  deps: Pick<Deps, 'db' | 'clock' | 'storage'>,
): Promise<{ purged: number }> {
  const now = deps.clock.now();
  const live = await holdsToCheck(deps.db, now);
  const groups = new Map<string, typeof live>();
  for (const h of live) {
    const key = `${h.userId}\u0000${h.module}`;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  let purged = 0;
  for (const holds of groups.values()) {
    const { userId, module } = holds[0]!;
    const eraser = eraserOf(module);
    if (!eraser?.releaseHolds) continue;
    const filesToDelete: string[] = [];
    const done = await deps.db.transaction(async (tx) => {
      const storage = {
        put: (key: string, bytes: Uint8Array, type: string) => deps.storage.put(key, bytes, type),
        get: (key: string) => deps.storage.get(key),
        delete: async (key: string) => void filesToDelete.push(key),
      };
      const released = await eraser.releaseHolds!(
        { db: tx, clock: deps.clock, storage },
        {
          userId,
          holds: holds.map((h) => ({ dataset: h.dataset, recordRef: h.recordRef, until: h.until })),
          now,
        },
      );
      const refs = new Set(released.map((r) => `${r.dataset}\u0000${r.recordRef}`));
      const ids = holds.filter((h) => refs.has(`${h.dataset}\u0000${h.recordRef}`)).map((h) => h.id);
      if (!ids.length) return 0;
      await markHoldsPurged(tx, ids, now);
      await recordAudit(tx, {
        action: 'privacy.holds_released',
        at: now,
        subjectUserId: userId,
        details: { module, count: ids.length, datasets: [...new Set(released.map((r) => r.dataset))] },
      });
      return ids.length;
    });
    for (const key of filesToDelete) await deps.storage.delete(key);
    purged += done;
  }
  return { purged };
}

export const purgeExpiredHoldsJob = (deps: Deps): Job => ({
  name: 'purge-expired-holds',
  everyMs: 6 * 60 * 60_000,
  run: () => purgeExpiredHolds(deps),
});
