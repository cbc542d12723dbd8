import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export type TierName = 'S' | 'M' | 'L';

export type Tier = {
  products: number;
  offers: number;
  sellers: number;
  /** Market rows per offer at most (undefined = every market the seller lists in). */
  maxMarkets: number | undefined;
  /** Sales history: `days` × `unitsPerDay` rows in product_sales. */
  sales: { days: number; unitsPerDay: number };
};

const SALES_DAYS = 60;

export const TIERS: Record<TierName, Tier> = {
  S: {
    products: 2_000,
    offers: 20_000,
    sellers: 50,
    maxMarkets: undefined,
    sales: { days: SALES_DAYS, unitsPerDay: 2_000 / 10 },
  },
  M: {
    products: 20_000,
    offers: 200_000,
    sellers: 500,
    maxMarkets: 4,
    sales: { days: SALES_DAYS, unitsPerDay: 20_000 / 10 },
  },
  L: {
    products: 60_000,
    offers: 1_000_000,
    sellers: 1_800,
    maxMarkets: 3,
    sales: { days: SALES_DAYS, unitsPerDay: 60_000 / 10 },
  },
};

export function parseTier(value: string | undefined): TierName {
  const t = value?.toUpperCase();
  if (t === 'S' || t === 'M' || t === 'L') return t;
  throw new Error(`Unknown tier ${JSON.stringify(value)}: expected S, M or L`);
}

/** Where a tier's data lives: PostgreSQL when a URL is given (flag, then DATABASE_URL), else a PGlite dir. */
export type Target = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export function resolveTarget(tier: TierName, databaseUrl: string | undefined): Target {
  const url = databaseUrl || process.env.DATABASE_URL || undefined;
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: path.join(REPO_ROOT, 'data', `bench-${tier}`) };
}

export function describeTarget(t: Target): string {
  if (t.kind === 'pglite') return `PGlite ${path.relative(process.cwd(), t.dataDir) || t.dataDir}`;
  const u = new URL(t.url);
  if (u.password) u.password = '***';
  return `PostgreSQL ${u.toString()}`;
}

/** Minimal `--flag value` / `--flag=value` / positional parser (no dependency). */
export function parseArgs(
  argv: string[],
  booleans: readonly string[] = [],
): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
      else if (!booleans.includes(a.slice(2)) && i + 1 < argv.length && !argv[i + 1]!.startsWith('--'))
        flags.set(a.slice(2), argv[++i]!);
      else flags.set(a.slice(2), true);
    } else positional.push(a);
  }
  return { positional, flags };
}

export function stringFlag(flags: Map<string, string | true>, name: string): string | undefined {
  const v = flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
