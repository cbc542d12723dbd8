/** English operator console strings (ICU MessageFormat); every key starts with `console.`. */
export const en = {} as const satisfies Record<string, string>;
