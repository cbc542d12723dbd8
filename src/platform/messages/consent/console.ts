/** consent strings for the operator console (English only, keys 'console.consent.*'). */
export const consoleEn = {} satisfies Record<string, string>;
