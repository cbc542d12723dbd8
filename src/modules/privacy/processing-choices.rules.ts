/**
 * What a person's choices in the privacy centre stop (pure). While processing is restricted
 * (GDPR Art. 18) their data is only stored: no marketing, no review request, no alert, no
 * personalisation — only what their own orders and the law need (order, delivery and after-sales
 * emails, invoices, fraud checks). An objection (Art. 21(1)) stops the uses of its purpose.
 */
import type { ProcessingPurpose } from './privacy-choices.rules.ts';

export type ProcessingChoices = { restrictedSince: Date | null; objections: readonly string[] };

export const NO_PROCESSING_CHOICES: ProcessingChoices = { restrictedSince: null, objections: [] };

/** The uses other modules make of a person's data beyond storing it. */
export const PROCESSING_USES = [
  'marketing',
  'review_request',
  'alert',
  'recommendations',
  'own_orders',
  'legal_obligation',
] as const;
export type ProcessingUse = (typeof PROCESSING_USES)[number];

/** The objectable purpose each use serves: an objection to it stops the use. */
const PURPOSE_OF: Partial<Record<ProcessingUse, ProcessingPurpose>> = {
  recommendations: 'recommendations',
};

/** Never stopped by a restriction: the contract the person is party to, and legal obligations. */
const NEEDED: ReadonlySet<ProcessingUse> = new Set(['own_orders', 'legal_obligation']);

export function mayProcess(choices: ProcessingChoices, use: ProcessingUse): boolean {
  if (NEEDED.has(use)) return true;
  if (choices.restrictedSince) return false;
  const purpose = PURPOSE_OF[use];
  return !purpose || !choices.objections.includes(purpose);
}
