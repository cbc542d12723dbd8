import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A seller organisation's application (DSA Art. 30 trader traceability): reviewed by an operator
 * before the seller may publish offers. Documents live in the Storage interface; rows keep keys.
 */
export const sellerApplications = pgTable(
  'seller_applications',
  {
    id: serial('id').primaryKey(),
    applicantUserId: integer('applicant_user_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: ['submitted', 'needs_correction', 'approved', 'rejected'] }).notNull(),
    shopName: text('shop_name').notNull(),
    legalName: text('legal_name').notNull(),
    addressLine: text('address_line').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    country: text('country').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    tradeRegister: text('trade_register').notNull(),
    tradeRegisterNumber: text('trade_register_number').notNull(),
    vatNumber: text('vat_number'),
    vatConsultationRef: text('vat_consultation_ref'),
    iban: text('iban').notNull(),
    accountHolder: text('account_holder').notNull(),
    /** Storage key of the legal representative's ID document. */
    idDocumentKey: text('id_document_key').notNull(),
    idDocumentName: text('id_document_name').notNull(),
    selfCertifiedAt: at('self_certified_at').notNull(),
    reviewerId: integer('reviewer_id'),
    reviewNote: text('review_note'),
    reviewedAt: at('reviewed_at'),
    sellerId: integer('seller_id').references(() => sellers.id),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('seller_applications_status_idx').on(t.status, t.createdAt)],
);
