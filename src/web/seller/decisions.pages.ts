/**
 * The seller portal's decisions (DSA Art. 17): the statements of reasons Reloop addressed to the
 * shop, each with a link to contest it while it may be (Art. 20).
 */
import { html } from 'hono/html';
import type { AddressedDecision } from '../../modules/compliance/list-decisions.ts';
import { decisionList } from '../ui/decision-list.ts';
import type { Html } from '../ui/layout.ts';
import { type SellerView, sellerPage } from './seller-layout.ts';

export function sellerDecisionsPage(
  v: SellerView,
  decisions: readonly AddressedDecision[],
  complaintHref: (statementId: string) => string,
): Html {
  const { t } = v;
  return sellerPage(
    t('portal.decisions.title'),
    v,
    html`<h1>${t('portal.decisions.title')}</h1>
<p>${t('portal.decisions.intro')}</p>
${decisionList({ t, locale: v.locale, complaintHref }, decisions)}`,
  );
}
