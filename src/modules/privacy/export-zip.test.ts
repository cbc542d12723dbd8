import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../documents/csv.ts';
import { buildExportZip, type ExportManifest } from './export-zip.ts';
import type { PersonalDataExport } from './personal-data-export.ts';

const data: PersonalDataExport = {
  generatedAt: '2026-11-21T12:00:00.000Z',
  subject: { userId: 7, email: 'ada@example.com' },
  sections: {
    orders: {
      orders: [
        { id: 1, shippingAddress: { name: 'Ada', line1: '1 rue "Haute", bât. B' }, totalMinor: 12_900 },
        { id: 2, shippingAddress: null, totalMinor: -5, note: 'line one\nline two' },
      ],
      order_lines: [],
    },
    reviews: {
      reviews: [{ id: 3, comment: '=HYPERLINK("https://evil.example")', rating: 5, certified: true }],
    },
  },
};

describe('the "Download my data" ZIP', () => {
  const files = unzipSync(buildExportZip(data));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as ExportManifest;

  it('has a manifest naming each file with its module, dataset, rows, format and description', () => {
    expect(manifest.generatedAt).toBe(data.generatedAt);
    expect(manifest.subject).toEqual(data.subject);
    expect(manifest.files.map((f) => [f.path, f.module, f.dataset, f.rows, f.format])).toEqual([
      ['orders/orders.json', 'orders', 'orders', 2, 'json'],
      ['orders/orders.csv', 'orders', 'orders', 2, 'csv'],
      ['orders/order_lines.json', 'orders', 'order_lines', 0, 'json'],
      ['orders/order_lines.csv', 'orders', 'order_lines', 0, 'csv'],
      ['reviews/reviews.json', 'reviews', 'reviews', 1, 'json'],
      ['reviews/reviews.csv', 'reviews', 'reviews', 1, 'csv'],
    ]);
    // Descriptions come from the modules' exporters.
    expect(manifest.files[0]!.description).toMatch(/orders/i);
    expect(Object.keys(files).sort()).toEqual(
      ['README.txt', 'manifest.json', ...manifest.files.map((f) => f.path)].sort(),
    );
  });

  it('explains itself in a README, in the reader’s language', () => {
    expect(strFromU8(files['README.txt']!)).toContain(
      'This archive holds the personal data Reloop held about you (ada@example.com) on November 21, 2026',
    );
    const fr = strFromU8(unzipSync(buildExportZip(data, { locale: 'fr-FR' }))['README.txt']!);
    expect(fr).toMatch(/^Vos données Reloop\r\n/);
    expect(fr).toContain('(ada@example.com) le 21 novembre 2026');
  });

  it('keeps exact values in JSON', () => {
    expect(JSON.parse(strFromU8(files['orders/orders.json']!))).toEqual(data.sections.orders!.orders);
  });

  it('writes CSV with every field as a column, nested values as JSON text, blanks for null', () => {
    const rows = parseCsv(strFromU8(files['orders/orders.csv']!));
    expect(rows).toEqual([
      ['id', 'shippingAddress', 'totalMinor', 'note'],
      ['1', '{"name":"Ada","line1":"1 rue \\"Haute\\", bât. B"}', '12900', ''],
      ['2', '', '-5', 'line one\nline two'],
    ]);
    expect(strFromU8(files['orders/order_lines.csv']!)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula, not numbers', () => {
    const rows = parseCsv(strFromU8(files['reviews/reviews.csv']!));
    expect(rows[1]).toEqual(['3', `'=HYPERLINK("https://evil.example")`, '5', 'true']);
  });
});
