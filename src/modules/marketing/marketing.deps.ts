import type { Deps } from '../../app/deps.ts';

/** What the marketing use cases are given. */
export type MarketingDeps = Pick<
  Deps,
  'db' | 'clock' | 'mailer' | 'siteUrl' | 'secret' | 'config' | 'logger'
>;
