import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsPersonalData } from './personal-data-export.ts';
import { PERSONAL_DATA_EXPORTS } from './personal-data-exporters.ts';

const MODULES_DIR = path.resolve(import.meta.dirname, '..');
const moduleFolders = readdirSync(MODULES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/**
 * Tables that name a person (a column referencing users.id) yet are not exported, and why. Any
 * other such table must be read by its module's exporter: a new table about people fails the test
 * below until it is exported or listed here.
 */
const LEFT_OUT: Record<string, string> = {
  auth_tokens: 'single-use emailed links: hashes of secrets, useless to the person and never exported',
  product_safety_notices: 'names the operator who published the notice, not a person it is about',
  erasure_reports:
    'written when the account is erased, after which nobody can sign in to export; emailed instead',
};

/** Per module: the tables of its schema files with a column referencing users.id. */
function tablesNamingPeople(m: string): Array<{ constName: string; table: string }> {
  const out: Array<{ constName: string; table: string }> = [];
  for (const f of readdirSync(path.join(MODULES_DIR, m)).filter((n) => n.endsWith('.schema.ts'))) {
    const text = readFileSync(path.join(MODULES_DIR, m, f), 'utf8');
    for (const block of text.split(/(?=export const \w+ = pgTable\()/)) {
      const head = /^export const (\w+) = pgTable\(\s*'(\w+)'/.exec(block);
      if (head && /=>\s*users\.id\)/.test(block)) out.push({ constName: head[1]!, table: head[2]! });
    }
  }
  return out;
}

/** The exporter's own source and the read models it reads through. */
function exporterSources(m: string): string {
  const dir = path.join(MODULES_DIR, m);
  return readdirSync(dir)
    .filter((n) => n === `${m}.data-export.ts` || n.endsWith('-personal-data.read-model.ts'))
    .map((n) => readFileSync(path.join(dir, n), 'utf8'))
    .join('\n');
}

describe('every module declares what it holds about a person (Download my data)', () => {
  it.each(moduleFolders)('%s has its <m>.data-export.ts', (m) => {
    expect(
      existsSync(path.join(MODULES_DIR, m, `${m}.data-export.ts`)),
      `src/modules/${m}/${m}.data-export.ts`,
    ).toBe(true);
  });

  it('the registry lists each module once, and only modules that exist', () => {
    const listed = PERSONAL_DATA_EXPORTS.map((e) => e.module);
    expect([...listed].sort()).toEqual(moduleFolders);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('a module without personal data says why; an exporter describes each dataset', () => {
    for (const e of PERSONAL_DATA_EXPORTS) {
      if (holdsPersonalData(e)) {
        expect(Object.keys(e.describe).length, e.module).toBeGreaterThan(0);
        for (const [dataset, text] of Object.entries(e.describe)) {
          expect(dataset, e.module).toMatch(/^[a-z][a-z0-9_]*$/);
          expect(text.length, `${e.module}/${dataset}`).toBeGreaterThan(15);
        }
      } else expect(e.holdsNoPersonalData.length, e.module).toBeGreaterThan(20);
    }
  });

  it('every table naming a person is exported by its module, or left out with a reason', () => {
    const missing: string[] = [];
    for (const m of moduleFolders) {
      const declared = PERSONAL_DATA_EXPORTS.find((e) => e.module === m);
      const sources = declared && holdsPersonalData(declared) ? exporterSources(m) : '';
      for (const t of tablesNamingPeople(m))
        if (!LEFT_OUT[t.table] && !new RegExp(`\\b${t.constName}\\b`).test(sources))
          missing.push(`${m}: ${t.table}`);
    }
    expect(missing).toEqual([]);
    // The check itself sees the tables it must (a sample of each kind of schema file).
    expect(tablesNamingPeople('accounts').map((t) => t.table)).toEqual(
      expect.arrayContaining(['sessions', 'auth_tokens', 'legal_acceptances']),
    );
    expect(tablesNamingPeople('checkout').map((t) => t.table)).toEqual(['checkouts']);
  });
});
