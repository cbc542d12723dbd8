import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.ts';
import { barChart, barHeights, lineChart, scaleMax } from './charts.ts';

const render = async (h: unknown) => String(await h);

describe('barChart', () => {
  it('scales bars to the largest value and labels the SVG for assistive technology', async () => {
    const svg = await render(
      barChart({
        title: 'Orders per day',
        series: [
          { label: 'Mon', value: 2 },
          { label: 'Tue', value: 4 },
          { label: 'Wed', value: 0 },
        ],
        format: (v) => `${v} orders`,
      }),
    );
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Orders per day"');
    expect(svg).toMatch(/<title id="chart-orders-per-day-title">Orders per day<\/title>/);
    expect(svg).toContain(
      '<desc id="chart-orders-per-day-desc">3 bars; the highest is Tue at 4 orders.</desc>',
    );
    const heights = [...svg.matchAll(/class="chart-bar"[^>]* height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(3);
    expect(heights[1]).toBe(164);
    expect(heights[0]).toBe(82);
    expect(heights[2]).toBe(0);
    // The visually hidden table carries the same numbers.
    expect(svg).toContain('<table class="visually-hidden">');
    expect(svg).toContain('<th scope="row">Tue</th><td>4 orders</td>');
    expect(svg).not.toContain('style=');
  });

  it('renders an empty state, not an empty plot, for an empty series', async () => {
    const out = await render(barChart({ title: 'Sales', series: [] }));
    expect(out).not.toContain('<svg');
    expect(out).toContain('No data for this period yet.');
  });

  it('all-zero or negative values draw flat bars, never NaN', async () => {
    expect(scaleMax([0, 0])).toBe(1);
    expect(barHeights([0, -5, 3], 100)).toEqual([0, 0, 100]);
    const out = await render(barChart({ title: 'Zero', series: [{ label: 'a', value: 0 }] }));
    expect(out).not.toContain('NaN');
  });

  it('escapes labels', async () => {
    const out = await render(barChart({ title: 'T', series: [{ label: '<script>', value: 1 }] }));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
  });
});

describe('barChart options', () => {
  it('scaleTop and a threshold set the scale and draw a reference line', async () => {
    const out = await render(
      barChart({
        title: 'Share',
        series: [{ label: 'a', value: 50 }],
        scaleTop: 100,
        threshold: { value: 100, label: 'limit' },
      }),
    );
    const h = Number(/class="chart-bar"[^>]* height="([\d.]+)"/.exec(out)?.[1]);
    expect(h).toBe(82); // half of the 164-unit plot
    expect(out).toContain('class="chart-threshold"');
    expect(out).toContain('0 above limit (100)');
  });
});

describe('lineChart', () => {
  it('draws a polyline, a threshold and a data table', async () => {
    const out = await render(
      lineChart({
        title: 'Cancellation rate',
        points: [
          { x: new Date('2026-11-01T00:00:00Z'), y: 100 },
          { x: new Date('2026-11-02T00:00:00Z'), y: 400 },
        ],
        threshold: { value: 300, label: 'review limit' },
        format: (v) => `${v / 100} %`,
      }),
    );
    expect(out).toContain('<polyline class="chart-line"');
    expect(out).toContain('class="chart-threshold"');
    expect(out).toContain('1 above review limit (3 %)');
    // Days read in the reader's locale (English by default).
    expect(out).toContain('<th scope="row">2 Nov 2026</th><td>4 %</td>');
    expect(out).toContain('role="img"');
  });

  it('speaks the reader’s language: days, summary and data table', async () => {
    const out = await render(
      lineChart({
        title: 'Annulations',
        points: [
          { x: '2026-11-01', y: 100 },
          { x: '2026-11-02', y: 400 },
        ],
        threshold: { value: 300, label: 'seuil d’examen' },
        t: translator('fr-FR'),
        locale: 'fr-FR',
      }),
    );
    expect(out).toContain('<th scope="row">2 nov. 2026</th><td>400</td>');
    expect(out).toContain('<th scope="col">Jour</th><th scope="col">Valeur</th>');
    expect(out).toContain(
      '2 points du 1 nov. 2026 au 2 nov. 2026 ; dernier : 400 ; 1 au-dessus du seuil d’examen (300).',
    );
    const empty = await render(lineChart({ title: 'X', points: [], t: translator('de-DE') }));
    expect(empty).toContain(translator('de-DE')('portal.chart.empty'));
  });

  it('renders an empty state without points', async () => {
    expect(await render(lineChart({ title: 'X', points: [] }))).toContain('No data');
  });
});
