import { describe, expect, it } from 'vitest';
import { findCrossings, readSources, type SourceFile } from '../test/architecture.ts';

const key = (c: { file: string; rule: string; detail: string }) => `${c.rule} ${c.file} -> ${c.detail}`;

describe('module boundaries (ADR 0011)', () => {
  it('has no crossing', () => {
    expect(findCrossings(readSources()).map(key)).toEqual([]);
  });

  const file = (path: string, text: string): SourceFile => ({ path, text });
  const schemas = [
    file('src/modules/offers/offers.schema.ts', "export const offers = pgTable('offers', {});"),
    file(
      'src/modules/orders/orders.schema.ts',
      "import { offers } from '../offers/offers.schema.ts';\nexport const orderLines = pgTable('order_lines', {});",
    ),
  ];

  it('catches a module importing another module’s schema, but not a read model or a foreign key', () => {
    const crossings = findCrossings([
      ...schemas,
      file('src/modules/checkout/place-order.ts', "import { offers } from '../offers/offers.schema.ts';"),
      file(
        'src/modules/checkout/order-lines.read-model.ts',
        "import { orderLines } from '../orders/orders.schema.ts';",
      ),
      file(
        'src/web/shop/cart.pages.ts',
        "import type { offers } from '../../modules/offers/offers.schema.ts';",
      ),
    ]);
    expect(crossings.map((c) => [c.rule, c.file])).toEqual([
      ['foreign-schema-import', 'src/modules/checkout/place-order.ts'],
      ['foreign-schema-import', 'src/web/shop/cart.pages.ts'],
    ]);
  });

  it('catches a read model that writes, and raw SQL writing another module’s table', () => {
    const crossings = findCrossings([
      ...schemas,
      file('src/modules/checkout/lines.read-model.ts', 'await db.update(orderLines).set({ state: 3 });'),
      file('src/modules/checkout/release.ts', 'await db.execute(sql`UPDATE offers SET stock = stock + 1`);'),
      file('src/modules/offers/release.ts', 'await db.execute(sql`UPDATE offers SET stock = stock + 1`);'),
      file('src/modules/refunds/x.ts', 'sql`delete from order_lines where id = 1`'),
    ]);
    expect(crossings.map((c) => [c.rule, c.file])).toEqual([
      ['read-model-writes', 'src/modules/checkout/lines.read-model.ts'],
      ['foreign-table-write', 'src/modules/checkout/release.ts'],
      ['foreign-table-write', 'src/modules/refunds/x.ts'],
    ]);
  });

  it('catches a buybox refresh outside offers', () => {
    const crossings = findCrossings([
      file(
        'src/modules/quality/recompute.ts',
        "import { refreshBuybox } from '../offers/refresh-buybox.ts';",
      ),
      file(
        'src/modules/offers/update-offer-terms.ts',
        "import { refreshBuybox } from './refresh-buybox.ts';",
      ),
    ]);
    expect(crossings.map((c) => [c.rule, c.file])).toEqual([
      ['buybox-refresh-outside-offers', 'src/modules/quality/recompute.ts'],
    ]);
  });

  it('catches platform importing upward', () => {
    const crossings = findCrossings([
      file(
        'src/platform/http/server.ts',
        "import { x } from '../../web/shop/home.pages.ts';\nimport { y } from '../errors.ts';",
      ),
      file('src/platform/deps.ts', "import type { Deps } from '../app/deps.ts';"),
    ]);
    expect(crossings.map((c) => [c.rule, c.detail])).toEqual([
      ['platform-imports-upward', 'src/web/shop/home.pages.ts'],
      ['platform-imports-upward', 'src/app/deps.ts'],
    ]);
  });

  it('leaves tests and the demo seed alone', () => {
    expect(
      findCrossings([
        ...schemas,
        file('src/seed/load.ts', "import { offers } from '../modules/offers/offers.schema.ts';"),
        file('src/modules/cart/cart.routes.test.ts', "import { offers } from '../offers/offers.schema.ts';"),
      ]),
    ).toEqual([]);
  });
});
