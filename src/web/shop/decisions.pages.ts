/**
 * The buyer's decisions (DSA Art. 17): the statements of reasons Reloop addressed to them about
 * their own account or content, each with a link to contest it while it may be (Art. 20).
 */
import { html } from 'hono/html';
import type { AddressedDecision } from '../../modules/compliance/list-decisions.ts';
import type { PageContext } from '../ui/context.ts';
import { decisionList } from '../ui/decision-list.ts';
import { type Html, layout } from '../ui/layout.ts';

export function accountDecisionsPage(ctx: PageContext, decisions: readonly AddressedDecision[]): Html {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('dsa.decisions.title') },
    html`<p><a href="${ctx.base}/account">← ${t('dsa.decisions.backToAccount')}</a></p>
<h1>${t('dsa.decisions.title')}</h1>
<p>${t('dsa.decisions.intro')}</p>
${decisionList(
  {
    t,
    locale: ctx.market.bcp47,
    complaintHref: (id) => `${ctx.base}/dsa/complaints/new?statement=${id}`,
  },
  decisions,
)}`,
  );
}
