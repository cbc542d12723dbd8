/**
 * Listing cards on Reloop Pro (issue 11, defect 1): a regular offer's "from" price is shown
 * "excl. VAT" ("HT" on these French pages); a margin-scheme price is the full price a business pays (no VAT can be deducted on
 * it), never labelled "excl. VAT".
 */
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../modules/catalog/search.ts';
import { marketByCode } from '../../platform/markets.ts';
import { formatMoneyForDisplay } from '../../platform/money.ts';
import { productCard } from './components.ts';
import { pageContext } from './context.ts';

const fr = marketByCode('FR')!;
const hit: SearchHit = {
  fromVatType: 'REGULAR',
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'samsung-galaxy-a34-128-gb-lime',
  name: 'Samsung Galaxy A34 128 GB - Lime',
  brand: 'Samsung',
  model: 'Galaxy A34',
  storageGb: 128,
  colour: 'Lime',
  imageHue: 90,
  bestseller: false,
  orders30d: 0,
  fromPriceMinor: 12_299,
  grades: ['STALLONE'],
};
const card = (pro: boolean, h: Parameters<typeof productCard>[1]) =>
  String(productCard(pageContext(fr, '/', '', { pro, now: new Date('2026-12-06T12:00:00Z') }), h));
const full = formatMoneyForDisplay(12_299, 'EUR', 'fr-FR');

describe('productCard', () => {
  it('on Reloop Pro, a margin-scheme "from" price is its full price, not "excl. VAT"', () => {
    const html = card(true, { ...hit, fromVatType: 'MARGINAL' });
    expect(html).not.toContain('€ HT');
    expect(html).toContain(full);
    expect(html).toContain('TVA non apparente');
  });

  it('on Reloop Pro, a regular "from" price is shown excl. VAT; in the shop as listed', () => {
    expect(card(true, { ...hit, fromVatType: 'REGULAR' })).toContain(
      `${formatMoneyForDisplay(10_249, 'EUR', 'fr-FR')} HT`,
    );
    expect(card(true, hit)).toContain('€ HT');
    const shop = card(false, { ...hit, fromVatType: 'MARGINAL' });
    expect(shop).toContain(full);
    expect(shop).not.toContain('€ HT');
  });
});
