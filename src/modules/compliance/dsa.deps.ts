import type { Deps } from '../../app/deps.ts';

/**
 * What the DSA notice and complaint use cases need: the database (or a transaction), time, mail,
 * site links, the secret (the notifier's signed complaint link), and what the use cases of other
 * modules they call to restrict or reverse need (VAT checks for accounts, storage for sellers).
 */
export type DsaDeps = Pick<
  Deps,
  'db' | 'clock' | 'mailer' | 'siteUrl' | 'secret' | 'vatVerifier' | 'storage'
>;
