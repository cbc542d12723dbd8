import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * DSA Art. 17 statements of reasons, for every restriction the platform imposes (account closures,
 * seller suspensions and contract terminations). Written only by issueStatementOfReasons
 * (issue-statement-of-reasons.ts); read through list-statements.ts. Kept so users can appeal and
 * the statements can be exported.
 */
export const statementsOfReasons = pgTable(
  'statements_of_reasons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectUserId: integer('subject_user_id').references(() => users.id),
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
  },
  (t) => [index('statements_of_reasons_subject_idx').on(t.subjectUserId, t.createdAt)],
);
