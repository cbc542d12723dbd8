import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkIdDocument,
  createLocalStorage,
  createMemoryStorage,
  ID_DOCUMENT_MAX_BYTES,
  idDocumentKey,
  type Storage,
  safeFileName,
} from './storage.ts';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const contract = (name: string, make: () => Promise<Storage>) =>
  describe(`${name} storage`, () => {
    it('puts, gets and deletes', async () => {
      const s = await make();
      const key = idDocumentKey('pdf');
      expect(key).toMatch(/^seller-applications\/[0-9a-f-]{36}\/id-document\.pdf$/);
      expect(await s.get(key)).toBeNull();
      await s.put(key, PDF, 'application/pdf');
      const got = await s.get(key);
      expect(got?.contentType).toBe('application/pdf');
      expect(Buffer.from(got!.bytes).equals(Buffer.from(PDF))).toBe(true);
      await s.delete(key);
      expect(await s.get(key)).toBeNull();
      await s.delete(key); // idempotent
    });

    it.each(['../etc/passwd', '/abs/file', 'a//b', 'a/../../b', 'a\\b', '', 'x/./y'])(
      'refuses the key %j',
      async (key) => {
        const s = await make();
        await expect(s.put(key, PDF, 'application/pdf')).rejects.toThrow(/Invalid storage key/);
        await expect(s.get(key)).rejects.toThrow(/Invalid storage key/);
      },
    );
  });

contract('memory', async () => createMemoryStorage());
contract('local', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'reloop-storage-'));
  dirs.push(dir);
  return createLocalStorage(dir);
});

describe('checkIdDocument', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(checkIdDocument(PDF)).toEqual({ ok: true, contentType: 'application/pdf', ext: 'pdf' });
    expect(checkIdDocument(JPEG)).toEqual({ ok: true, contentType: 'image/jpeg', ext: 'jpg' });
    expect(checkIdDocument(PNG)).toEqual({ ok: true, contentType: 'image/png', ext: 'png' });
  });

  it('refuses other files whatever their name, empty files and files over 5 MB', () => {
    expect(checkIdDocument(new TextEncoder().encode('<html>not a pdf</html>'))).toMatchObject({ ok: false });
    expect(checkIdDocument(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toMatchObject({
      ok: false,
      message: 'must be a PDF, JPEG or PNG file',
    }); // GIF
    expect(checkIdDocument(new Uint8Array())).toMatchObject({ ok: false });
    const big = new Uint8Array(ID_DOCUMENT_MAX_BYTES + 1);
    big.set(PDF);
    expect(checkIdDocument(big)).toEqual({ ok: false, message: 'must be at most 5 MB' });
    const max = new Uint8Array(ID_DOCUMENT_MAX_BYTES);
    max.set(PDF);
    expect(checkIdDocument(max).ok).toBe(true);
  });

  it('makes uploaded names safe', () => {
    expect(safeFileName('Passport scan (1).PDF', 'pdf')).toBe('Passport-scan-1.pdf');
    expect(safeFileName('../../"evil";.exe', 'png')).toBe('evil.png');
    expect(safeFileName('', 'jpg')).toBe('id-document.jpg');
  });
});
