import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import type { Storage } from '../../platform/storage.ts';
import type { VatNumberVerifier } from '../tax/vat-number-verifier.ts';

/** What the onboarding use cases need: a subset of Deps plus the file storage. */
export type OnboardingDeps = {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  vatVerifier: VatNumberVerifier;
  /** Absolute URL of a path on the public site, for links in emails. */
  siteUrl: (path: string) => string;
  storage: Storage;
};

/** An uploaded file as the web layer hands it over. */
export type UploadedFile = { name: string; bytes: Uint8Array };
