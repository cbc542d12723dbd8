/** privacy strings for the operator console (English only, keys 'console.privacy.*'). */
export const consoleEn = {} satisfies Record<string, string>;
