/** privacy strings (issue 16), shop pages and emails, English (ICU MessageFormat). Keys: 'privacy.*' and 'mail.privacy.*'. */
export const en = {} satisfies Record<string, string>;
