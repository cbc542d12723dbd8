/** English email strings (ICU MessageFormat); every key starts with `mail.`. */
export const en = {} as const satisfies Record<string, string>;
