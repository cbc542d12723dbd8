import { html } from 'hono/html';
import type { QualityRates } from '../../modules/offers/buybox.rules.ts';
import { formatBp, QUALITY_THRESHOLDS_BP } from '../../modules/quality/quality.rules.ts';
import type { QualityDay } from '../../modules/quality/quality-history.ts';
import { type MessageKey, type Translate, translator } from '../../platform/i18n.ts';
import type { Html } from '../ui/layout.ts';
import { lineChart } from './charts.ts';

export const QUALITY_RATE_KEYS = Object.keys(QUALITY_THRESHOLDS_BP) as Array<keyof QualityRates>;

/** The name of each quality rate in the portal's catalog. */
export const QUALITY_RATE_MESSAGE: Readonly<Record<keyof QualityRates, MessageKey>> = {
  aestheticDefectBp: 'portal.quality.rate.aestheticDefect',
  wrongProductBp: 'portal.quality.rate.wrongProduct',
  defectiveProductBp: 'portal.quality.rate.defectiveProduct',
  wrongAccessoriesBp: 'portal.quality.rate.wrongAccessories',
  lateDeliveryBp: 'portal.quality.rate.lateDelivery',
  cancellationBp: 'portal.quality.rate.cancellation',
};

const percentFormats = new Map<string, Intl.NumberFormat>();
/** A rate in basis points as a percentage in the reader's locale ("1,25 %" in fr, "1.25%" in en). */
export function formatRate(bp: number, locale: string): string {
  let f = percentFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    percentFormats.set(locale, f);
  }
  return f.format(bp / 10_000);
}

/** One line chart per rate over the recorded days, each with its review threshold dashed. */
export function qualityTrendCharts(
  history: readonly QualityDay[],
  keys: ReadonlyArray<keyof QualityRates> = QUALITY_RATE_KEYS,
  /** The reader's language; without it (the English console), the module's own formats. */
  lang?: { t: Translate; locale: string },
): Html {
  const t = lang?.t ?? translator('en-GB');
  const locale = lang?.locale ?? 'en-GB';
  const format = lang ? (bp: number) => formatRate(bp, locale) : formatBp;
  if (history.length === 0) return html`<p class="muted">${t('portal.quality.noHistory')}</p>`;
  return html`<div class="chart-grid">${keys.map((k) =>
    lineChart({
      title: t('portal.quality.trendTitle', { rate: t(QUALITY_RATE_MESSAGE[k]) }),
      points: history.map((d) => ({ x: d.day, y: d[k] })),
      threshold: { value: QUALITY_THRESHOLDS_BP[k], label: t('portal.quality.threshold') },
      format,
      t,
      locale,
    }),
  )}</div>`;
}
