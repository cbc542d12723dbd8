import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalFileStorage, MemoryStorage } from './storage.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'reloop-ws-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['memory', () => new MemoryStorage()],
  ['local disk', () => new LocalFileStorage(dir)],
])('seller API storage (%s)', (_name, make) => {
  it('stores, replaces and reads files by key; refuses keys that leave the root', async () => {
    const s = make();
    const pdf = new TextEncoder().encode('%PDF-1.4 one');
    await s.put('invoices/42.pdf', pdf, 'application/pdf');
    expect(await s.get('invoices/42.pdf')).toEqual({ bytes: pdf, contentType: 'application/pdf' });
    const two = new TextEncoder().encode('%PDF-1.4 two');
    await s.put('invoices/42.pdf', two, 'application/pdf');
    expect((await s.get('invoices/42.pdf'))?.bytes).toEqual(two);
    expect(await s.get('invoices/43.pdf')).toBeNull();
    await expect(s.put('../escape.pdf', pdf, 'application/pdf')).rejects.toThrow(/Invalid storage key/);
    await expect(s.get('/etc/passwd')).rejects.toThrow(/Invalid storage key/);
  });
});
