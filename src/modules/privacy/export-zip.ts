import { stringify } from 'csv-stringify/sync';
import { strToU8, type Zippable, zipSync } from 'fflate';
import { translator } from '../../platform/i18n.ts';
import { csvText } from '../documents/csv.ts';
import { holdsPersonalData, type PersonalDataExport } from './personal-data-export.ts';
import { PERSONAL_DATA_EXPORTS } from './personal-data-exporters.ts';

export type ManifestFile = {
  path: string;
  module: string;
  dataset: string;
  rows: number;
  format: 'json' | 'csv';
  description: string;
};

export type ExportManifest = {
  generatedAt: string;
  subject: PersonalDataExport['subject'];
  files: ManifestFile[];
  /** The modules that hold nothing about a person, and why (so the archive is complete by design). */
  modulesWithoutPersonalData: Array<{ module: string; why: string }>;
};

/**
 * The "Download my data" archive (GDPR Art. 20: structured, commonly used, machine-readable): a
 * `README.txt` in the reader's `locale` (English by default), a `manifest.json`, and per dataset
 * `<module>/<dataset>.json` (exact values) and `.csv` (one column per field, nested values as JSON
 * text, text that a spreadsheet would run as a formula defused).
 */
export function buildExportZip(data: PersonalDataExport, opts: { locale?: string } = {}): Uint8Array {
  const described = new Map(
    PERSONAL_DATA_EXPORTS.filter(holdsPersonalData).map((m) => [m.module, m.describe] as const),
  );
  const files: ManifestFile[] = [];
  const entries: Zippable = {};
  for (const [module, datasets] of Object.entries(data.sections)) {
    for (const [dataset, rows] of Object.entries(datasets)) {
      const description = described.get(module)?.[dataset] ?? '';
      const base = `${module}/${dataset}`;
      entries[`${base}.json`] = strToU8(`${JSON.stringify(rows, null, 2)}\n`);
      entries[`${base}.csv`] = strToU8(toCsv(rows));
      for (const format of ['json', 'csv'] as const)
        files.push({ path: `${base}.${format}`, module, dataset, rows: rows.length, format, description });
    }
  }
  const manifest: ExportManifest = {
    generatedAt: data.generatedAt,
    subject: data.subject,
    files,
    modulesWithoutPersonalData: PERSONAL_DATA_EXPORTS.filter((m) => !holdsPersonalData(m)).map((m) => ({
      module: m.module,
      why: 'holdsNoPersonalData' in m ? m.holdsNoPersonalData : '',
    })),
  };
  return zipSync(
    {
      'README.txt': strToU8(readme(data, opts.locale ?? 'en')),
      'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
      ...entries,
    },
    { level: 6, mtime: new Date(data.generatedAt) },
  );
}

/** What the archive is and how to read it, in the person's language (CRLF: any editor opens it). */
function readme(data: PersonalDataExport, locale: string): string {
  const t = translator(locale);
  let date = data.generatedAt.slice(0, 10);
  try {
    date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(data.generatedAt),
    );
  } catch {}
  const title = t('privacy.export.readme.title');
  return [
    title,
    '='.repeat(title.length),
    '',
    t('privacy.export.readme.intro', { email: data.subject.email, date }),
    '',
    t('privacy.export.readme.files'),
    '',
    t('privacy.export.readme.formats'),
    '',
    t('privacy.export.readme.secrets'),
    '',
    t('privacy.export.readme.contact'),
    '',
  ].join('\r\n');
}

/** Header = every field met, in first-seen order; an empty dataset is an empty file. */
function toCsv(rows: Array<Record<string, unknown>>): string {
  const columns: string[] = [];
  for (const row of rows) for (const k of Object.keys(row)) if (!columns.includes(k)) columns.push(k);
  if (columns.length === 0) return '';
  return stringify([columns, ...rows.map((row) => columns.map((c) => csvCell(row[c])))], {
    record_delimiter: 'windows',
    // A line break inside a field (a message, an address) is quoted even when it is a lone LF.
    quoted_match: /[\r\n]/,
  });
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return csvText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
