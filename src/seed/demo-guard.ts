import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.ts';
import { claimInstallation, installationKind } from '../platform/db/installation.ts';
import { DEMO_ADMIN_EMAIL } from './demo-accounts.ts';
import { type DemoSeedVerdict, demoSeedVerdict } from './demo-guard.rules.ts';

/** Reads what the database is, judges, and claims an empty database for the demo. */
export async function guardDemoSeed(db: Db, a: { nodeEnv: string; now: Date }): Promise<DemoSeedVerdict> {
  if (a.nodeEnv === 'production')
    return demoSeedVerdict({
      nodeEnv: a.nodeEnv,
      installation: null,
      hasAccountsOrSellers: false,
      hasDemoAdmin: false,
    });
  const [row] = (
    (await db.execute(sql`SELECT
      EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM sellers) AS "hasAccountsOrSellers",
      EXISTS (SELECT 1 FROM users WHERE email = ${DEMO_ADMIN_EMAIL}) AS "hasDemoAdmin"`)) as unknown as {
      rows: Array<{ hasAccountsOrSellers: boolean; hasDemoAdmin: boolean }>;
    }
  ).rows;
  const verdict = demoSeedVerdict({ nodeEnv: a.nodeEnv, installation: await installationKind(db), ...row! });
  if (verdict.ok && verdict.claim && (await claimInstallation(db, 'demo', a.now)) !== 'demo')
    return demoSeedVerdict({ nodeEnv: a.nodeEnv, installation: 'production', ...row! });
  return verdict;
}
