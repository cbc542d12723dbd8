/**
 * Nothing can attach a payment, a credit or a discount to a review (issue 15, EU rules on
 * consumer reviews): no file of the reviews module imports payments, refunds, ledger, payouts,
 * pricing or cart code. A new import of one of them fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULE = path.resolve(import.meta.dirname);
const FORBIDDEN = ['payments', 'refunds', 'ledger', 'payouts', 'pricing', 'cart', 'seller-payments'];
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The modules (src/modules/<name>) a source text imports from. */
function importedModules(text: string, from: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]!;
    if (!spec.startsWith('.')) continue;
    const target = path.resolve(from, spec);
    const rel = path.relative(path.resolve(MODULE, '..'), target).split(path.sep);
    if (rel[0] && rel[0] !== '..') out.push(rel[0]);
  }
  return out;
}

describe('reviews carry no incentive', () => {
  it('finds the imports it guards against', () => {
    expect(importedModules("import { x } from '../payments/payment-provider.ts';", MODULE)).toEqual([
      'payments',
    ]);
    expect(importedModules("import type { y } from '../../modules/ledger/postings.ts';", MODULE)).toEqual([
      'ledger',
    ]);
    expect(importedModules("export { z } from '../cart/cart.store.ts';", MODULE)).toEqual(['cart']);
    expect(importedModules("import { a } from './review-content.rules.ts';", MODULE)).toEqual(['reviews']);
  });

  it('no file of the reviews module imports payments, refunds, ledger, payouts, pricing or cart', () => {
    const files = readdirSync(MODULE, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('reviews-no-incentives.test.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    const offending = files.flatMap((f) => {
      const full = path.join(MODULE, f);
      return importedModules(readFileSync(full, 'utf8'), path.dirname(full))
        .filter((m) => FORBIDDEN.includes(m))
        .map((m) => `${f} -> ${m}`);
    });
    expect(offending).toEqual([]);
  });
});
