import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * DSA Art. 17 statements of reasons, for every restriction the platform imposes (account closures,
 * seller suspensions and contract terminations). Written only by issueStatementOfReasons
 * (issue-statement-of-reasons.ts); read through list-statements.ts. Kept so users can appeal and
 * the statements can be exported.
 *
 * The columns after `createdAt` feed the DSA Transparency Database (Art. 24(5),
 * tdb.rules.ts): a never-reused `puid`, the content type, category and date, and personal-data
 * free facts; null in rows written before they existed (tdb.rules.ts derives them then). The
 * `tdb_*` columns record the submission (submit-statements-to-tdb.ts).
 */
export const statementsOfReasons = pgTable(
  'statements_of_reasons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectUserId: integer('subject_user_id').references(() => users.id),
    /**
     * The shop the measure concerns, when it concerns one (an offer delisted, a suspension, a
     * contract ended, a reply removed): its members read it in the seller portal. The subject
     * user is then the shop's first owner.
     */
    subjectSellerId: integer('subject_seller_id'),
    /** Art. 17(1): e.g. 'account_termination'. */
    measure: text('measure').notNull(),
    territorialScope: text('territorial_scope').notNull(),
    /** null = indefinite. */
    endsAt: at('ends_at'),
    reasonCode: text('reason_code').notNull(),
    /** Art. 17(3)(b) facts and circumstances. */
    facts: text('facts').notNull(),
    source: text('source', { enum: ['own_initiative', 'notice'] }).notNull(),
    automatedDetection: boolean('automated_detection').notNull(),
    automatedDecision: boolean('automated_decision').notNull(),
    groundType: text('ground_type', { enum: ['illegal_content', 'incompatible_terms'] }).notNull(),
    legalGround: text('legal_ground'),
    contractualGround: text('contractual_ground'),
    explanation: text('explanation').notNull(),
    redress: text('redress').notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    effectiveAt: at('effective_at').notNull(),
    createdAt: at('created_at').notNull(),
    /** Platform unique identifier in the Transparency Database: `reloop-sor-<id>`, never reused. */
    puid: text('puid').notNull().unique(),
    /** Market codes of the measure; null = every market. */
    territorialCodes: text('territorial_codes').array(),
    /** TDB CONTENT_TYPE_* (and its text when OTHER), STATEMENT_CATEGORY_*, ACCOUNT_TYPE_*. */
    contentType: text('content_type'),
    contentTypeOther: text('content_type_other'),
    category: text('category'),
    accountType: text('account_type'),
    /** When the content restricted was posted (or the account opened), YYYY-MM-DD. */
    contentDate: date('content_date', { mode: 'string' }),
    /** Facts and explanation without personal data, for the public database. */
    publicFacts: text('public_facts'),
    publicExplanation: text('public_explanation'),
    /** pending → submitted (201), logged (no credentials: written to the log), rejected (422). */
    tdbStatus: text('tdb_status', { enum: ['pending', 'submitted', 'logged', 'rejected'] })
      .notNull()
      .default('pending'),
    tdbAttempts: integer('tdb_attempts').notNull().default(0),
    tdbLastAttemptAt: at('tdb_last_attempt_at'),
    tdbSubmittedAt: at('tdb_submitted_at'),
    /** The database's uuid of the stored statement. */
    tdbUuid: text('tdb_uuid'),
    /** The last refusal or failure, for review in the console. */
    tdbError: text('tdb_error'),
  },
  (t) => [
    index('statements_of_reasons_subject_idx').on(t.subjectUserId, t.createdAt),
    index('statements_of_reasons_seller_idx').on(t.subjectSellerId, t.createdAt),
    index('statements_of_reasons_tdb_idx').on(t.tdbStatus, t.createdAt),
  ],
);
