import type { Db } from '../../platform/db/client.ts';
import type { HoldReason } from './legal-holds.rules.ts';
import type { ErasureCountRow, ErasureHeldRow } from './privacy-erasure.schema.ts';
import { erasureOf } from './privacy-erasure.store.ts';

export type ErasureView = {
  report: {
    erasedAt: Date;
    reason: 'own_request' | 'request_desk' | 'retention';
    requestedBy: number | null;
    deleted: ErasureCountRow[];
    anonymised: ErasureCountRow[];
    held: ErasureHeldRow[];
  };
  holds: Array<{
    module: string;
    dataset: string;
    recordRef: string;
    reason: HoldReason;
    until: Date | null;
    purgedAt: Date | null;
  }>;
};

/** An erased person's report and legal holds, for the console's user page; null when not erased. */
export async function erasureView(db: Db, userId: number): Promise<ErasureView | null> {
  return erasureOf(db, userId);
}
