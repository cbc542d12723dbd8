/** marketing strings for the operator console (English only, keys 'console.marketing.*'). */
export const consoleEn = {} satisfies Record<string, string>;
