/**
 * "Download my data": the security and account events about the person (sign-ins, password and
 * email changes, decisions an operator made about them). Events the person caused about someone
 * else (an invitation, a refund they approved as an operator) are that other person's, so only
 * events whose subject is the person are exported; who acted is told as "you" or not.
 */
import { asc, eq } from 'drizzle-orm';
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { auditEvents } from './audit.schema.ts';

export const auditDataExport: PersonalDataExporter = {
  module: 'audit',
  describe: {
    events: 'Security and account events about you: what happened, when, from which IP, by you or not.',
  },
  async datasets(db, userId) {
    const rows = await db
      .select({
        at: auditEvents.at,
        action: auditEvents.action,
        actorUserId: auditEvents.actorUserId,
        ip: auditEvents.ip,
        details: auditEvents.details,
        before: auditEvents.before,
        after: auditEvents.after,
      })
      .from(auditEvents)
      .where(eq(auditEvents.subjectUserId, userId))
      .orderBy(asc(auditEvents.at), asc(auditEvents.id));
    return {
      events: rows.map(({ actorUserId, ...e }) => ({
        at: e.at,
        action: e.action,
        by: actorUserId === userId ? 'you' : actorUserId === null ? 'system' : 'operator or another user',
        ip: actorUserId === userId || actorUserId === null ? e.ip : null,
        details: e.details,
        before: e.before,
        after: e.after,
      })),
    };
  },
};
