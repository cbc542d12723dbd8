/**
 * The console user page's section on what the person chose in the privacy centre: a restriction
 * of processing (GDPR Art. 18, since when and on which ground) and objections (Art. 21(1)), which
 * the newsletter, alert and review request jobs and the recently viewed products respect.
 * English, as the whole console.
 */
import { html } from 'hono/html';
import { PROCESSING_PURPOSES } from '../../modules/privacy/privacy-choices.rules.ts';
import { RESTRICTION_REASONS } from '../../modules/privacy/restrict-processing.ts';
import type { Html } from '../ui/layout.ts';
import { t, tx, when } from './console-layout.ts';

export type ProcessingChoicesView = {
  restriction: { reason: string; since: Date } | null;
  objections: ReadonlyArray<{ purpose: string; since: Date }>;
};

type Reason = (typeof RESTRICTION_REASONS)[number];
type Purpose = (typeof PROCESSING_PURPOSES)[number]['purpose'];
const reasonText = (r: string) =>
  (RESTRICTION_REASONS as readonly string[]).includes(r)
    ? t(`privacy.centre.restrict.reason.${r as Reason}`)
    : r;
const purposeText = (p: string) =>
  PROCESSING_PURPOSES.some((x) => x.purpose === p) ? t(`privacy.purpose.${p as Purpose}`) : p;

export function processingChoicesSection(v: ProcessingChoicesView): Html {
  const { restriction, objections } = v;
  return html`<section aria-labelledby="processing-h"><h2 id="processing-h">${t('console.privacy.choices.title')}</h2>
<ul>
  <li>${
    restriction
      ? html`${tx('console.privacy.choices.restrictedSince', { at: when(restriction.since) })} — ${reasonText(restriction.reason)}`
      : t('console.privacy.choices.notRestricted')
  }</li>
  ${
    objections.length
      ? objections.map(
          (o) =>
            html`<li>${tx('console.privacy.choices.objection', { purpose: purposeText(o.purpose), at: when(o.since) })}</li>`,
        )
      : html`<li>${t('console.privacy.choices.noObjection')}</li>`
  }
</ul>
</section>`;
}
