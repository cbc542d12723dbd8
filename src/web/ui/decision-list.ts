/**
 * The statements of reasons addressed to a reader (DSA Art. 17), as a list: the measure, when it
 * took effect, its ground, the facts and explanation, and a link to contest it while the Art. 20
 * window is open. Shared by the seller portal's decisions page and the buyer's account page.
 */
import { html } from 'hono/html';
import type { AddressedDecision } from '../../modules/compliance/list-decisions.ts';
import type { MessageKey, Translate } from '../../platform/i18n.ts';
import { dateFormat } from './intl-cache.ts';
import type { Html } from './layout.ts';

const MEASURES: Record<string, MessageKey> = {
  content_removal: 'dsa.report.measure.content_removal',
  visibility_restriction: 'dsa.report.measure.visibility_restriction',
  monetary_suspension: 'dsa.report.measure.monetary_suspension',
  monetary_termination: 'dsa.report.measure.monetary_termination',
  suspension_of_service: 'dsa.report.measure.suspension_of_service',
  termination_of_service: 'dsa.report.measure.termination_of_service',
  account_suspension: 'dsa.report.measure.account_suspension',
  account_termination: 'dsa.report.measure.account_termination',
};

const COMPLAINT: Record<NonNullable<AddressedDecision['complaint']>, MessageKey> = {
  open: 'dsa.decisions.complaint.open',
  upheld: 'dsa.decisions.complaint.upheld',
  rejected: 'dsa.decisions.complaint.rejected',
};

export function decisionList(
  o: { t: Translate; locale: string; complaintHref: (statementId: string) => string },
  decisions: readonly AddressedDecision[],
): Html {
  const { t, locale } = o;
  const day = (d: Date | string) =>
    dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      typeof d === 'string' ? new Date(`${d}T00:00:00Z`) : d,
    );
  if (!decisions.length) return html`<p class="empty">${t('dsa.decisions.none')}</p>`;
  return html`<ol class="decision-list">${decisions.map(
    (d) => html`<li id="decision-${d.id}" class="card">
<h2>${MEASURES[d.measure] ? t(MEASURES[d.measure]!) : d.measure}</h2>
<dl>
<dt>${t('dsa.decisions.date')}</dt><dd><time datetime="${d.effectiveAt.toISOString()}">${day(d.effectiveAt)}</time></dd>
<dt>${t(d.groundType === 'illegal_content' ? 'dsa.decisions.legalGround' : 'dsa.decisions.contractualGround')}</dt><dd>${d.ground}</dd>
<dt>${t('dsa.decisions.facts')}</dt><dd>${d.facts}</dd>
<dt>${t('dsa.decisions.explanation')}</dt><dd>${d.explanation}</dd>
<dt>${t('dsa.decisions.reference')}</dt><dd><code>${d.id}</code></dd>
</dl>
${d.complaint ? html`<p class="small">${t(COMPLAINT[d.complaint])}</p>` : ''}
${
  d.contestable
    ? html`<p><a class="button" href="${o.complaintHref(d.id)}">${t('dsa.decisions.contest')}</a> <span class="small muted">${t('dsa.decisions.contestUntil', { date: day(d.contestUntil) })}</span></p>`
    : d.complaint === 'open'
      ? ''
      : html`<p class="small muted">${t('dsa.decisions.windowClosed', { date: day(d.contestUntil) })}</p>`
}
</li>`,
  )}</ol>`;
}
