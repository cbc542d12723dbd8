/**
 * Erasure in the audit log: the events stay (security records, append-only, kept for the
 * platform's legitimate interest in proving what happened), but lose what identifies the person
 * beyond the now-anonymised account id: the IP addresses and the email typed at a failed sign-in.
 */
import { eq, or, sql } from 'drizzle-orm';
import { type DataEraser, tally } from '../privacy/data-erasure.types.ts';
import { auditEvents } from './audit.schema.ts';

export const auditEraser: DataEraser = {
  module: 'audit',
  async erase({ db }, { userId, email }) {
    const rows = await db
      .update(auditEvents)
      .set({ ip: null, details: sql`${auditEvents.details} - 'email'` })
      .where(
        or(
          eq(auditEvents.subjectUserId, userId),
          eq(auditEvents.actorUserId, userId),
          sql`${auditEvents.details} ->> 'email' = ${email}`,
        ),
      )
      .returning({ id: auditEvents.id });
    return { tallies: [tally('audit_events', { anonymised: rows.length })], held: [] };
  },
};
