import type { Deps } from '../../app/deps.ts';

/** What the request and choice use cases of the privacy module are given. */
export type PrivacyRequestDeps = Pick<Deps, 'db' | 'clock' | 'mailer' | 'secret' | 'siteUrl'>;
