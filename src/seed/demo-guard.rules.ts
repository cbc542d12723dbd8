import type { InstallationKind } from '../platform/db/installation.ts';

export type DemoSeedState = {
  nodeEnv: string;
  installation: InstallationKind | null;
  /** Any account or seller exists. */
  hasAccountsOrSellers: boolean;
  /** The demo admin exists: a demo database from before databases were marked. */
  hasDemoAdmin: boolean;
};

export type DemoSeedVerdict =
  | { ok: true /** Mark the database as a demo before loading. */; claim: boolean }
  | { ok: false; reason: 'production' | 'real-installation' | 'not-a-demo-database'; message: string };

const HOW_TO =
  'The demo data creates accounts with published passwords (admin@reloop.example), makes a demo account owner of seller 1 and installs a public API key. ' +
  'To start a real installation, run `npm run serve` and create the first operator with `npm run create-operator` (README, "Running Reloop in production").';

/** The demo seed runs only on a database it created (or an empty one), and never in production. */
export function demoSeedVerdict(s: DemoSeedState): DemoSeedVerdict {
  if (s.nodeEnv === 'production')
    return {
      ok: false,
      reason: 'production',
      message: `Refusing to load the demo data: NODE_ENV=production. ${HOW_TO}`,
    };
  if (s.installation === 'demo') return { ok: true, claim: false };
  if (s.installation === 'production')
    return {
      ok: false,
      reason: 'real-installation',
      message: `Refusing to load the demo data: this database belongs to a real installation. ${HOW_TO}`,
    };
  if (!s.hasAccountsOrSellers || s.hasDemoAdmin) return { ok: true, claim: true };
  return {
    ok: false,
    reason: 'not-a-demo-database',
    message: `Refusing to load the demo data: this database holds accounts or sellers not created by the demo seed. ${HOW_TO}`,
  };
}
