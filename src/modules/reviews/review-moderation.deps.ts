import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';

/** What the moderation use cases need: the database (or the caller's transaction), time and mail. */
export type ModerationDeps = {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  /** Absolute URL of a site path, for emailed links. */
  siteUrl: (path: string) => string;
};
