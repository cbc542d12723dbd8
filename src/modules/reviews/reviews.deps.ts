import type { Deps } from '../../app/deps.ts';

/**
 * What the review use cases are given. `mailer` and `siteUrl` are optional: without them (tools,
 * some tests) no email is sent.
 */
export type ReviewsDeps = Pick<Deps, 'db' | 'clock' | 'storage' | 'secret'> &
  Partial<Pick<Deps, 'mailer' | 'siteUrl'>>;
