import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG_LINES_PER_HOUR, catalogBudget } from './catalog-budget.rules.ts';

const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.UTC(2026, 10, 21, 12) + ms);

describe('the per-seller budget of CSV listing lines', () => {
  it('allows lines while the last hour holds at most 2 000, and says when enough of them expire', () => {
    expect(CATALOG_LINES_PER_HOUR).toBe(2000);
    const recent = [
      { createdAt: at(-50 * 60_000), lines: 1500 },
      { createdAt: at(-10 * 60_000), lines: 400 },
    ];
    expect(catalogBudget(recent, at(0), 100)).toEqual({ allowed: true, remaining: 0 });
    expect(catalogBudget(recent, at(0), 101)).toEqual({
      allowed: false,
      remaining: 100,
      retryAt: at(10 * 60_000),
    });
    // Only the older import has to expire for 500 more lines; for 1 700, both.
    expect(catalogBudget(recent, at(0), 1700)).toMatchObject({ allowed: false, retryAt: at(50 * 60_000) });
    // Imports older than an hour no longer count.
    expect(catalogBudget([{ createdAt: at(-HOUR), lines: 2000 }], at(0), 2000)).toEqual({
      allowed: true,
      remaining: 0,
    });
    expect(catalogBudget([], at(0), 2001)).toMatchObject({ allowed: false, retryAt: null });
  });

  it('at the time it names, the same import is allowed; a moment before, it is not', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ ago: fc.integer({ min: 0, max: HOUR - 1 }), lines: fc.integer({ min: 1, max: 2000 }) }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 1, max: 2000 }),
        (imports, lines) => {
          const recent = imports.map((i) => ({ createdAt: at(-i.ago), lines: i.lines }));
          const now = at(0);
          const d = catalogBudget(recent, now, lines);
          if (d.allowed) return;
          expect(d.retryAt).not.toBeNull();
          const retryAt = d.retryAt!;
          expect(retryAt.getTime()).toBeGreaterThan(now.getTime());
          expect(catalogBudget(recent, retryAt, lines).allowed).toBe(true);
          expect(catalogBudget(recent, new Date(retryAt.getTime() - 1), lines).allowed).toBe(false);
        },
      ),
    );
  });
});
