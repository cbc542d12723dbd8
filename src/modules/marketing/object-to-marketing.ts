import type { MarketingDeps } from './marketing.deps.ts';
import { applyObjection, NO_CHOICES } from './marketing.rules.ts';
import { loadPreferences, saveChoices } from './marketing.store.ts';

/**
 * The person objects to marketing (GDPR Art. 21(2)–(3)): absolute and immediate — every channel
 * off now, and nothing is sent while the objection stands (marketing.rules.ts), whatever was
 * chosen before. Alerts are kept: they are a service the person asked for, not marketing.
 * Called by the account's marketing page and by the privacy centre.
 */
export async function objectToMarketing(
  deps: Pick<MarketingDeps, 'db' | 'clock'>,
  input: { userId: number },
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const current = (await loadPreferences(tx, input.userId, { forUpdate: true })) ?? NO_CHOICES;
    await saveChoices(tx, input.userId, applyObjection(current, now), now);
  });
}
