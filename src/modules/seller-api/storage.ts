/**
 * A minimal file store for what sellers upload through the seller API (customer invoices).
 * Keys are relative, slash-separated paths (`invoices/42.pdf`); writing a key again replaces it.
 * Local disk by default (under DATA_DIR), memory for tests; an S3 adapter can implement the same.
 * Structurally a subset of the platform's `deps.storage` (seller-onboarding/storage.ts), which
 * registerWsRoutes uses when present.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type StoredFile = { bytes: Uint8Array; contentType: string };

export type Storage = {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
};

/** Keys are a few path segments of safe characters: never `..`, never absolute. */
export function assertStorageKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i.test(key) || key.split('/').includes('..')) {
    throw new Error(`Invalid storage key: ${key}`);
  }
}

export class MemoryStorage implements Storage {
  readonly files = new Map<string, StoredFile>();

  async put(key: string, data: Uint8Array, contentType: string): Promise<void> {
    assertStorageKey(key);
    this.files.set(key, { bytes: new Uint8Array(data), contentType });
  }

  async get(key: string): Promise<StoredFile | null> {
    assertStorageKey(key);
    return this.files.get(key) ?? null;
  }
}

/** Files under `root` (e.g. `${DATA_DIR}/files`); the content type is kept in a sidecar file. */
export class LocalFileStorage implements Storage {
  readonly #root: string;

  constructor(root: string) {
    this.#root = path.resolve(root);
  }

  #path(key: string): string {
    assertStorageKey(key);
    return path.join(this.#root, ...key.split('/'));
  }

  async put(key: string, data: Uint8Array, contentType: string): Promise<void> {
    const file = this.#path(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a reader never sees half a file.
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, data);
    await rename(tmp, file);
    await writeFile(`${file}.type`, contentType);
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = this.#path(key);
    try {
      const data = await readFile(file);
      const contentType = await readFile(`${file}.type`, 'utf8').catch(() => 'application/octet-stream');
      return { bytes: new Uint8Array(data), contentType };
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') return null;
      throw e;
    }
  }
}
