/**
 * The exporter contract of "Download my data" (GDPR Arts. 15 and 20). Every module under
 * src/modules declares, in its own `<m>.data-export.ts`, either an exporter that reads the data it
 * holds about one person (its own tables, or its read model for a join across modules), or that it
 * holds none and why. `personal-data-exporters.ts` lists them all; a test fails on a module that
 * declares nothing. Exporters never return secrets (password, token or recovery-code hashes, TOTP
 * secrets, API keys, payment provider references) nor anyone else's data.
 */
import type { Db } from '../../platform/db/client.ts';

/** One row of a dataset: plain values (dates are turned into ISO strings by exportPersonalData). */
export type ExportRow = Record<string, unknown>;
export type ExportDatasets = Record<string, ExportRow[]>;

export type PersonalDataExporter = {
  /** The module's folder name under src/modules. */
  module: string;
  /** One sentence per dataset, in English: what it holds (the archive's manifest says it). */
  describe: Record<string, string>;
  /** The person's rows per dataset (every dataset of `describe`, empty when there are none). */
  datasets: (db: Db, userId: number) => Promise<ExportDatasets>;
};

export type NoPersonalData = {
  module: string;
  /** Why this module holds no data about a person. */
  holdsNoPersonalData: string;
};

export type ModuleDataExport = PersonalDataExporter | NoPersonalData;

export const holdsPersonalData = (m: ModuleDataExport): m is PersonalDataExporter => 'datasets' in m;

/** The agreed shape (issue 16): `GET /api/v1/me/data-export` answers it; the ZIP is built from it. */
export type PersonalDataExport = {
  generatedAt: string;
  subject: { userId: number; email: string };
  sections: Record<string, Record<string, Array<Record<string, unknown>>>>;
};
