/** dsa strings for the operator console (English only, keys 'console.dsa.*'). */
export const consoleEn = {} satisfies Record<string, string>;
