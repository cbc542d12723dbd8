import { processingChoicesOf } from '../privacy/processing-choices.read-model.ts';
import { mayProcess } from '../privacy/processing-choices.rules.ts';
import type { MarketingDeps } from './marketing.deps.ts';
import { applySoftOptIn, softOptInOpen } from './marketing.rules.ts';
import { loadPreferences, saveChoices } from './marketing.store.ts';
import { lastPaidOrderAt } from './marketing-people.read-model.ts';

/**
 * A soft opt-in (ePrivacy Art. 13(2)) for a customer whose order is paid: email, similar products
 * only. The caller must have offered a clear, free opt-out when it collected the email (the box at
 * checkout); every message repeats it. Never overrides a choice or an objection of the person,
 * nor while they restrict processing (GDPR Art. 18: their data is only stored). Returns whether it
 * was recorded.
 */
export async function recordSoftOptIn(
  deps: Pick<MarketingDeps, 'db' | 'clock'>,
  input: { userId: number },
): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (!(await lastPaidOrderAt(tx, input.userId))) return false;
    if (!mayProcess(await processingChoicesOf(tx, input.userId), 'marketing')) return false;
    const next = applySoftOptIn(await loadPreferences(tx, input.userId, { forUpdate: true }), now);
    if (!next) return false;
    await saveChoices(tx, input.userId, next, now);
    return true;
  });
}

/**
 * Whether the checkout page offers this person the soft opt-in with its opt-out box: nothing
 * chosen yet, no objection, processing not restricted (what recordSoftOptIn would record over).
 */
export async function softOptInOffered(
  deps: Pick<MarketingDeps, 'db'>,
  input: { userId: number },
): Promise<boolean> {
  if (!softOptInOpen(await loadPreferences(deps.db, input.userId))) return false;
  return mayProcess(await processingChoicesOf(deps.db, input.userId), 'marketing');
}
