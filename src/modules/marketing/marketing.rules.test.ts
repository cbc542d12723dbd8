import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChoices,
  applyObjection,
  applySoftOptIn,
  BASES,
  CATEGORIES,
  type Category,
  CHANNELS,
  FREQUENCIES,
  type MarketingState,
  maySendMarketing,
  NO_CHOICES,
  newsletterIssue,
  SOFT_OPT_IN_CATEGORIES,
  SOFT_OPT_IN_LAPSES_AFTER_MS,
  sendableCategories,
} from './marketing.rules.ts';

const DAY = 86_400_000;
const now = new Date('2026-11-21T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

const explicit: MarketingState = {
  channels: { email: true, sms: false, push: false },
  categories: ['deals', 'trade_in'],
  frequency: 'monthly',
  basis: 'explicit',
  basisAt: ago(10),
  objectedAt: null,
  lastPaidOrderAt: null,
};
const soft: MarketingState = {
  ...explicit,
  categories: ['deals', 'new_arrivals', 'trade_in'],
  basis: 'soft_opt_in',
  lastPaidOrderAt: ago(30),
};

const date = fc.option(
  fc.integer({ min: -4000, max: 4000 }).map((d) => new Date(now.getTime() + d * DAY)),
  { nil: null },
);
const state: fc.Arbitrary<MarketingState> = fc.record({
  channels: fc.record({ email: fc.boolean(), sms: fc.boolean(), push: fc.boolean() }),
  categories: fc.subarray([...CATEGORIES]),
  frequency: fc.constantFrom(...FREQUENCIES),
  basis: fc.constantFrom(...BASES),
  basisAt: date,
  objectedAt: date,
  lastPaidOrderAt: date,
});
const kind = fc.record({ channel: fc.constantFrom(...CHANNELS), category: fc.constantFrom(...CATEGORIES) });

describe('maySendMarketing', () => {
  it('sends with an explicit opt-in on a chosen channel and category', () => {
    expect(maySendMarketing(explicit, { channel: 'email', category: 'deals' }, now)).toEqual({ send: true });
    expect(maySendMarketing(explicit, { channel: 'email', category: 'trade_in' }, now)).toEqual({
      send: true,
    });
  });

  it('refuses without choices, on a channel or category not chosen, without a basis', () => {
    const k = { channel: 'email', category: 'deals' } as const;
    expect(maySendMarketing(null, k, now)).toEqual({ send: false, reason: 'no_choices' });
    expect(maySendMarketing(explicit, { channel: 'sms', category: 'deals' }, now)).toMatchObject({
      reason: 'channel_off',
    });
    expect(maySendMarketing(explicit, { channel: 'email', category: 'tips' }, now)).toMatchObject({
      reason: 'category_off',
    });
    expect(maySendMarketing({ ...explicit, basis: 'none' }, k, now)).toMatchObject({ reason: 'no_basis' });
    expect(maySendMarketing({ ...explicit, basisAt: null }, k, now)).toMatchObject({ reason: 'no_basis' });
    expect(maySendMarketing({ ...explicit, basisAt: new Date(now.getTime() + 1) }, k, now)).toMatchObject({
      reason: 'basis_not_yet_given',
    });
  });

  it('soft opt-in: only an existing customer, only similar products, lapsing 3 years after the last order', () => {
    const deals = { channel: 'email', category: 'deals' } as const;
    expect(maySendMarketing(soft, deals, now)).toEqual({ send: true });
    expect(maySendMarketing(soft, { channel: 'email', category: 'new_arrivals' }, now)).toEqual({
      send: true,
    });
    expect(maySendMarketing(soft, { channel: 'email', category: 'trade_in' }, now)).toMatchObject({
      reason: 'not_similar',
    });
    expect(maySendMarketing({ ...soft, lastPaidOrderAt: null }, deals, now)).toMatchObject({
      reason: 'not_a_customer',
    });
    const lapse = new Date(now.getTime() - SOFT_OPT_IN_LAPSES_AFTER_MS);
    expect(maySendMarketing({ ...soft, lastPaidOrderAt: lapse }, deals, now)).toEqual({ send: true });
    expect(
      maySendMarketing({ ...soft, lastPaidOrderAt: new Date(lapse.getTime() - 1) }, deals, now),
    ).toMatchObject({ reason: 'soft_opt_in_lapsed' });
    // An explicit opt-in does not depend on being a customer.
    expect(maySendMarketing({ ...explicit, lastPaidOrderAt: null }, deals, now)).toEqual({ send: true });
  });

  it('an objection wins over everything, absolutely and immediately (law)', () => {
    fc.assert(
      fc.property(state, kind, (s, k) => {
        const objected = { ...s, objectedAt: now };
        expect(maySendMarketing(objected, k, now)).toEqual({ send: false, reason: 'objected' });
        expect(sendableCategories(objected, k.channel, now)).toEqual([]);
      }),
    );
  });

  it('never sends on a channel or category the person did not choose (law)', () => {
    fc.assert(
      fc.property(state, kind, (s, k) => {
        const verdict = maySendMarketing(s, k, now);
        if (verdict.send) {
          expect(s.channels[k.channel]).toBe(true);
          expect(s.categories).toContain(k.category);
          expect(s.objectedAt).toBeNull();
          expect(s.basis).not.toBe('none');
          if (s.basis === 'soft_opt_in') expect(SOFT_OPT_IN_CATEGORIES).toContain(k.category);
        }
      }),
    );
  });
});

describe('applyChoices, applyObjection, applySoftOptIn', () => {
  const stored = { ...NO_CHOICES };

  it('ticking a channel and a category is an explicit opt-in recorded now', () => {
    const after = applyChoices(
      stored,
      {
        channels: { email: true, sms: false, push: true },
        categories: ['tips', 'deals'],
        frequency: 'weekly',
      },
      now,
      'account',
    );
    expect(after).toEqual({
      channels: { email: true, sms: false, push: true },
      categories: ['deals', 'tips'],
      frequency: 'weekly',
      basis: 'explicit',
      basisAt: now,
      basisSource: 'account',
      objectedAt: null,
    });
  });

  it('nothing ticked turns every channel off and keeps the record of the basis', () => {
    const before = {
      ...stored,
      channels: { email: true, sms: true, push: false },
      basis: 'explicit' as const,
      basisAt: ago(5),
      basisSource: 'account',
    };
    const after = applyChoices(
      before,
      { channels: { email: false, sms: false, push: false }, categories: ['deals'], frequency: 'monthly' },
      now,
      'account',
    );
    expect(after.channels).toEqual({ email: false, sms: false, push: false });
    expect(after.basisAt).toEqual(ago(5));
    // A channel without a category is no opt-in either.
    const noCategory = applyChoices(
      stored,
      { channels: { email: true, sms: false, push: false }, categories: [], frequency: 'monthly' },
      now,
      'account',
    );
    expect(noCategory.channels.email).toBe(false);
    expect(noCategory.basis).toBe('none');
  });

  it('an objection turns every channel off at once; only a new explicit opt-in lifts it', () => {
    const subscribed = applyChoices(
      stored,
      { channels: { email: true, sms: true, push: true }, categories: ['deals'], frequency: 'monthly' },
      ago(3),
      'account',
    );
    const objected = applyObjection(subscribed, now);
    expect(objected.channels).toEqual({ email: false, sms: false, push: false });
    expect(objected.objectedAt).toEqual(now);
    expect(applyObjection(objected, new Date(now.getTime() + DAY)).objectedAt).toEqual(now);
    expect(applySoftOptIn(objected, now)).toBeNull();
    const renewed = applyChoices(
      objected,
      { channels: { email: true, sms: false, push: false }, categories: ['deals'], frequency: 'monthly' },
      now,
      'account',
    );
    expect(renewed.objectedAt).toBeNull();
  });

  it('a soft opt-in applies only where nothing was chosen, to email and similar products', () => {
    expect(applySoftOptIn(null, now)).toMatchObject({
      channels: { email: true, sms: false, push: false },
      categories: SOFT_OPT_IN_CATEGORIES,
      basis: 'soft_opt_in',
      basisAt: now,
    });
    const chosen = applyChoices(
      stored,
      { channels: { email: false, sms: false, push: false }, categories: [], frequency: 'monthly' },
      now,
      'account',
    );
    expect(applySoftOptIn(chosen, now)).not.toBeNull(); // "nothing" saved without a basis: still none
    const explicitNo = { ...chosen, basis: 'explicit' as const, basisAt: ago(1) };
    expect(applySoftOptIn(explicitNo, now)).toBeNull();
  });
});

describe('newsletterIssue', () => {
  it('monthly issues follow the local month, weekly ones the ISO week', () => {
    expect(newsletterIssue('monthly', now, 'Europe/Paris')).toBe('M2026-11');
    // 30 Nov 23:30 UTC is already 1 December in Paris.
    expect(newsletterIssue('monthly', new Date('2026-11-30T23:30:00Z'), 'Europe/Paris')).toBe('M2026-12');
    expect(newsletterIssue('monthly', new Date('2026-11-30T23:30:00Z'), 'America/New_York')).toBe('M2026-11');
    expect(newsletterIssue('weekly', now, 'Europe/Paris')).toBe('W2026-47');
    // 1 January 2027 is a Friday: still ISO week 53 of 2026.
    expect(newsletterIssue('weekly', new Date('2027-01-01T12:00:00Z'), 'Europe/Paris')).toBe('W2026-53');
    expect(newsletterIssue('weekly', new Date('2027-01-04T12:00:00Z'), 'Europe/Paris')).toBe('W2027-01');
  });

  it('gives one issue per week: the 7 days from a Monday share it (law)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (weeks) => {
        const monday = new Date(Date.UTC(2024, 0, 1, 12) + weeks * 7 * DAY);
        const issue = newsletterIssue('weekly', monday, 'UTC');
        for (let d = 1; d < 7; d++) {
          expect(newsletterIssue('weekly', new Date(monday.getTime() + d * DAY), 'UTC')).toBe(issue);
        }
        expect(newsletterIssue('weekly', new Date(monday.getTime() + 7 * DAY), 'UTC')).not.toBe(issue);
      }),
    );
  });
});

// The type list is exhaustive: a new category must say whether a soft opt-in covers it.
const _covered: Record<Category, boolean> = { deals: true, new_arrivals: true, trade_in: false, tips: false };
it('soft opt-in categories are exactly the similar-product ones', () => {
  expect(CATEGORIES.filter((c) => _covered[c])).toEqual(SOFT_OPT_IN_CATEGORIES);
});
