import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { REQUEST_KINDS } from './privacy-choices.rules.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Data-subject requests (issue 16), worked in the console's request desk. Sent by the public form
 * (status `unverified` until the emailed link is opened, then `open`) or from the privacy centre
 * by a signed-in person when it cannot be fulfilled at once (`open` at once). `due_on` is the day
 * the answer is due (request-deadline.rules.ts), `initial_due_on` the first one (extensions are
 * only allowed up to it). Answered (`answered`) or refused with reasons (`refused`) by the system,
 * by email, in `locale`.
 */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: serial('id').primaryKey(),
    market: text('market').notNull(),
    locale: text('locale').notNull(),
    regime: text('regime', { enum: ['gdpr', 'ccpa'] }).notNull(),
    kind: text('kind', { enum: REQUEST_KINDS }).notNull(),
    source: text('source', { enum: ['form', 'account'] }).notNull(),
    /** The account the request is about: the signed-in person, or the one found at identity verification. */
    userId: integer('user_id').references(() => users.id),
    name: text('name').notNull(),
    email: text('email').notNull(),
    details: text('details').notNull().default(''),
    status: text('status', { enum: ['unverified', 'open', 'answered', 'refused'] }).notNull(),
    receivedAt: at('received_at').notNull(),
    /** Day of receipt in the market's time zone: the deadline counts from it. */
    receivedOn: text('received_on').notNull(),
    initialDueOn: text('initial_due_on').notNull(),
    dueOn: text('due_on').notNull(),
    emailVerifiedAt: at('email_verified_at'),
    identityVerifiedAt: at('identity_verified_at'),
    identityVerifiedBy: integer('identity_verified_by').references(() => users.id),
    identityNote: text('identity_note'),
    extendedAt: at('extended_at'),
    extendedBy: integer('extended_by').references(() => users.id),
    extensionReason: text('extension_reason'),
    answeredAt: at('answered_at'),
    answeredBy: integer('answered_by').references(() => users.id),
    answerText: text('answer_text'),
  },
  (t) => [
    index('privacy_requests_desk_idx').on(t.dueOn).where(sql`status = 'open'`),
    index('privacy_requests_user_idx').on(t.userId),
  ],
);

/**
 * Post-mortem directives (French Loi Informatique et Libertés, art. 85): what should happen to a
 * person's data after their death, and the trusted person who carries it out.
 */
export const postmortemDirectives = pgTable('postmortem_directives', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  instruction: text('instruction', { enum: ['delete', 'keep', 'hand_over'] }).notNull(),
  trustedName: text('trusted_name'),
  trustedEmail: text('trusted_email'),
  updatedAt: at('updated_at').notNull(),
});

/** Restriction of processing (GDPR Art. 18): while set, the data is only stored. */
export const processingRestrictions = pgTable('processing_restrictions', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  reason: text('reason').notNull(),
  since: at('since').notNull(),
});

/** Objections to processing based on legitimate interest (GDPR Art. 21(1)), per purpose. */
export const processingObjections = pgTable(
  'processing_objections',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose').notNull(),
    since: at('since').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.purpose] })],
);
