import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The module boundaries of docs/decisions/0011-module-ownership.md, checked on the source text:
 * - a module (or a surface: web/, ws/, app/) imports another module's `*.schema.ts` only from a
 *   `*.read-model.ts` (schema files may reference each other's tables for foreign keys);
 * - a read model never writes;
 * - raw SQL never inserts into, updates or deletes from a table another module owns;
 * - `platform/` imports nothing from `modules/`, `web/`, `ws/`, `app/` or `seed/`;
 * - only `offers` refreshes the buybox: its use cases do it themselves, so no caller can forget.
 * Tests, the demo seed and the benchmarks are tooling: they load fixtures straight into tables.
 */
export type SourceFile = { path: string; text: string };
export type Crossing = { file: string; rule: string; detail: string };

const ROOT = path.resolve(import.meta.dirname, '..');

export function readSources(root = ROOT): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts'))
        out.push({ path: path.relative(root, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(root, 'src'));
  return out;
}

/** `modules/<name>` for module files, else the top folder under src (`web`, `ws`, `platform`, …). */
export function ownerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] !== 'src') return parts[0] ?? '';
  if (parts[1] === 'modules') return `modules/${parts[2]}`;
  return parts.length > 2 ? (parts[1] ?? '') : 'src';
}

const isTest = (f: string) => /\.test\.ts$|\.test-vectors\.ts$/.test(f);
const isTooling = (f: string) => f.startsWith('src/seed/') || isTest(f);
const isReadModel = (f: string) => f.endsWith('.read-model.ts');
const isSchema = (f: string) => f.endsWith('.schema.ts');

const BUYBOX_REFRESH = 'src/modules/offers/refresh-buybox.ts';
const IMPORT = /(?:import|export)\s[^;]*?from\s+'([^']+)'/g;
const WRITE_CALL = /\.(insert|update|delete)\(/;
const SQL_WRITE = /\b(insert\s+into|delete\s+from)\s+([a-z_]+)|\bupdate\s+([a-z_]+)\s+(?:[a-z]+\s+)?set\b/gi;
const TABLE = /pgTable\(\s*'([a-z_]+)'/g;

function importsOf(f: SourceFile): string[] {
  const out: string[] = [];
  for (const m of f.text.matchAll(IMPORT)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.')) out.push(path.normalize(path.join(path.dirname(f.path), spec)));
  }
  return out;
}

/** Which module owns each table, from the `pgTable('name'` calls of the schema files. */
export function tableOwners(files: SourceFile[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const f of files.filter((x) => isSchema(x.path)))
    for (const m of f.text.matchAll(TABLE)) owners.set(m[1] ?? '', ownerOf(f.path));
  return owners;
}

export function findCrossings(files: SourceFile[]): Crossing[] {
  const crossings: Crossing[] = [];
  const owners = tableOwners(files);
  for (const f of files) {
    if (isTooling(f.path)) continue;
    const me = ownerOf(f.path);
    for (const target of importsOf(f)) {
      const them = ownerOf(target);
      if (me === 'platform' && them !== 'platform' && target.startsWith('src/'))
        crossings.push({ file: f.path, rule: 'platform-imports-upward', detail: target });
      else if (target === BUYBOX_REFRESH && me !== 'modules/offers')
        crossings.push({ file: f.path, rule: 'buybox-refresh-outside-offers', detail: target });
      else if (isSchema(target) && them !== me && !isReadModel(f.path) && !isSchema(f.path))
        crossings.push({ file: f.path, rule: 'foreign-schema-import', detail: target });
    }
    if (isReadModel(f.path) && WRITE_CALL.test(f.text))
      crossings.push({ file: f.path, rule: 'read-model-writes', detail: 'insert/update/delete call' });
    for (const m of f.text.matchAll(SQL_WRITE)) {
      const table = (m[2] ?? m[3] ?? '').toLowerCase();
      const owner = owners.get(table);
      if (owner && (owner !== me || isReadModel(f.path)))
        crossings.push({ file: f.path, rule: 'foreign-table-write', detail: `${table} (owned by ${owner})` });
    }
  }
  return crossings;
}
