/**
 * Who may receive which marketing (issue 16). Pure: no I/O, no clock reads.
 *
 * A marketing message needs a legal basis recorded with its time:
 * - explicit opt-in: the person ticked a box (never pre-ticked) at sign-up or in the account;
 * - soft opt-in (ePrivacy Directive Art. 13(2), CNIL's reading): only for an existing customer
 *   (a paid order), only about products similar to what they bought, with a clear opt-out at
 *   collection and in every message. It lapses 3 years after the last paid order.
 * An objection to marketing (GDPR Art. 21(2)–(3)) wins over everything, absolutely and at once:
 * nothing is sent while it stands, whatever the channels, categories or basis say. Only a new
 * explicit opt-in, by the person, lifts it (`applyChoices`).
 */

export const CHANNELS = ['email', 'sms', 'push'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Newsletter categories. Only email is sent today; the other channels are stored for later. */
export const CATEGORIES = ['deals', 'new_arrivals', 'trade_in', 'tips'] as const;
export type Category = (typeof CATEGORIES)[number];

export const FREQUENCIES = ['weekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const BASES = ['none', 'explicit', 'soft_opt_in'] as const;
export type Basis = (typeof BASES)[number];

/** What a soft opt-in covers: refurbished devices like the ones the customer bought, nothing else. */
export const SOFT_OPT_IN_CATEGORIES: readonly Category[] = ['deals', 'new_arrivals'];

/** A soft opt-in lapses this long after the customer's last paid order (CNIL: 3 years). */
export const SOFT_OPT_IN_LAPSES_AFTER_MS = 3 * 365 * 86_400_000;

/** A person's stored choices, with the customer facts a soft opt-in depends on. */
export type MarketingState = {
  channels: Record<Channel, boolean>;
  categories: readonly Category[];
  frequency: Frequency;
  basis: Basis;
  basisAt: Date | null;
  objectedAt: Date | null;
  /** The person's last paid order (null: not a customer). */
  lastPaidOrderAt: Date | null;
};

export type MarketingKind = { channel: Channel; category: Category };

export type Refusal =
  | 'no_choices'
  | 'objected'
  | 'channel_off'
  | 'category_off'
  | 'no_basis'
  | 'basis_not_yet_given'
  | 'not_a_customer'
  | 'not_similar'
  | 'soft_opt_in_lapsed';

export type Verdict = { send: true } | { send: false; reason: Refusal };

const no = (reason: Refusal): Verdict => ({ send: false, reason });

/** Whether a marketing message of `kind` may go to a person with these choices at `now`. */
export function maySendMarketing(prefs: MarketingState | null, kind: MarketingKind, now: Date): Verdict {
  if (!prefs) return no('no_choices');
  if (prefs.objectedAt) return no('objected');
  if (!prefs.channels[kind.channel]) return no('channel_off');
  if (!prefs.categories.includes(kind.category)) return no('category_off');
  if (prefs.basis === 'none' || !prefs.basisAt) return no('no_basis');
  if (prefs.basisAt.getTime() > now.getTime()) return no('basis_not_yet_given');
  if (prefs.basis === 'explicit') return { send: true };
  // Soft opt-in: an existing customer, similar products, within the lapse period.
  if (!prefs.lastPaidOrderAt || prefs.lastPaidOrderAt.getTime() > now.getTime()) return no('not_a_customer');
  if (!SOFT_OPT_IN_CATEGORIES.includes(kind.category)) return no('not_similar');
  if (now.getTime() - prefs.lastPaidOrderAt.getTime() > SOFT_OPT_IN_LAPSES_AFTER_MS) {
    return no('soft_opt_in_lapsed');
  }
  return { send: true };
}

/** The categories of a newsletter the person may receive by `channel` now (in CATEGORIES order). */
export function sendableCategories(prefs: MarketingState | null, channel: Channel, now: Date): Category[] {
  return CATEGORIES.filter((category) => maySendMarketing(prefs, { channel, category }, now).send);
}

/** Stored choices: what `applyChoices` and the use cases write. */
export type StoredChoices = Omit<MarketingState, 'lastPaidOrderAt'> & { basisSource: string | null };

export const NO_CHOICES: StoredChoices = {
  channels: { email: false, sms: false, push: false },
  categories: [],
  frequency: 'monthly',
  basis: 'none',
  basisAt: null,
  basisSource: null,
  objectedAt: null,
};

export type ChoicesInput = {
  channels: Record<Channel, boolean>;
  categories: readonly Category[];
  frequency: Frequency;
};

/**
 * The person saves their choices in the account (or at sign-up). Ticking a channel and a
 * category is an explicit opt-in, recorded now, and lifts an earlier objection (a new consent,
 * given by the person). Nothing ticked: every channel off; the record of the basis stays.
 */
export function applyChoices(
  current: StoredChoices,
  input: ChoicesInput,
  now: Date,
  source: string,
): StoredChoices {
  const categories = CATEGORIES.filter((c) => input.categories.includes(c));
  const optsIn = CHANNELS.some((ch) => input.channels[ch]) && categories.length > 0;
  if (!optsIn) {
    return {
      ...current,
      channels: { email: false, sms: false, push: false },
      categories,
      frequency: input.frequency,
    };
  }
  return {
    channels: { ...input.channels },
    categories,
    frequency: input.frequency,
    basis: 'explicit',
    basisAt: now,
    basisSource: source,
    objectedAt: null,
  };
}

/** An objection to marketing: every channel off at once; the categories and basis stay on record. */
export function applyObjection(current: StoredChoices, now: Date): StoredChoices {
  return {
    ...current,
    channels: { email: false, sms: false, push: false },
    objectedAt: current.objectedAt ?? now,
  };
}

/** Whether a soft opt-in may still be recorded: no basis chosen and no objection (nothing of the person's to override). */
export function softOptInOpen(current: StoredChoices | null): boolean {
  return !current || (current.basis === 'none' && !current.objectedAt);
}

/**
 * A soft opt-in at a paid order: only where nothing was chosen before (an explicit choice, even
 * "nothing", and an objection are the person's and are never overridden), email only, similar
 * products only.
 */
export function applySoftOptIn(current: StoredChoices | null, now: Date): StoredChoices | null {
  if (!softOptInOpen(current)) return null;
  return {
    ...(current ?? NO_CHOICES),
    channels: { email: true, sms: false, push: false },
    categories: [...SOFT_OPT_IN_CATEGORIES],
    basis: 'soft_opt_in',
    basisAt: now,
    basisSource: 'checkout',
    objectedAt: null,
  };
}

/** Which newsletter issue a person on `frequency` receives at `now`: one email per issue. */
export function newsletterIssue(frequency: Frequency, now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const y = get('year');
  const m = get('month');
  const d = get('day');
  if (frequency === 'monthly') return `M${y}-${String(m).padStart(2, '0')}`;
  // ISO 8601 week of the local day: the week with the year's first Thursday is week 1.
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const weekYear = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `W${weekYear}-${String(week).padStart(2, '0')}`;
}

export const isChannel = (v: string): v is Channel => (CHANNELS as readonly string[]).includes(v);
export const isCategory = (v: string): v is Category => (CATEGORIES as readonly string[]).includes(v);
export const isFrequency = (v: string): v is Frequency => (FREQUENCIES as readonly string[]).includes(v);
