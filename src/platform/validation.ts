import type { z } from 'zod';
import { AppError, type FieldIssue } from './errors.ts';

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) => {
    const at = i.path.map(String).join('.');
    // An unexpected field is reported under its own name, not its parent's.
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((k) => ({ field: at ? `${at}.${k}` : k, message: 'is not an accepted field' }));
    }
    return [{ field: at || '(root)', message: i.message }];
  });
}

/** Parse or throw an INVALID_INPUT AppError naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw AppError.invalid(fieldIssues(r.error));
  return r.data;
}
