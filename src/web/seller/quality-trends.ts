import { html } from 'hono/html';
import type { QualityRates } from '../../modules/offers/buybox.rules.ts';
import { formatBp, QUALITY_RATE_LABELS, QUALITY_THRESHOLDS_BP } from '../../modules/quality/quality.rules.ts';
import type { QualityDay } from '../../modules/quality/quality-history.ts';
import type { Html } from '../ui/layout.ts';
import { lineChart } from './charts.ts';

export const QUALITY_RATE_KEYS = Object.keys(QUALITY_THRESHOLDS_BP) as Array<keyof QualityRates>;

/** One line chart per rate over the recorded days, each with its review threshold dashed. */
export function qualityTrendCharts(
  history: readonly QualityDay[],
  keys: ReadonlyArray<keyof QualityRates> = QUALITY_RATE_KEYS,
): Html {
  if (history.length === 0)
    return html`<p class="muted">No daily history yet: the rates are recorded every day from now on.</p>`;
  return html`<div class="chart-grid">${keys.map((k) =>
    lineChart({
      title: `${QUALITY_RATE_LABELS[k]}, daily`,
      points: history.map((d) => ({ x: d.day, y: d[k] })),
      threshold: { value: QUALITY_THRESHOLDS_BP[k], label: 'review threshold' },
      format: formatBp,
    }),
  )}</div>`;
}
