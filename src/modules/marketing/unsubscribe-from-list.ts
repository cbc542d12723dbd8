import type { MarketingDeps } from './marketing.deps.ts';
import { NO_CHOICES } from './marketing.rules.ts';
import { loadPreferences, saveChoices } from './marketing.store.ts';
import { readUnsubscribe } from './unsubscribe-token.ts';

/**
 * One-click unsubscribe (RFC 8058) from a marketing email's link, without signing in: the signed
 * token names the person and the list; the newsletter list is every marketing email, so email
 * marketing goes off. Idempotent, and it can only ever turn marketing off. Null: not a genuine token.
 */
export async function unsubscribeFromList(
  deps: Pick<MarketingDeps, 'db' | 'clock' | 'secret'>,
  input: { token: string },
): Promise<{ userId: number } | null> {
  const claim = readUnsubscribe(deps.secret, input.token);
  if (!claim) return null;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const current = await loadPreferences(tx, claim.userId, { forUpdate: true });
    if (!current?.channels.email) return;
    const { saleOptOutAt: _s, saleOptOutSource: _src, ...choices } = current ?? NO_CHOICES;
    await saveChoices(tx, claim.userId, { ...choices, channels: { ...choices.channels, email: false } }, now);
  });
  return { userId: claim.userId };
}
