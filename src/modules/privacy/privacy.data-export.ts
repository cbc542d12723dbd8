/**
 * "Download my data": the person's data-subject requests and their answers, their directives
 * (post-mortem, restriction, objections), and what retention and erasure recorded about them.
 * Operators' ids stay out.
 */
import { asc, eq } from 'drizzle-orm';
import type { PersonalDataExporter } from './personal-data-export.ts';
import { accountRetention, legalHolds } from './privacy-erasure.schema.ts';
import {
  postmortemDirectives,
  privacyRequests,
  processingObjections,
  processingRestrictions,
} from './privacy-requests.schema.ts';

export const privacyDataExport: PersonalDataExporter = {
  module: 'privacy',
  describe: {
    requests: 'Your data-protection requests: kind, details, deadline, extension, answer.',
    postmortem_directives: 'What you asked to happen to your data after your death, and your trusted person.',
    processing_restrictions: 'Whether you restricted the processing of your data, why and since when.',
    processing_objections: 'The processing purposes you objected to, and since when.',
    legal_holds: 'Records kept after an erasure because the law requires it, why and until when.',
    retention: 'Inactivity warnings and deactivation of your account.',
  },
  async datasets(db, userId) {
    const requests = await db
      .select({
        id: privacyRequests.id,
        market: privacyRequests.market,
        regime: privacyRequests.regime,
        kind: privacyRequests.kind,
        source: privacyRequests.source,
        name: privacyRequests.name,
        email: privacyRequests.email,
        details: privacyRequests.details,
        status: privacyRequests.status,
        receivedAt: privacyRequests.receivedAt,
        dueOn: privacyRequests.dueOn,
        emailVerifiedAt: privacyRequests.emailVerifiedAt,
        identityVerifiedAt: privacyRequests.identityVerifiedAt,
        extendedAt: privacyRequests.extendedAt,
        extensionReason: privacyRequests.extensionReason,
        answeredAt: privacyRequests.answeredAt,
        answerText: privacyRequests.answerText,
      })
      .from(privacyRequests)
      .where(eq(privacyRequests.userId, userId))
      .orderBy(asc(privacyRequests.id));
    const directives = await db
      .select({
        instruction: postmortemDirectives.instruction,
        trustedName: postmortemDirectives.trustedName,
        trustedEmail: postmortemDirectives.trustedEmail,
        updatedAt: postmortemDirectives.updatedAt,
      })
      .from(postmortemDirectives)
      .where(eq(postmortemDirectives.userId, userId));
    const restrictions = await db
      .select({ reason: processingRestrictions.reason, since: processingRestrictions.since })
      .from(processingRestrictions)
      .where(eq(processingRestrictions.userId, userId));
    const objections = await db
      .select({ purpose: processingObjections.purpose, since: processingObjections.since })
      .from(processingObjections)
      .where(eq(processingObjections.userId, userId))
      .orderBy(asc(processingObjections.purpose));
    const holds = await db
      .select({
        module: legalHolds.module,
        dataset: legalHolds.dataset,
        record: legalHolds.recordRef,
        reason: legalHolds.reason,
        until: legalHolds.until,
        createdAt: legalHolds.createdAt,
        purgedAt: legalHolds.purgedAt,
      })
      .from(legalHolds)
      .where(eq(legalHolds.userId, userId))
      .orderBy(asc(legalHolds.id));
    const retention = await db
      .select({
        warnedAt: accountRetention.warnedAt,
        deactivateOn: accountRetention.deactivateOn,
        deactivatedAt: accountRetention.deactivatedAt,
      })
      .from(accountRetention)
      .where(eq(accountRetention.userId, userId));
    return {
      requests,
      postmortem_directives: directives,
      processing_restrictions: restrictions,
      processing_objections: objections,
      legal_holds: holds,
      retention,
    };
  },
};
