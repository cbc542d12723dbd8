/** dsa strings (issue 16), shop pages and emails, English (ICU MessageFormat). Keys: 'dsa.*' and 'mail.dsa.*'. */
export const en = {} satisfies Record<string, string>;
