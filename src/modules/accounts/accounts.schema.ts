import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One row per person. A user may be a buyer (consumer or Reloop Pro business), a member of seller
 * organisations and an operator, all at once; emails are stored lower-cased.
 */
export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    emailVerifiedAt: at('email_verified_at'),
    passwordHash: text('password_hash').notNull(),
    name: text('name').notNull(),
    /** null: operator or seller staff without a buyer account. */
    buyerType: text('buyer_type', { enum: ['consumer', 'business'] }),
    /** Market code (FR, DE, …): language of emails and which terms apply. */
    market: text('market').notNull(),
    /** The language the person chose for pages and emails (en, fr, …); null: the market's. */
    language: text('language'),
    status: text('status', { enum: ['active', 'closed'] })
      .notNull()
      .default('active'),
    closedAt: at('closed_at'),
    closedBy: text('closed_by', { enum: ['user', 'platform'] }),
    /** Set by an operator: this closed account's email / VAT number may register again. */
    reregistrationAllowedAt: at('reregistration_allowed_at'),
    reregistrationAllowedBy: integer('reregistration_allowed_by'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('users_active_email_uq').on(t.email).where(sql`status = 'active'`),
    index('users_email_idx').on(t.email),
    index('users_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

/** The company behind a Reloop Pro account. Changes go through support. */
export const businessProfiles = pgTable(
  'business_profiles',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => users.id),
    legalName: text('legal_name').notNull(),
    addressLine: text('address_line').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    /** ISO 3166-1 alpha-2 of the company's seat. */
    country: text('country').notNull(),
    /** Normalised with its VIES prefix (EL for Greece, XI for Northern Ireland); null outside the EU. */
    vatNumber: text('vat_number'),
    /** When the number was last checked (sign-up, support, or a re-check at checkout). */
    vatVerifiedAt: at('vat_verified_at'),
    vatConsultationRef: text('vat_consultation_ref'),
    vatVerifiedBy: text('vat_verified_by'),
    /** What that check said; null: checked valid before results were kept (sign-up, support). */
    vatCheckResult: text('vat_check_result', { enum: ['valid', 'invalid'] }),
    /** False once the account is closed: the number is then free only with an operator's authorisation. */
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    uniqueIndex('business_profiles_active_vat_uq')
      .on(t.vatNumber)
      .where(sql`active AND vat_number IS NOT NULL`),
    index('business_profiles_vat_idx').on(t.vatNumber),
  ],
);

export const operatorRoles = pgTable(
  'operator_roles',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ['support', 'moderator', 'compliance', 'admin'] }).notNull(),
    grantedAt: at('granted_at').notNull(),
    grantedBy: integer('granted_by'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: at('created_at').notNull(),
    lastSeenAt: at('last_seen_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    userAgent: text('user_agent').notNull().default(''),
    ip: text('ip').notNull().default(''),
    /** When this session passed the second factor (null: password only, or no second factor). */
    secondFactorAt: at('second_factor_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Single-use emailed links: verify email, reset password, change email, operator invitation,
 * seller team invitation. `purpose` is a text column: a new purpose needs no migration.
 */
export const authTokens = pgTable(
  'auth_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    purpose: text('purpose', {
      enum: [
        'verify_email',
        'reset_password',
        'change_email',
        'operator_invite',
        'seller_invite',
        'second_factor',
      ],
    }).notNull(),
    userId: integer('user_id').references(() => users.id),
    email: text('email').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
  },
  (t) => [index('auth_tokens_user_idx').on(t.userId, t.purpose)],
);

/**
 * An operator's authenticator (TOTP, RFC 6238). The secret never leaves the accounts module and is
 * never logged; `pendingSecret` is an enrolment (or a replacement) not yet confirmed with a code.
 * `lastUsedStep` refuses a code's replay; failures count per account in a 15-minute window.
 */
export const operatorSecondFactors = pgTable('operator_second_factors', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  secret: text('secret'),
  confirmedAt: at('confirmed_at'),
  pendingSecret: text('pending_secret'),
  lastUsedStep: integer('last_used_step').notNull().default(0),
  failures: integer('failures').notNull().default(0),
  failuresSince: at('failures_since'),
  updatedAt: at('updated_at').notNull(),
});

/** Single-use recovery codes of a second factor; only their SHA-256 is stored. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    createdAt: at('created_at').notNull(),
    usedAt: at('used_at'),
  },
  (t) => [uniqueIndex('recovery_codes_user_code_uq').on(t.userId, t.codeHash)],
);

/** Consecutive sign-in failures per account, IP or device; drives the exponential back-off. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: at('last_failure_at').notNull(),
  blockedUntil: at('blocked_until').notNull(),
});

/**
 * Versioned legal documents per market and language, with the date each takes effect: the terms
 * of use and privacy policy (accepted by users), and the "other legal information" page (DSA,
 * P2B: read only). A market with two languages (BE: fr, nl) has one row per language and version.
 */
export const legalDocuments = pgTable(
  'legal_documents',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: ['terms', 'privacy', 'information'] }).notNull(),
    market: text('market').notNull(),
    language: text('language').notNull().default('en'),
    version: text('version').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    effectiveAt: at('effective_at').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [uniqueIndex('legal_documents_version_uq').on(t.kind, t.market, t.language, t.version)],
);

export const legalAcceptances = pgTable(
  'legal_acceptances',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => legalDocuments.id),
    acceptedAt: at('accepted_at').notNull(),
    ip: text('ip').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.userId, t.documentId] })],
);
