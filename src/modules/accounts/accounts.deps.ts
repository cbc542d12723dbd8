import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import type { VatNumberVerifier } from '../tax/vat-number-verifier.ts';

/** What account use cases need; a subset of Deps so tests can build it directly. */
export type AccountsDeps = {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  vatVerifier: VatNumberVerifier;
  /** Absolute URL of a path on the public site, for links in emails. */
  siteUrl: (path: string) => string;
  /** The server secret, used only through `deriveKey` (device cookies: platform/security/keys.ts). */
  secret: string;
};

/** Who performed an action, for the audit log. */
export type RequestMeta = { ip: string; userAgent: string };

export const TOKEN_TTL = {
  verify_email: 48 * 3_600_000,
  change_email: 24 * 3_600_000,
  reset_password: 3_600_000,
  operator_invite: 7 * 24 * 3_600_000,
  /** A seller owner invites someone to the seller's team (see src/modules/seller-team). */
  seller_invite: 7 * 24 * 3_600_000,
  /** The password step of a sign-in waiting for its second factor. */
  second_factor: 10 * 60_000,
} as const;
