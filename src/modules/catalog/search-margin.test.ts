import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { marketByCode } from '../../platform/markets.ts';
import type { SearchHit } from './search.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const FR = marketByCode('FR')!;

/** Issue 11, defect 1: a margin-scheme "from" price must never be labelled "excl. VAT" on Reloop Pro. */
describe.each(ENGINES)(
  'the listing knows when its "from" price is a margin-scheme offer, on %s',
  (engine) => {
    let t: T;
    beforeAll(async () => {
      t = await createTestApp(engine, { products: 40, sellers: 6, offers: 300 });
    });
    afterAll(() => t?.close());

    /** The VAT types of the winning offers at exactly this product's "from" price, among `grades`. */
    const winnerTypes = async (h: SearchHit, grades?: string[]) =>
      (
        await t.database.rows<{ vat_type: string }>(sql`
        SELECT DISTINCT o.vat_type FROM buybox_winners b JOIN offers o ON o.id = b.offer_id
        WHERE b.product_id = ${h.id} AND b.market = 'FR' AND b.price_minor = ${h.fromPriceMinor}
          ${
            grades
              ? sql`AND b.grade IN (${sql.join(
                  grades.map((g) => sql`${g}`),
                  sql`, `,
                )})`
              : sql``
          }`)
      ).map((r) => r.vat_type);

    it('marks each hit by the offer its price comes from, with and without a grade filter', async () => {
      for (const grades of [undefined, ['GOOD'], ['EXCELLENT', 'FAIR']] as const) {
        const result = await t.deps.search.search({
          market: FR,
          page: 1,
          pageSize: 100,
          sort: 'price_asc',
          ...(grades ? { grades: [...grades] } : {}),
        } as Parameters<typeof t.deps.search.search>[0]);
        expect(result.items.length).toBeGreaterThan(0);
        for (const h of result.items) {
          const types = await winnerTypes(h, grades ? [...grades] : undefined);
          expect(types.length, h.slug).toBeGreaterThan(0);
          expect(types, h.slug).toContain(h.fromVatType);
        }
      }
      const all = await t.deps.search.search({
        market: FR,
        page: 1,
        pageSize: 100,
        sort: 'price_asc',
      } as never);
      expect(all.items.some((h) => h.fromVatType === 'MARGINAL')).toBe(true);
      expect(all.items.some((h) => h.fromVatType === 'REGULAR')).toBe(true);
    });

    it('on Reloop Pro a margin-scheme card shows its full price, not "excl. VAT"', async () => {
      const all = await t.deps.search.search({
        market: FR,
        page: 1,
        pageSize: 100,
        sort: 'price_asc',
      } as never);
      const margin = all.items.find((h) => h.fromVatType === 'MARGINAL')!;
      const page = await t.app.request(`/pro/fr-fr/search?q=${encodeURIComponent(margin.name)}`);
      expect(page.status).toBe(200);
      const text = await page.text();
      const card = text.slice(text.indexOf(`/p/${margin.slug}`));
      const cardHtml = card.slice(0, card.indexOf('</li>'));
      // The French catalog's "VAT not shown separately", never "excl. VAT" (HT).
      expect(cardHtml).toContain('TVA non apparente');
      expect(cardHtml).not.toMatch(/\bHT\b/);
    });
  },
);
