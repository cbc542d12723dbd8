/** English document (PDF) strings (ICU MessageFormat); every key starts with `doc.`. */
export const en = {} as const satisfies Record<string, string>;
