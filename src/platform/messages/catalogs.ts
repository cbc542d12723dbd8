import { en as consoleEn } from './console/en.ts';
import { de as shopDe } from './de.ts';
import { de as docDe } from './doc/de.ts';
import { en as docEn } from './doc/en.ts';
import { es as docEs } from './doc/es.ts';
import { fr as docFr } from './doc/fr.ts';
import { it as docIt } from './doc/it.ts';
import { nl as docNl } from './doc/nl.ts';
import { sv as docSv } from './doc/sv.ts';
import { en as shopEn } from './en.ts';
import { es as shopEs } from './es.ts';
import { fr as shopFr } from './fr.ts';
import { it as shopIt } from './it.ts';
import { de as mailDe } from './mail/de.ts';
import { en as mailEn } from './mail/en.ts';
import { es as mailEs } from './mail/es.ts';
import { fr as mailFr } from './mail/fr.ts';
import { it as mailIt } from './mail/it.ts';
import { nl as mailNl } from './mail/nl.ts';
import { sv as mailSv } from './mail/sv.ts';
import { nl as shopNl } from './nl.ts';
import { de as portalDe } from './portal/de.ts';
import { en as portalEn } from './portal/en.ts';
import { es as portalEs } from './portal/es.ts';
import { fr as portalFr } from './portal/fr.ts';
import { it as portalIt } from './portal/it.ts';
import { nl as portalNl } from './portal/nl.ts';
import { sv as portalSv } from './portal/sv.ts';
import { sv as shopSv } from './sv.ts';

/**
 * The message catalogs, one per language, each the union of its areas: the shop (`./<lang>.ts`),
 * the seller portal (`./portal/`), emails (`./mail/`), documents (`./doc/`) and the operator
 * console (`./console/`, English only: operators read English, issue 13). Keys are prefixed by
 * area, so areas never collide.
 */
export const en = { ...shopEn, ...portalEn, ...mailEn, ...docEn, ...consoleEn };
export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

/** Keys no language but English has: they read English everywhere. */
export const ENGLISH_ONLY_PREFIX = 'console.';

const fr: Catalog = { ...shopFr, ...portalFr, ...mailFr, ...docFr, ...consoleEn };
const de: Catalog = { ...shopDe, ...portalDe, ...mailDe, ...docDe, ...consoleEn };
const nl: Catalog = { ...shopNl, ...portalNl, ...mailNl, ...docNl, ...consoleEn };
const sv: Catalog = { ...shopSv, ...portalSv, ...mailSv, ...docSv, ...consoleEn };
const es: Catalog = { ...shopEs, ...portalEs, ...mailEs, ...docEs, ...consoleEn };
const it: Catalog = { ...shopIt, ...portalIt, ...mailIt, ...docIt, ...consoleEn };

export const CATALOGS: Readonly<Record<string, Catalog>> = { en, fr, de, nl, sv, es, it };
