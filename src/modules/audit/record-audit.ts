import type { Db } from '../../platform/db/client.ts';
import { auditEvents } from './audit.schema.ts';

export const AUDIT_ACTIONS = [
  'auth.signed_up',
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.sign_in_throttled',
  'auth.signed_out',
  'auth.email_verified',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.password_changed',
  'auth.email_change_requested',
  'auth.email_changed',
  'auth.session_revoked',
  'auth.second_factor_enrolled',
  'auth.second_factor_disabled',
  'auth.second_factor_failed',
  'auth.recovery_codes_regenerated',
  'account.terms_accepted',
  'account.closed_by_user',
  'account.closed_by_platform',
  'account.reopened',
  'account.reregistration_authorised',
  'account.business_profile_changed',
  'account.language_changed',
  'care.folder_replied',
  'care.folder_noted',
  'care.folder_assigned',
  'care.folder_unassigned',
  'care.folder_closed',
  'support.ticket_replied',
  'support.ticket_noted',
  'support.ticket_assigned',
  'support.ticket_unassigned',
  'support.ticket_status_changed',
  'operator.created',
  'operator.invited',
  'operator.role_granted',
  'seller.application_approved',
  'seller.application_rejected',
  'seller.application_correction_requested',
  'seller.suspended',
  'seller.reinstated',
  'seller.contract_ended',
  'seller.quality_reviewed',
  'seller.staff_invited',
  'seller.staff_invitation_cancelled',
  'seller.staff_added',
  'seller.staff_removed',
  'seller.integrations_permission_changed',
  'seller.api_key_created',
  'seller.api_key_revoked',
  'seller.webhook_created',
  'seller.webhook_disabled',
  'order.line_refunded',
  'order.line_refund_failed',
  'refund.approval_requested',
  'refund.approved',
  'refund.approval_rejected',
  'payouts.run_by_operator',
  'fees.settings_changed',
  'fees.category_rate_set',
  'fees.category_rate_removed',
  'fees.seller_rate_set',
  'fees.seller_rate_removed',
  // Review moderation (issue 15)
  'review.removed',
  'review.photos_moderated',
  'review.reply_removed',
  'review.notice_decided',
  'review.appeal_decided',
  'review.reviewer_blocked',
  // Download my data (issue 16, H1a)
  'privacy.data_exported',
  // Privacy requests and choices (issue 16, H2)
  'privacy.request_submitted',
  'privacy.request_verified',
  'privacy.identity_verified',
  'privacy.request_extended',
  'privacy.request_answered',
  'privacy.request_refused',
  'privacy.processing_restricted',
  'privacy.restriction_lifted',
  'privacy.objection_recorded',
  'privacy.objection_withdrawn',
  'privacy.postmortem_directives_set',
  'privacy.marketing_objected',
  // Erasure and retention (issue 16, H1b)
  'privacy.account_erased',
  'privacy.retention_warned',
  'privacy.account_deactivated',
  'privacy.holds_released',
  'privacy.trader_data_purged',
  // DSA notices, complaints and Art. 32 (issue 16, H5)
  'dsa.notice_decided',
  'dsa.complaint_decided',
  'dsa.buyers_informed',
  // A statement the Transparency Database refused, sent again (issue 16, console)
  'dsa.tdb_resubmitted',
  // An operator made a recurring job due now (issue 17, console jobs page)
  'jobs.run_requested',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEvent = {
  action: AuditAction;
  at: Date;
  actorUserId?: number | null;
  subjectUserId?: number | null;
  ip?: string | null;
  details?: Record<string, unknown>;
  /** Snapshots of what the change touched, before and after it (console actions). */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Append one event. Pass the transaction of the change it records so both commit together. */
export async function recordAudit(db: Pick<Db, 'insert'>, e: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values({
    action: e.action,
    at: e.at,
    actorUserId: e.actorUserId ?? null,
    subjectUserId: e.subjectUserId ?? null,
    ip: e.ip ?? null,
    details: e.details ?? {},
    before: e.before ?? null,
    after: e.after ?? null,
  });
}
