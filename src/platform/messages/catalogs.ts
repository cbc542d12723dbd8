import { consoleEn as consentConsole } from './consent/console.ts';
import { de as consentDe } from './consent/de.ts';
import { en as consentEn } from './consent/en.ts';
import { es as consentEs } from './consent/es.ts';
import { fr as consentFr } from './consent/fr.ts';
import { it as consentIt } from './consent/it.ts';
import { nl as consentNl } from './consent/nl.ts';
import { sv as consentSv } from './consent/sv.ts';
import { en as consoleEn } from './console/en.ts';
import { de as shopDe } from './de.ts';
import { de as docDe } from './doc/de.ts';
import { en as docEn } from './doc/en.ts';
import { es as docEs } from './doc/es.ts';
import { fr as docFr } from './doc/fr.ts';
import { it as docIt } from './doc/it.ts';
import { nl as docNl } from './doc/nl.ts';
import { sv as docSv } from './doc/sv.ts';
import { consoleEn as dsaConsole } from './dsa/console.ts';
import { de as dsaDe } from './dsa/de.ts';
import { en as dsaEn } from './dsa/en.ts';
import { es as dsaEs } from './dsa/es.ts';
import { fr as dsaFr } from './dsa/fr.ts';
import { it as dsaIt } from './dsa/it.ts';
import { nl as dsaNl } from './dsa/nl.ts';
import { sv as dsaSv } from './dsa/sv.ts';
import { en as shopEn } from './en.ts';
import { es as shopEs } from './es.ts';
import { fr as shopFr } from './fr.ts';
import { it as shopIt } from './it.ts';
import { consoleEn as jobsConsole } from './jobs/console.ts';
import { de as mailDe } from './mail/de.ts';
import { en as mailEn } from './mail/en.ts';
import { es as mailEs } from './mail/es.ts';
import { fr as mailFr } from './mail/fr.ts';
import { it as mailIt } from './mail/it.ts';
import { nl as mailNl } from './mail/nl.ts';
import { sv as mailSv } from './mail/sv.ts';
import { consoleEn as marketingConsole } from './marketing/console.ts';
import { de as marketingDe } from './marketing/de.ts';
import { en as marketingEn } from './marketing/en.ts';
import { es as marketingEs } from './marketing/es.ts';
import { fr as marketingFr } from './marketing/fr.ts';
import { it as marketingIt } from './marketing/it.ts';
import { nl as marketingNl } from './marketing/nl.ts';
import { sv as marketingSv } from './marketing/sv.ts';
import { nl as shopNl } from './nl.ts';
import { de as portalDe } from './portal/de.ts';
import { en as portalEn } from './portal/en.ts';
import { es as portalEs } from './portal/es.ts';
import { fr as portalFr } from './portal/fr.ts';
import { it as portalIt } from './portal/it.ts';
import { nl as portalNl } from './portal/nl.ts';
import { sv as portalSv } from './portal/sv.ts';
import { consoleEn as privacyConsole } from './privacy/console.ts';
import { de as privacyDe } from './privacy/de.ts';
import { en as privacyEn } from './privacy/en.ts';
import { es as privacyEs } from './privacy/es.ts';
import { fr as privacyFr } from './privacy/fr.ts';
import { it as privacyIt } from './privacy/it.ts';
import { nl as privacyNl } from './privacy/nl.ts';
import { sv as privacySv } from './privacy/sv.ts';
import { sv as shopSv } from './sv.ts';

/**
 * The message catalogs, one per language, each the union of its areas: the shop (`./<lang>.ts`),
 * the seller portal (`./portal/`), emails (`./mail/`), documents (`./doc/`) and the operator
 * console (`./console/`, English only: operators read English, issue 13). Keys are prefixed by
 * area, so areas never collide.
 */
/** Issue 16's areas (privacy, consent, marketing, DSA), each in its folder with its console strings; issue 17's jobs. */
const consoleAreas = {
  ...privacyConsole,
  ...consentConsole,
  ...marketingConsole,
  ...dsaConsole,
  ...jobsConsole,
};

export const en = {
  ...shopEn,
  ...portalEn,
  ...mailEn,
  ...docEn,
  ...consoleEn,
  ...privacyEn,
  ...consentEn,
  ...marketingEn,
  ...dsaEn,
  ...consoleAreas,
};
export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

/** Keys no language but English has: they read English everywhere. */
export const ENGLISH_ONLY_PREFIX = 'console.';

const fr: Catalog = {
  ...shopFr,
  ...portalFr,
  ...mailFr,
  ...docFr,
  ...consoleEn,
  ...privacyFr,
  ...consentFr,
  ...marketingFr,
  ...dsaFr,
  ...consoleAreas,
};
const de: Catalog = {
  ...shopDe,
  ...portalDe,
  ...mailDe,
  ...docDe,
  ...consoleEn,
  ...privacyDe,
  ...consentDe,
  ...marketingDe,
  ...dsaDe,
  ...consoleAreas,
};
const nl: Catalog = {
  ...shopNl,
  ...portalNl,
  ...mailNl,
  ...docNl,
  ...consoleEn,
  ...privacyNl,
  ...consentNl,
  ...marketingNl,
  ...dsaNl,
  ...consoleAreas,
};
const sv: Catalog = {
  ...shopSv,
  ...portalSv,
  ...mailSv,
  ...docSv,
  ...consoleEn,
  ...privacySv,
  ...consentSv,
  ...marketingSv,
  ...dsaSv,
  ...consoleAreas,
};
const es: Catalog = {
  ...shopEs,
  ...portalEs,
  ...mailEs,
  ...docEs,
  ...consoleEn,
  ...privacyEs,
  ...consentEs,
  ...marketingEs,
  ...dsaEs,
  ...consoleAreas,
};
const it: Catalog = {
  ...shopIt,
  ...portalIt,
  ...mailIt,
  ...docIt,
  ...consoleEn,
  ...privacyIt,
  ...consentIt,
  ...marketingIt,
  ...dsaIt,
  ...consoleAreas,
};

export const CATALOGS: Readonly<Record<string, Catalog>> = { en, fr, de, nl, sv, es, it };
