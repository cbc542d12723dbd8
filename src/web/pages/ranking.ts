import { html } from 'hono/html';
import { RATE_WEIGHTS } from '../../modules/offers/buybox.rules.ts';
import type { PageContext } from '../context.ts';
import { layout } from '../layout.ts';

const RATE_LABEL: Record<string, string> = {
  aestheticDefectBp: 'rate.aestheticDefect',
  wrongProductBp: 'rate.wrongProduct',
  defectiveProductBp: 'rate.defectiveProduct',
  wrongAccessoriesBp: 'rate.wrongAccessories',
  lateDeliveryBp: 'rate.lateDelivery',
  cancellationBp: 'rate.cancellation',
};

/** The main ranking parameters in plain words (P2B Regulation Art. 5, DSA Art. 27). */
export function rankingPage(ctx: PageContext) {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('ranking.title') },
    html`<article class="prose">
<h1>${t('ranking.title')}</h1>
<p>Many refurbishers can sell the same device in the same condition. For each device, condition and country we show one offer first — the best value — and up to three others below it. Sellers cannot pay to be ranked higher.</p>
<h2>1. Which offers can be shown</h2>
<ul>
  <li>The seller is active and has passed our trader verification.</li>
  <li>The offer is published, in stock, and ships to your country.</li>
  <li>It comes with a warranty of at least 12 months.</li>
</ul>
<h2>2. How the best value is chosen</h2>
<p>We start from what you would pay: the price plus the cheapest delivery option. We then weigh it by the seller's quality record over the last 90 days. Each rate adds to the price we compare, in this order of importance:</p>
<table class="rates">
  <thead><tr><th scope="col">Quality rate</th><th scope="col">Weight: 1 % of this rate counts like</th></tr></thead>
  <tbody>${RATE_WEIGHTS.map(([key, w]) => html`<tr><th scope="row">${t(RATE_LABEL[key] as never)}</th><td>${w} % higher price</td></tr>`)}</tbody>
</table>
<p>So an offer at €300 from a seller with 1 % aesthetic defects compares like an offer at €315 from a flawless seller. An offer that is cheaper and no worse on any rate always ranks above the other.</p>
<h2>3. Ties</h2>
<p>If two offers come out equal, the lower price with delivery wins, then the better quality rates in the order above, then the offer that was listed first.</p>
<h2>4. What sellers see</h2>
<p>Every seller sees, for each of their offers, whether it is shown first and the highest price at which it would be (its "price to win").</p>
<h2>5. Listings and bestsellers</h2>
<p>Category pages are ordered by popularity — units sold in the last 30 days — unless you choose to sort by price. A "Bestseller" label marks the products in the top 10 % of their category by units sold in the last 30 days, with at least 5 sold.</p>
</article>`,
  );
}
