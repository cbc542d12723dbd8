/** English seller portal strings (ICU MessageFormat); every key starts with `portal.`. */
export const en = {} as const satisfies Record<string, string>;
