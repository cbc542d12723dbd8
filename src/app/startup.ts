import type { TConfig } from '../config.ts';

/**
 * What this process has switched on, printed at start-up so an operator sees at a glance that a
 * production start runs no sandbox, no development tools and no demo data. Never prints secrets.
 */
export function describeStartup(c: TConfig, s: { engine: 'pglite' | 'postgres'; demo: boolean }): string[] {
  const dev = c.DEV_TOOLS && c.NODE_ENV !== 'production';
  return [
    `environment: ${c.NODE_ENV}`,
    `database: ${s.engine === 'pglite' ? `embedded (PGlite in ${c.DATA_DIR})` : 'PostgreSQL'}`,
    `payments: ${c.PAYMENT_PROVIDER === 'stripe' ? 'stripe' : 'sandbox (test mode: card 4242 pays, no money moves)'}`,
    `mail: ${c.SMTP_URL ? 'SMTP' : dev ? 'local mailbox at /dev/mail (nothing is sent)' : 'not sent (set SMTP_URL; the outbox is kept in the database)'}`,
    `rate-limit counters: ${c.REDIS_URL ? 'Redis' : 'database'}`,
    `development tools: ${dev ? 'on (/dev: clock, jobs, mailbox)' : 'off'}`,
    `benchmark routes: ${c.BENCHMARK ? 'on (/api/v1/_bench)' : 'off'}`,
    `demo data: ${s.demo ? 'on (published demo passwords: never expose this instance)' : 'off'}`,
  ];
}
