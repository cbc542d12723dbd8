import { randomUUID } from 'node:crypto';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { documentTypeOf, type Storage, safeFileName } from '../../platform/storage.ts';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_FOLDER } from './care.rules.ts';

export type IncomingFile = { name: string; bytes: Uint8Array };
export type CheckedFile = { name: string; bytes: Uint8Array; contentType: string; ext: string };

/**
 * Photos and documents joined to a care message: at most ten per folder, 3 MB each, JPEG, PNG or
 * PDF by their content. Any refusal refuses the whole message, naming the file.
 */
export function checkAttachments(files: readonly IncomingFile[], alreadyInFolder: number): CheckedFile[] {
  const issues: FieldIssue[] = [];
  if (alreadyInFolder + files.length > MAX_ATTACHMENTS_PER_FOLDER)
    issues.push({
      field: 'files',
      message: `A folder holds at most ${MAX_ATTACHMENTS_PER_FOLDER} files (${alreadyInFolder} already)`,
    });
  const checked = files.map((f, i) => {
    const type = documentTypeOf(f.bytes);
    if (f.bytes.length > MAX_ATTACHMENT_BYTES)
      issues.push({ field: `files.${i}`, message: `${f.name} is larger than 3 MB` });
    else if (!type) issues.push({ field: `files.${i}`, message: `${f.name} is not a JPEG, PNG or PDF file` });
    return {
      name: safeFileName(f.name, type?.ext ?? 'bin'),
      bytes: f.bytes,
      contentType: type?.contentType ?? '',
      ext: type?.ext ?? '',
    };
  });
  if (issues.length) throw AppError.invalid(issues, 'Some files cannot be attached');
  return checked;
}

/** Store checked files under unguessable keys; returns their keys in order. */
export async function storeAttachments(
  storage: Storage,
  folderId: number,
  files: readonly CheckedFile[],
): Promise<string[]> {
  const keys: string[] = [];
  for (const f of files) {
    const key = `care/${folderId}/${randomUUID()}.${f.ext}`;
    await storage.put(key, f.bytes, f.contentType);
    keys.push(key);
  }
  return keys;
}
