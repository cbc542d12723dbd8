import type { en } from './en.ts';

export const sv: Record<keyof typeof en, string> = {};
