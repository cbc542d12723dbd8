/**
 * Server-rendered, accessible SVG charts (no JavaScript, no inline styles: the CSP forbids them).
 *
 * Each chart is a <figure> holding an <svg role="img"> named by its title (aria-label) and
 * described by a one-sentence summary (<title>/<desc>), plus the same numbers as a visually hidden
 * <table> for screen readers and copy-paste. Colours come from classes in app.css
 * (`.chart-bar`, `.chart-line`, `.chart-threshold`) with presentation attributes as fallback.
 * An empty series renders a real empty state instead of an empty plot.
 */
import { html } from 'hono/html';
import { type Translate, translator } from '../../platform/i18n.ts';
import type { Html } from '../ui/layout.ts';

export type BarDatum = { label: string; value: number };
export type LinePoint = { x: Date | string; y: number };

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 16, right: 12, bottom: 40, left: 56 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A stable id for the title/desc of a chart, from its title (ids must be unique on a page). */
export function chartId(title: string, suffix = ''): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `chart-${slug || 'x'}${suffix}`;
}

/** The scale top: the largest value (at least 1, so all-zero series draw flat bars, not NaN). */
export function scaleMax(values: readonly number[]): number {
  const m = Math.max(0, ...values.filter(Number.isFinite));
  return m > 0 ? m : 1;
}

/** Bar heights in SVG units for a series: proportional to the value, negatives drawn as 0. */
export function barHeights(values: readonly number[], plotHeight = PLOT_H): number[] {
  const max = scaleMax(values);
  return values.map((v) => round1((Math.max(0, Number.isFinite(v) ? v : 0) / max) * plotHeight));
}

/** What a chart's words are read in: the portal's translator and locale (English by default). */
export type ChartLanguage = { t?: Translate; locale?: string };
const ENGLISH = translator('en-GB');

function dataTable(caption: string, head: [string, string], rows: Array<[string, string]>): Html {
  return html`<table class="visually-hidden">
<caption>${caption}</caption>
<thead><tr><th scope="col">${head[0]}</th><th scope="col">${head[1]}</th></tr></thead>
<tbody>${rows.map(([a, b]) => html`<tr><th scope="row">${a}</th><td>${b}</td></tr>`)}</tbody>
</table>`;
}

function empty(title: string, message: string): Html {
  return html`<figure class="chart chart-empty">
<figcaption>${title}</figcaption>
<p class="muted">${message}</p>
</figure>`;
}

/** A vertical bar chart. `format` renders values for people (axis, labels and the data table). */
export function barChart(
  opts: {
    title: string;
    series: readonly BarDatum[];
    format?: (value: number) => string;
    /** One sentence saying what the chart shows; a default summary otherwise. */
    description?: string;
    emptyMessage?: string;
    id?: string;
    /** The scale reaches at least this value (e.g. 100 for percentages). */
    scaleTop?: number;
    /** A dashed reference line across the bars (e.g. a review threshold). */
    threshold?: { value: number; label: string };
  } & ChartLanguage,
): Html {
  const { title, series, threshold } = opts;
  const t = opts.t ?? ENGLISH;
  const format = opts.format ?? ((v: number) => new Intl.NumberFormat(opts.locale ?? 'en-GB').format(v));
  if (series.length === 0) return empty(title, opts.emptyMessage ?? t('portal.chart.empty'));
  const id = opts.id ?? chartId(title);
  const values = series.map((d) => d.value);
  const reference = [opts.scaleTop ?? 0, threshold?.value ?? 0];
  const max = scaleMax([...values, ...reference]);
  const heights = values.map((v) => round1((Math.max(0, Number.isFinite(v) ? v : 0) / max) * PLOT_H));
  const slot = PLOT_W / series.length;
  const barW = round1(Math.max(1, slot * 0.7));
  const highest = series.reduce((a, b) => (b.value > a.value ? b : a));
  const desc =
    opts.description ??
    (threshold
      ? t('portal.chart.barsDescThreshold', {
          bars: series.length,
          highest: highest.label,
          value: format(highest.value),
          above: values.filter((v) => v > threshold.value).length,
          threshold: threshold.label,
          thresholdValue: format(threshold.value),
        })
      : t('portal.chart.barsDesc', {
          bars: series.length,
          highest: highest.label,
          value: format(highest.value),
        }));
  // Label every bar when they fit, otherwise about eight evenly spaced labels.
  const labelEvery = Math.max(1, Math.ceil(series.length / 8));
  const baseline = PAD.top + PLOT_H;
  const ty = threshold ? round1(baseline - (Math.max(0, threshold.value) / max) * PLOT_H) : 0;
  return html`<figure class="chart">
<figcaption>${title}</figcaption>
<svg class="chart-svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${title}" aria-labelledby="${id}-title" aria-describedby="${id}-desc" preserveAspectRatio="xMidYMid meet">
<title id="${id}-title">${title}</title>
<desc id="${id}-desc">${desc}</desc>
<g aria-hidden="true">
<line class="chart-axis" x1="${PAD.left}" y1="${baseline}" x2="${WIDTH - PAD.right}" y2="${baseline}" stroke="#4a5568"/>
<text class="chart-tick" x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end">${format(max)}</text>
<text class="chart-tick" x="${PAD.left - 6}" y="${baseline}" text-anchor="end">${format(0)}</text>
${series.map((d, i) => {
  const h = heights[i]!;
  const x = round1(PAD.left + i * slot + (slot - barW) / 2);
  const label =
    i % labelEvery === 0
      ? html`<text class="chart-label" x="${round1(x + barW / 2)}" y="${baseline + 16}" text-anchor="middle">${d.label}</text>`
      : '';
  return html`<rect class="chart-bar" x="${x}" y="${round1(baseline - h)}" width="${barW}" height="${h}" fill="#1d4ed8"><title>${d.label}: ${format(d.value)}</title></rect>${label}`;
})}
${
  threshold
    ? html`<line class="chart-threshold" x1="${PAD.left}" y1="${ty}" x2="${WIDTH - PAD.right}" y2="${ty}" stroke="#b42318" stroke-dasharray="6 4"/><text class="chart-tick" x="${WIDTH - PAD.right}" y="${ty - 4}" text-anchor="end">${threshold.label}</text>`
    : ''
}
</g>
</svg>
${dataTable(
  title,
  [t('portal.chart.label'), t('portal.chart.value')],
  series.map((d) => [d.label, format(d.value)]),
)}
</figure>`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** A day of a line chart in the reader's locale ("6 déc. 2026"); ISO days are read as UTC days. */
function dayLabel(x: Date | string, locale: string): string {
  const d = x instanceof Date ? x : /^\d{4}-\d{2}-\d{2}$/.test(x) ? new Date(`${x}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime())) return String(x);
  let f = dayFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, f);
  }
  return f.format(d);
}

/** A line chart of points in order, with an optional dashed threshold line (e.g. a review limit). */
export function lineChart(
  opts: {
    title: string;
    points: readonly LinePoint[];
    threshold?: { value: number; label: string };
    format?: (value: number) => string;
    description?: string;
    emptyMessage?: string;
    id?: string;
  } & ChartLanguage,
): Html {
  const { title, points, threshold } = opts;
  const t = opts.t ?? ENGLISH;
  const locale = opts.locale ?? 'en-GB';
  const xLabel = (x: Date | string) => dayLabel(x, locale);
  const format = opts.format ?? ((v: number) => new Intl.NumberFormat(locale).format(v));
  if (points.length === 0) return empty(title, opts.emptyMessage ?? t('portal.chart.empty'));
  const id = opts.id ?? chartId(title, '-line');
  const max = scaleMax([...points.map((p) => p.y), threshold?.value ?? 0]);
  const baseline = PAD.top + PLOT_H;
  const step = points.length > 1 ? PLOT_W / (points.length - 1) : 0;
  const xy = points.map((p, i) => ({
    x: round1(PAD.left + (points.length > 1 ? i * step : PLOT_W / 2)),
    y: round1(baseline - (Math.max(0, p.y) / max) * PLOT_H),
    p,
  }));
  const last = points[points.length - 1]!;
  const above = threshold ? points.filter((p) => p.y > threshold.value).length : 0;
  const desc =
    opts.description ??
    (threshold
      ? t('portal.chart.pointsDescThreshold', {
          points: points.length,
          from: xLabel(points[0]!.x),
          to: xLabel(last.x),
          latest: format(last.y),
          above,
          threshold: threshold.label,
          thresholdValue: format(threshold.value),
        })
      : t('portal.chart.pointsDesc', {
          points: points.length,
          from: xLabel(points[0]!.x),
          to: xLabel(last.x),
          latest: format(last.y),
        }));
  const ty = threshold ? round1(baseline - (Math.max(0, threshold.value) / max) * PLOT_H) : 0;
  return html`<figure class="chart">
<figcaption>${title}</figcaption>
<svg class="chart-svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${title}" aria-labelledby="${id}-title" aria-describedby="${id}-desc" preserveAspectRatio="xMidYMid meet">
<title id="${id}-title">${title}</title>
<desc id="${id}-desc">${desc}</desc>
<g aria-hidden="true">
<line class="chart-axis" x1="${PAD.left}" y1="${baseline}" x2="${WIDTH - PAD.right}" y2="${baseline}" stroke="#4a5568"/>
<text class="chart-tick" x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end">${format(max)}</text>
<text class="chart-tick" x="${PAD.left - 6}" y="${baseline}" text-anchor="end">${format(0)}</text>
${
  threshold
    ? html`<line class="chart-threshold" x1="${PAD.left}" y1="${ty}" x2="${WIDTH - PAD.right}" y2="${ty}" stroke="#b42318" stroke-dasharray="6 4"/><text class="chart-tick" x="${WIDTH - PAD.right}" y="${ty - 4}" text-anchor="end">${threshold.label}</text>`
    : ''
}
<polyline class="chart-line" points="${xy.map((q) => `${q.x},${q.y}`).join(' ')}" fill="none" stroke="#0f766e" stroke-width="2"/>
${xy.map((q) => html`<circle class="chart-point" cx="${q.x}" cy="${q.y}" r="3" fill="#0f766e"><title>${xLabel(q.p.x)}: ${format(q.p.y)}</title></circle>`)}
<text class="chart-label" x="${PAD.left}" y="${baseline + 16}" text-anchor="start">${xLabel(points[0]!.x)}</text>
${points.length > 1 ? html`<text class="chart-label" x="${WIDTH - PAD.right}" y="${baseline + 16}" text-anchor="end">${xLabel(last.x)}</text>` : ''}
</g>
</svg>
${dataTable(
  title,
  [t('portal.chart.date'), t('portal.chart.value')],
  points.map((p) => [xLabel(p.x), format(p.y)]),
)}
</figure>`;
}
