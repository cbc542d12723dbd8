/**
 * Every console action (a POST under /console) and the audit actions it records (issue 12,
 * finding 11: every console action audited, with before/after snapshots). console-audit.test.ts
 * walks the routes the app registers and fails on a console POST missing here, so a new console
 * action cannot ship without an audit entry.
 */
import type { AuditAction } from '../../modules/audit/record-audit.ts';

export const CONSOLE_AUDITED_ROUTES: Record<string, readonly [AuditAction, ...AuditAction[]]> = {
  // Users and operators (users.routes.ts)
  'POST /console/users/:id{[0-9]+}/close': ['account.closed_by_platform'],
  'POST /console/users/:id{[0-9]+}/reopen': ['account.reopened'],
  'POST /console/users/:id{[0-9]+}/company': ['account.business_profile_changed'],
  'POST /console/users/:id{[0-9]+}/authorise-reregistration': ['account.reregistration_authorised'],
  'POST /console/operators/invite': ['operator.invited'],
  'POST /console/invitation': ['operator.created', 'operator.role_granted'],
  // Sellers (sellers.routes.ts)
  'POST /console/sellers/applications/:id{[0-9]+}/approve': ['seller.application_approved'],
  'POST /console/sellers/applications/:id{[0-9]+}/reject': ['seller.application_rejected'],
  'POST /console/sellers/applications/:id{[0-9]+}/request-correction': [
    'seller.application_correction_requested',
  ],
  'POST /console/sellers/:sellerId{[0-9]+}/suspend': ['seller.suspended'],
  'POST /console/sellers/:sellerId{[0-9]+}/reinstate': ['seller.reinstated'],
  'POST /console/sellers/:sellerId{[0-9]+}/quality-review': ['seller.quality_reviewed', 'seller.suspended'],
  'POST /console/sellers/:sellerId{[0-9]+}/end-contract': ['seller.contract_ended'],
  // Money (money.routes.ts, refund-approvals.routes.ts)
  'POST /console/orders/:id{[0-9]+}/lines/:lineId{[0-9]+}/refund': [
    'order.line_refunded',
    'refund.approval_requested',
  ],
  // A failed refund made again: a line refund is audited when it counts (the other kinds are not yet).
  'POST /console/refunds/:refundId{[0-9]+}/retry': ['order.line_refunded'],
  'POST /console/refunds/approvals/:approvalId{[0-9]+}/approve': ['refund.approved', 'order.line_refunded'],
  'POST /console/refunds/approvals/:approvalId{[0-9]+}/reject': ['refund.approval_rejected'],
  'POST /console/payouts/run': ['payouts.run_by_operator'],
  'POST /console/fees': ['fees.settings_changed'],
  'POST /console/fees/categories': ['fees.category_rate_set'],
  'POST /console/fees/sellers': ['fees.seller_rate_set'],
  'POST /console/fees/categories/:categoryId{[0-9]+}/delete': ['fees.category_rate_removed'],
  'POST /console/fees/sellers/:sellerId{[0-9]+}/delete': ['fees.seller_rate_removed'],
  // Customer service: care folders and platform tickets (care.routes.ts, tickets.routes.ts)
  'POST /console/care/:id{[0-9]+}/reply': ['care.folder_replied'],
  'POST /console/care/:id{[0-9]+}/note': ['care.folder_noted'],
  'POST /console/care/:id{[0-9]+}/assign': ['care.folder_assigned'],
  'POST /console/care/:id{[0-9]+}/unassign': ['care.folder_unassigned'],
  'POST /console/care/:id{[0-9]+}/close': ['care.folder_closed'],
  'POST /console/tickets/:id{[0-9]+}/reply': ['support.ticket_replied'],
  'POST /console/tickets/:id{[0-9]+}/note': ['support.ticket_noted'],
  'POST /console/tickets/:id{[0-9]+}/assign': ['support.ticket_assigned'],
  'POST /console/tickets/:id{[0-9]+}/unassign': ['support.ticket_unassigned'],
  'POST /console/tickets/:id{[0-9]+}/status': ['support.ticket_status_changed'],
  // Review moderation (reviews.routes.ts, issue 15)
  'POST /console/reviews/:id{[0-9]+}/photos': ['review.photos_moderated'],
  'POST /console/reviews/:id{[0-9]+}/remove': ['review.removed'],
  'POST /console/reviews/:id{[0-9]+}/reply/remove': ['review.reply_removed'],
  'POST /console/reviews/notices/:id{[0-9]+}/decide': ['review.notice_decided'],
  'POST /console/reviews/appeals/:id{[0-9]+}/decide': ['review.appeal_decided'],
  'POST /console/reviews/blocks': ['review.reviewer_blocked'],
  // DSA notices and complaints (dsa.routes.ts, issue 16)
  'POST /console/dsa/notices/:id{[0-9]+}/decide': ['dsa.notice_decided'],
  'POST /console/dsa/notices/:id{[0-9]+}/buyers': ['dsa.buyers_informed'],
  'POST /console/dsa/complaints/:id{[0-9]+}/decide': ['dsa.complaint_decided'],
  'POST /console/dsa/transparency-database/:id/resend': ['dsa.tdb_resubmitted'],
  // The privacy request desk (privacy-requests.routes.ts, issue 16)
  'POST /console/privacy-requests/:id{[0-9]+}/verify-identity': ['privacy.identity_verified'],
  'POST /console/privacy-requests/:id{[0-9]+}/extend': ['privacy.request_extended'],
  'POST /console/privacy-requests/:id{[0-9]+}/answer': [
    'privacy.request_answered',
    'privacy.request_refused',
  ],
  // The operator's own second factor (security.routes.ts)
  'POST /console/security/confirm': ['auth.second_factor_enrolled'],
  'POST /console/security/recovery-codes': ['auth.recovery_codes_regenerated'],
  'POST /console/security/disable': ['auth.second_factor_disabled'],
  // Recurring jobs (jobs.routes.ts, issue 17)
  'POST /console/jobs/:name{[a-z0-9-]+}/run': ['jobs.run_requested'],
};

/**
 * Console POSTs that change nothing an audit entry would record, each with why. Keep it short:
 * an entry here is reviewed like an access rule.
 */
export const CONSOLE_UNAUDITED_ROUTES: Record<string, string> = {
  'POST /console/security/enrol':
    'prepares an unconfirmed secret for the operator themselves; the enrolment is audited when confirmed',
};
