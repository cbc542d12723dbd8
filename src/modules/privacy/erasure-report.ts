/**
 * The erasure report (agreed interface, issue 16): what an erasure deleted, anonymised and held,
 * per module and dataset, built from the erasers' outcomes. Pure.
 */
import type { ErasureOutcome } from './data-erasure.types.ts';
import type { HoldReason } from './legal-holds.rules.ts';

export type ErasureReport = {
  userId: number;
  erasedAt: string;
  deleted: Array<{ module: string; dataset: string; count: number }>;
  anonymised: Array<{ module: string; dataset: string; count: number }>;
  held: Array<{ module: string; dataset: string; count: number; reason: HoldReason; until: string | null }>;
};

/** Rows with a count only; held records grouped by dataset, reason and end date (latest first within a dataset: none). */
export function buildErasureReport(
  userId: number,
  erasedAt: Date,
  outcomes: ReadonlyArray<{ module: string; outcome: ErasureOutcome }>,
): ErasureReport {
  const deleted: ErasureReport['deleted'] = [];
  const anonymised: ErasureReport['anonymised'] = [];
  const held = new Map<string, ErasureReport['held'][number]>();
  for (const { module, outcome } of outcomes) {
    for (const t of outcome.tallies) {
      if (t.deleted) deleted.push({ module, dataset: t.dataset, count: t.deleted });
      if (t.anonymised) anonymised.push({ module, dataset: t.dataset, count: t.anonymised });
    }
    for (const h of outcome.held) {
      const until = h.until ? h.until.toISOString() : null;
      const key = `${module}\u0000${h.dataset}\u0000${h.reason}\u0000${until}`;
      const row = held.get(key);
      if (row) row.count += 1;
      else held.set(key, { module, dataset: h.dataset, count: 1, reason: h.reason, until });
    }
  }
  return { userId, erasedAt: erasedAt.toISOString(), deleted, anonymised, held: [...held.values()] };
}

/** Per reason: how many records are held and until when at the latest (null: while a claim is open). */
export function heldByReason(
  report: Pick<ErasureReport, 'held'>,
): Array<{ reason: HoldReason; count: number; until: string | null }> {
  const out = new Map<HoldReason, { reason: HoldReason; count: number; until: string | null }>();
  for (const h of report.held) {
    const row = out.get(h.reason) ?? { reason: h.reason, count: 0, until: h.until };
    row.count += h.count;
    if (row.until !== null && (h.until === null || h.until > row.until)) row.until = h.until;
    out.set(h.reason, row);
  }
  return [...out.values()];
}
