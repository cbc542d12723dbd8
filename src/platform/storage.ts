/**
 * Files (sellers' ID documents, later photos and exports) behind one small interface: local disk
 * by default, in memory for tests; an S3-compatible adapter can implement the same three calls.
 * Keys are relative, slash-separated paths such as `seller-applications/<uuid>/id-document.pdf`.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type StoredFile = { bytes: Uint8Array; contentType: string };

export interface Storage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** null when there is no file under this key. */
  get(key: string): Promise<StoredFile | null>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i;

/** Refuses keys that could leave the storage root: absolute paths, `..`, backslashes, empty segments. */
export function assertStorageKey(key: string): void {
  if (key.length > 500 || !KEY.test(key) || key.split('/').some((s) => s === '.' || s === '..')) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key).slice(0, 80)}`);
  }
}

const TYPE_SUFFIX = '.content-type';

/** Files under `root` (e.g. `<DATA_DIR>/files`); each file's content type in a small sidecar file. */
export function createLocalStorage(root: string): Storage {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    assertStorageKey(key);
    if (key.endsWith(TYPE_SUFFIX)) throw new Error('Invalid storage key: reserved suffix');
    const full = path.resolve(base, key);
    if (!full.startsWith(base + path.sep)) throw new Error('Invalid storage key: outside the root');
    return full;
  };
  return {
    async put(key, bytes, contentType) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written under a temporary name then renamed would be atomic; a partial file is harmless
      // here because the row pointing at it is written only after put() resolves.
      await writeFile(file, bytes, { mode: 0o600 });
      await writeFile(file + TYPE_SUFFIX, contentType, { mode: 0o600 });
    },
    async get(key) {
      const file = fileOf(key);
      try {
        const [bytes, contentType] = await Promise.all([
          readFile(file),
          readFile(file + TYPE_SUFFIX, 'utf8').catch(() => 'application/octet-stream'),
        ]);
        return { bytes: new Uint8Array(bytes), contentType };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async delete(key) {
      const file = fileOf(key);
      await rm(file, { force: true });
      await rm(file + TYPE_SUFFIX, { force: true });
    },
  };
}

/** For tests: a Map, with the keys visible so a test can say "nothing was stored". */
export function createMemoryStorage(): Storage & { readonly files: ReadonlyMap<string, StoredFile> } {
  const files = new Map<string, StoredFile>();
  return {
    files,
    async put(key, bytes, contentType) {
      assertStorageKey(key);
      files.set(key, { bytes: new Uint8Array(bytes), contentType });
    },
    async get(key) {
      assertStorageKey(key);
      const f = files.get(key);
      return f ? { bytes: new Uint8Array(f.bytes), contentType: f.contentType } : null;
    },
    async delete(key) {
      assertStorageKey(key);
      files.delete(key);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// ID documents

export const ID_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

export const ID_DOCUMENT_TYPES = [
  { contentType: 'application/pdf', ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { contentType: 'image/jpeg', ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
  { contentType: 'image/png', ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
] as const;

export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

export type IdDocumentCheck =
  | { ok: true; contentType: IdDocumentType['contentType']; ext: IdDocumentType['ext'] }
  | { ok: false; message: string };

/** A PDF, JPEG or PNG by its first bytes (never by its name or the browser's content type), or null. */
export function documentTypeOf(bytes: Uint8Array): IdDocumentType | null {
  return ID_DOCUMENT_TYPES.find((t) => t.magic.every((b, i) => bytes[i] === b)) ?? null;
}

/**
 * What the file is, from its first bytes (never from its name or the browser's content type):
 * a PDF, JPEG or PNG of at most 5 MB.
 */
export function checkIdDocument(bytes: Uint8Array): IdDocumentCheck {
  if (bytes.length === 0) return { ok: false, message: 'is required: upload a PDF, JPEG or PNG file' };
  if (bytes.length > ID_DOCUMENT_MAX_BYTES) return { ok: false, message: 'must be at most 5 MB' };
  const type = documentTypeOf(bytes);
  if (!type) return { ok: false, message: 'must be a PDF, JPEG or PNG file' };
  return { ok: true, contentType: type.contentType, ext: type.ext };
}

/** A new key for an application's ID document; the uuid keeps keys unguessable and unique. */
export function idDocumentKey(ext: string): string {
  return `seller-applications/${randomUUID()}/id-document.${ext}`;
}

/** The uploaded name, made safe to show and to send back in Content-Disposition. */
export function safeFileName(name: string, ext: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w.\- ]+/g, '')
    .replace(/\s+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 80);
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'id-document';
  return `${stem}.${ext}`;
}
