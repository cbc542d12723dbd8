/**
 * Every module that stores something about a person (a column naming a user) has an eraser that
 * `eraseAccount` runs, named after the module; accounts runs last.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_ERASERS } from './data-erasers.ts';

const MODULES = path.resolve(import.meta.dirname, '..');
const PERSONAL = /references\(\(\) => users\.id\)|integer\('(\w+_)?user_id'\)/;

function modulesWithPersonalData(): string[] {
  const out: string[] = [];
  for (const m of readdirSync(MODULES)) {
    let files: string[] = [];
    try {
      files = readdirSync(path.join(MODULES, m)).filter((f) => f.endsWith('.schema.ts'));
    } catch {
      continue;
    }
    if (files.some((f) => PERSONAL.test(readFileSync(path.join(MODULES, m, f), 'utf8')))) out.push(m);
  }
  return out.sort();
}

describe('data erasers', () => {
  it('cover every module that stores something about a person', () => {
    const found = modulesWithPersonalData();
    expect(found.length).toBeGreaterThan(10);
    const erased = new Set(DATA_ERASERS.map((e) => e.module));
    expect(found.filter((m) => !erased.has(m))).toEqual([]);
  });

  it('are named after real modules, once each, with accounts last', () => {
    const names = DATA_ERASERS.map((e) => e.module);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(readdirSync(MODULES)).toContain(n);
    expect(names.at(-1)).toBe('accounts');
  });
});
