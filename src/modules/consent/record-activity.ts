import type { PageKind } from './audience.rules.ts';
import { monthOf, utcDay } from './audience.rules.ts';
import type { ConsentDeps } from './consent.deps.ts';
import { audienceEvents, recipientActivity } from './consent.schema.ts';

export type ActivityInput = {
  market: string;
  kind: PageKind;
  /** Signed in: recorded once a month per market, for the DSA figure only. */
  userId?: number | null;
  visitorKey: string;
  /** When the page was seen (default: now). */
  at?: Date;
};

/** Counts one page view: an anonymous audience event, and the month's activity of a signed-in person. */
export async function recordActivity(deps: ConsentDeps, input: ActivityInput): Promise<void> {
  await recordActivities(deps, [input]);
}

/** Counts page views in one go (the recorder's batches, the demo data). */
export async function recordActivities(deps: ConsentDeps, inputs: readonly ActivityInput[]): Promise<void> {
  if (!inputs.length) return;
  const now = deps.clock.now();
  const events = inputs.map((i) => ({
    day: utcDay(i.at ?? now),
    market: i.market,
    pageKind: i.kind,
    visitorKey: i.visitorKey,
    signedIn: i.userId != null,
  }));
  const seen = new Map<string, { month: string; market: string; userId: number }>();
  for (const i of inputs) {
    if (i.userId == null) continue;
    const row = { month: monthOf(i.at ?? now), market: i.market, userId: i.userId };
    seen.set(`${row.month}|${row.market}|${row.userId}`, row);
  }
  for (let k = 0; k < events.length; k += 1000) {
    await deps.db.insert(audienceEvents).values(events.slice(k, k + 1000));
  }
  const activity = [...seen.values()];
  for (let k = 0; k < activity.length; k += 1000) {
    await deps.db
      .insert(recipientActivity)
      .values(activity.slice(k, k + 1000))
      .onConflictDoNothing();
  }
}
