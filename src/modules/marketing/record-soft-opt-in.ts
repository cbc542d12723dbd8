import type { MarketingDeps } from './marketing.deps.ts';
import { applySoftOptIn } from './marketing.rules.ts';
import { loadPreferences, saveChoices } from './marketing.store.ts';
import { lastPaidOrderAt } from './marketing-people.read-model.ts';

/**
 * A soft opt-in (ePrivacy Art. 13(2)) for a customer whose order is paid: email, similar products
 * only. The caller must have offered a clear, free opt-out when it collected the email (the box at
 * checkout); every message repeats it. Never overrides a choice or an objection of the person.
 * Returns whether it was recorded.
 */
export async function recordSoftOptIn(
  deps: Pick<MarketingDeps, 'db' | 'clock'>,
  input: { userId: number },
): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (!(await lastPaidOrderAt(tx, input.userId))) return false;
    const next = applySoftOptIn(await loadPreferences(tx, input.userId, { forUpdate: true }), now);
    if (!next) return false;
    await saveChoices(tx, input.userId, next, now);
    return true;
  });
}
