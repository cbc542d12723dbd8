/**
 * "Download my data": what the accounts module holds about a person. Never the password hash, the
 * session token hashes (a session's id), the emailed links' hashes, the authenticator's secret or
 * the recovery codes: a second factor is exported as on or off only.
 */
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import {
  businessProfiles,
  legalAcceptances,
  legalDocuments,
  operatorRoles,
  operatorSecondFactors,
  recoveryCodes,
  sessions,
  users,
} from './accounts.schema.ts';

export const accountsDataExport: PersonalDataExporter = {
  module: 'accounts',
  describe: {
    profile: 'Your account: email, name, market, language, buyer type and status.',
    business_profile: 'The company of a Reloop Pro account, with its VAT number and its last check.',
    legal_acceptances: 'The terms of use and privacy policy versions you accepted, when, and from which IP.',
    sessions: 'Where you are or were signed in: device (browser), IP, created, last seen, expiry, sign-out.',
    two_factor: 'Whether two-factor authentication is on (never its secret or recovery codes).',
    operator_roles: 'The operator roles you were granted on the Reloop console, if any.',
  },
  async datasets(db, userId) {
    const profile = await db
      .select({
        id: users.id,
        email: users.email,
        emailVerifiedAt: users.emailVerifiedAt,
        name: users.name,
        buyerType: users.buyerType,
        market: users.market,
        language: users.language,
        status: users.status,
        closedAt: users.closedAt,
        closedBy: users.closedBy,
        createdAt: users.createdAt,
        updatedAt: users.updatedAt,
      })
      .from(users)
      .where(eq(users.id, userId));
    const business = await db
      .select({
        legalName: businessProfiles.legalName,
        addressLine: businessProfiles.addressLine,
        postalCode: businessProfiles.postalCode,
        city: businessProfiles.city,
        country: businessProfiles.country,
        vatNumber: businessProfiles.vatNumber,
        vatVerifiedAt: businessProfiles.vatVerifiedAt,
        vatCheckResult: businessProfiles.vatCheckResult,
        active: businessProfiles.active,
      })
      .from(businessProfiles)
      .where(eq(businessProfiles.userId, userId));
    const acceptances = await db
      .select({
        document: legalDocuments.kind,
        market: legalDocuments.market,
        language: legalDocuments.language,
        version: legalDocuments.version,
        acceptedAt: legalAcceptances.acceptedAt,
        ip: legalAcceptances.ip,
      })
      .from(legalAcceptances)
      .innerJoin(legalDocuments, eq(legalDocuments.id, legalAcceptances.documentId))
      .where(eq(legalAcceptances.userId, userId))
      .orderBy(asc(legalAcceptances.acceptedAt), asc(legalDocuments.id));
    const ownSessions = await db
      .select({
        device: sessions.userAgent,
        ip: sessions.ip,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        revokedAt: sessions.revokedAt,
        secondFactorAt: sessions.secondFactorAt,
      })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(asc(sessions.createdAt));
    const [factor] = await db
      .select({ confirmedAt: operatorSecondFactors.confirmedAt })
      .from(operatorSecondFactors)
      .where(eq(operatorSecondFactors.userId, userId));
    const [codes] = await db
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
    const roles = await db
      .select({ role: operatorRoles.role, grantedAt: operatorRoles.grantedAt })
      .from(operatorRoles)
      .where(eq(operatorRoles.userId, userId))
      .orderBy(asc(operatorRoles.role));
    const enabled = Boolean(factor?.confirmedAt);
    return {
      profile,
      business_profile: business,
      legal_acceptances: acceptances,
      sessions: ownSessions,
      two_factor: [
        {
          enabled,
          enabledSince: enabled ? factor?.confirmedAt : null,
          unusedRecoveryCodes: Number(codes?.n ?? 0),
        },
      ],
      operator_roles: roles,
    };
  },
};
