/** consent strings (issue 16), shop pages and emails, English (ICU MessageFormat). Keys: 'consent.*' and 'mail.consent.*'. */
export const en = {} satisfies Record<string, string>;
