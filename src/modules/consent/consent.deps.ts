import type { Deps } from '../../app/deps.ts';

/** What the consent and audience use cases need. */
export type ConsentDeps = Pick<Deps, 'db' | 'clock'>;
