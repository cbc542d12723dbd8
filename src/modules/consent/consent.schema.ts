import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * ePrivacy Art. 5(3) consent choices, one row per choice a browser made (banner or preferences
 * page). The browser keeps the row's id, version and purposes in the strictly necessary
 * `rl_consent` cookie; a later choice from the same browser ends this one (`withdrawnAt`).
 * Written only by record-consent-choice.ts.
 */
export const consentRecords = pgTable(
  'consent_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    givenAt: at('given_at').notNull(),
    /** The cookie policy version the person saw (consent.rules.ts CONSENT_POLICY_VERSION). */
    policyVersion: text('policy_version').notNull(),
    /** Purposes granted; empty = everything non-essential refused. */
    purposes: text('purposes').array().notNull(),
    market: text('market').notNull(),
    /** Signed in when choosing; null for a visitor. */
    userId: integer('user_id').references(() => users.id),
    method: text('method', { enum: ['banner', 'preferences'] }).notNull(),
    /** When a later choice replaced this one (a withdrawal when it granted less). */
    withdrawnAt: at('withdrawn_at'),
  },
  (t) => [index('consent_records_user_idx').on(t.userId)],
);

/**
 * Audience measurement without cookies: one random salt per UTC day, deleted once the day is
 * over (purge-audience-data.ts), so a visitor key of a past day can never be recomputed.
 */
export const audienceSalts = pgTable('audience_salts', {
  day: date('day', { mode: 'string' }).primaryKey(),
  salt: text('salt').notNull(),
});

/**
 * Page views of the shop, without any personal identifier: the day, the market, the kind of page
 * and a visitor key (sha256 of the day's salt, the site, the IP and the user agent, truncated).
 * No user id, no IP, no URL. Kept 13 months (purge-audience-data.ts).
 */
export const audienceEvents = pgTable(
  'audience_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    day: date('day', { mode: 'string' }).notNull(),
    market: text('market').notNull(),
    pageKind: text('page_kind').notNull(),
    visitorKey: text('visitor_key').notNull(),
    /** The page was seen signed in: that person is counted by `recipientActivity` instead. */
    signedIn: boolean('signed_in').notNull(),
  },
  (t) => [index('audience_events_day_idx').on(t.day)],
);

/**
 * Signed-in recipients active in a market in a month, only to deduplicate the DSA Art. 24(2)
 * figure (legal obligation, GDPR Art. 6(1)(c)): the month, the market and the user, nothing about
 * what was seen. Kept 13 months like the audience events.
 */
export const recipientActivity = pgTable(
  'recipient_activity',
  {
    month: date('month', { mode: 'string' }).notNull(),
    market: text('market').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.market, t.userId] }),
    index('recipient_activity_user_idx').on(t.userId),
  ],
);
