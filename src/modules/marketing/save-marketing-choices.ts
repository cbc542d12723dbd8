import type { MarketingDeps } from './marketing.deps.ts';
import { applyChoices, type ChoicesInput, NO_CHOICES } from './marketing.rules.ts';
import { loadPreferences, saveChoices } from './marketing.store.ts';

/**
 * A person saves their marketing choices (account page, sign-up): ticking a channel and a topic is
 * an explicit opt-in recorded with its time; nothing ticked turns every channel off.
 */
export async function saveMarketingChoices(
  deps: Pick<MarketingDeps, 'db' | 'clock'>,
  input: { userId: number; choices: ChoicesInput; source: 'account' | 'sign_up' },
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const current = (await loadPreferences(tx, input.userId, { forUpdate: true })) ?? NO_CHOICES;
    await saveChoices(tx, input.userId, applyChoices(current, input.choices, now, input.source), now);
  });
}
