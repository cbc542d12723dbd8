/**
 * The contract between the privacy module's `eraseAccount` and each module's eraser
 * (`src/modules/<m>/<m>.data-erasure.ts`): a module deletes or anonymises its own rows about a
 * person, keeps what a legal hold needs (legal-holds.rules.ts) and says so; later, when a hold has
 * ended, it erases the held record. Erasers write only their module's tables and run in the
 * erasure's transaction (`deps.db` is it).
 */
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Storage } from '../../platform/storage.ts';
import type { HoldReason } from './legal-holds.rules.ts';

export type ErasureDeps = { db: Db; clock: Clock; storage: Storage };

/** Every dataset an eraser reports, each with a label in every language (`privacy.erasure.dataset.*`). */
export const ERASURE_DATASETS = [
  'account',
  'sessions',
  'email_links',
  'second_factor',
  'terms_acceptances',
  'business_profile',
  'orders',
  'credit_notes',
  'checkouts',
  'carts',
  'cart_lines',
  'care_folders',
  'returns',
  'warranty_claims',
  'insurance_claims',
  'support_tickets',
  'reviews',
  'review_photos',
  'review_notices',
  'review_appeals',
  'reviewer_blocks',
  'seller_applications',
  'seller_memberships',
  'audit_events',
  'consent_records',
  'marketing_preferences',
  'newsletter_sends',
  'alerts',
  'policy_notices',
  'sale_opt_out_requests',
  'privacy_requests',
  'postmortem_directives',
  'processing_restrictions',
  'processing_objections',
  'dsa_notices',
  'dsa_complaints',
] as const;
export type ErasureDataset = (typeof ERASURE_DATASETS)[number];

export const isErasureDataset = (d: string): d is ErasureDataset =>
  (ERASURE_DATASETS as readonly string[]).includes(d);

/** Records of one dataset the eraser removed (`deleted`) or stripped of the person (`anonymised`). */
export type ErasureTally = { dataset: ErasureDataset; deleted: number; anonymised: number };

/** A record kept: its module-local key, why, until when (null: until the claim is closed). */
export type HeldRecord = {
  dataset: ErasureDataset;
  recordRef: string;
  reason: HoldReason;
  until: Date | null;
};

export type ErasureOutcome = { tallies: ErasureTally[]; held: HeldRecord[] };

export type DataEraser = {
  /** The module name (as in its `*.module.ts` / folder). */
  module: string;
  /** Erase everything of the module about `userId` that no hold keeps. `email` is the address before anonymisation. */
  erase(deps: ErasureDeps, input: { userId: number; email: string; now: Date }): Promise<ErasureOutcome>;
  /**
   * The holds of this module still live for `userId`: erase each record whose hold has ended (a
   * dated hold past its date, or an open-ended one whose record is now closed); return their refs.
   */
  releaseHolds?(
    deps: ErasureDeps,
    input: {
      userId: number;
      holds: Array<{ dataset: string; recordRef: string; until: Date | null }>;
      now: Date;
    },
  ): Promise<Array<{ dataset: string; recordRef: string }>>;
};

/** The address an erased account is left with: unique, and undeliverable by design (RFC 2606). */
export const erasedEmail = (userId: number) => `erased-${userId}@erased.invalid`;

export const tally = (
  dataset: ErasureDataset,
  counts: { deleted?: number; anonymised?: number },
): ErasureTally => ({
  dataset,
  deleted: counts.deleted ?? 0,
  anonymised: counts.anonymised ?? 0,
});
