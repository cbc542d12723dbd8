/** marketing strings (issue 16), shop pages and emails, English (ICU MessageFormat). Keys: 'marketing.*' and 'mail.marketing.*'. */
export const en = {} satisfies Record<string, string>;
