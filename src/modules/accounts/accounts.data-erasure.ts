/**
 * Erasure of an account's own data (GDPR Art. 17): the `users` row stays, anonymised, so that
 * orders and invoices under a legal hold keep their foreign keys; everything that signs in or
 * identifies the person goes (password, second factor, sessions, tokens, the company profile).
 * Runs last among the erasers: the others may still need the row as it was.
 */
import { eq, or } from 'drizzle-orm';
import { type DataEraser, erasedEmail, tally } from '../privacy/data-erasure.types.ts';
import {
  authTokens,
  businessProfiles,
  legalAcceptances,
  operatorSecondFactors,
  recoveryCodes,
  sessions,
  signInThrottle,
  users,
} from './accounts.schema.ts';

/** Stored in place of a password hash: not a PHC string, so no password ever verifies against it. */
export const ERASED_PASSWORD_HASH = '!erased';

export const accountsEraser: DataEraser = {
  module: 'accounts',
  async erase({ db }, { userId, email, now }) {
    const count = (rows: unknown[]) => rows.length;
    const sessionsDeleted = count(
      await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id }),
    );
    const tokensDeleted = count(
      await db
        .delete(authTokens)
        .where(or(eq(authTokens.userId, userId), eq(authTokens.email, email)))
        .returning({ h: authTokens.tokenHash }),
    );
    const codesDeleted = count(
      await db
        .delete(recoveryCodes)
        .where(eq(recoveryCodes.userId, userId))
        .returning({ id: recoveryCodes.id }),
    );
    const factorsDeleted = count(
      await db
        .delete(operatorSecondFactors)
        .where(eq(operatorSecondFactors.userId, userId))
        .returning({ id: operatorSecondFactors.userId }),
    );
    await db.delete(signInThrottle).where(eq(signInThrottle.key, `account:${email}`));
    const acceptancesDeleted = count(
      await db
        .delete(legalAcceptances)
        .where(eq(legalAcceptances.userId, userId))
        .returning({ id: legalAcceptances.documentId }),
    );
    const profilesDeleted = count(
      await db
        .delete(businessProfiles)
        .where(eq(businessProfiles.userId, userId))
        .returning({ id: businessProfiles.userId }),
    );
    const [before] = await db
      .select({ status: users.status, closedAt: users.closedAt, closedBy: users.closedBy })
      .from(users)
      .where(eq(users.id, userId));
    const closed = before?.status === 'closed';
    const anonymised = count(
      await db
        .update(users)
        .set({
          email: erasedEmail(userId),
          emailVerifiedAt: null,
          passwordHash: ERASED_PASSWORD_HASH,
          name: '',
          status: 'closed',
          // A closure before the erasure (by the person or the platform) stays as it was recorded.
          closedAt: closed ? before.closedAt : now,
          closedBy: closed ? before.closedBy : 'user',
          // The placeholder address can never be used to register; nothing to block.
          reregistrationAllowedAt: now,
          updatedAt: now,
        })
        .where(eq(users.id, userId))
        .returning({ id: users.id }),
    );
    return {
      tallies: [
        tally('account', { anonymised }),
        tally('sessions', { deleted: sessionsDeleted }),
        tally('email_links', { deleted: tokensDeleted }),
        tally('second_factor', { deleted: codesDeleted + factorsDeleted }),
        tally('terms_acceptances', { deleted: acceptancesDeleted }),
        tally('business_profile', { deleted: profilesDeleted }),
      ],
      held: [],
    };
  },
};
