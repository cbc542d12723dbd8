import { GRADES, type Grade } from './grades.ts';

/**
 * What shoppers, sellers and documents call each grade, and what it looks like, in every language
 * of the platform. The codes (`EXCELLENT`, `VERY_GOOD`, `STALLONE`) are Back Market's seller-API
 * values: they stay on the machine interfaces (/api/v1, /ws) and never reach a person.
 *
 * STALLONE is the seller API's lowest aesthetic tier: /ws reports it as Fair (ws-present.ts
 * PRODUCT_CONDITION) and it is priced below Fair. It gets its own name ("Well used") so that a
 * product offering both never shows two "Fair" grades side by side.
 *
 * Definitions follow Back Market's appearance definitions (domain-rules §1.1): appearance only,
 * every grade is fully functional. French never says "comme neuf" / "état neuf" / "à neuf" of a
 * refurbished product (Code de la consommation R.122-5).
 */
export const GRADE_LANGUAGES = ['en', 'fr', 'de', 'nl', 'sv', 'es', 'it'] as const;
export type GradeLanguage = (typeof GRADE_LANGUAGES)[number];

type GradeText = { name: string; definition: string };

const TEXTS: Record<GradeLanguage, Record<Grade, GradeText>> = {
  en: {
    PREMIUM: {
      name: 'Premium',
      definition:
        'Flawless screen and body with no signs of use. 100 % genuine manufacturer parts and battery.',
    },
    EXCELLENT: {
      name: 'Excellent',
      definition:
        'Almost no signs of use: the body may have very light micro-scratches, invisible from 20 cm. The screen has no scratches.',
    },
    VERY_GOOD: {
      name: 'Very good',
      definition:
        'Very light signs of use: the body may have a few fine micro-scratches, barely visible. The screen has no scratches.',
    },
    GOOD: {
      name: 'Good',
      definition:
        'Light signs of use: the body may have light micro-scratches, invisible at arm’s length (50 cm). The screen has no scratches.',
    },
    FAIR: {
      name: 'Fair',
      definition:
        'Visible signs of use: the body may have visible scratches and small dents that don’t affect how it works. The screen may have light scratches, slightly visible when it is on.',
    },
    STALLONE: {
      name: 'Well used',
      definition:
        'Clear signs of heavy use: many visible scratches and dents on the body, and visible scratches on the screen. Fully functional, like every grade.',
    },
  },
  fr: {
    PREMIUM: {
      name: 'Premium',
      definition:
        'Écran et coque impeccables, sans aucune trace d’utilisation. Pièces et batterie d’origine du fabricant à 100 %.',
    },
    EXCELLENT: {
      name: 'Excellent',
      definition:
        'Quasiment aucune trace d’usure : la coque peut présenter de très légères micro-rayures, invisibles à 20 cm. L’écran ne présente aucune rayure.',
    },
    VERY_GOOD: {
      name: 'Très bon état',
      definition:
        'Très légères traces d’usure : la coque peut présenter quelques fines micro-rayures, à peine visibles. L’écran ne présente aucune rayure.',
    },
    GOOD: {
      name: 'Bon état',
      definition:
        'Légères traces d’usure : la coque peut présenter de fines micro-rayures, invisibles à bout de bras (50 cm). L’écran ne présente aucune rayure.',
    },
    FAIR: {
      name: 'État correct',
      definition:
        'Traces d’usure visibles : la coque peut présenter des rayures et de petits chocs sans effet sur le fonctionnement. L’écran peut présenter de légères rayures, peu visibles une fois allumé.',
    },
    STALLONE: {
      name: 'État d’usage',
      definition:
        'Traces d’utilisation marquées : nombreuses rayures et chocs visibles sur la coque, rayures visibles sur l’écran. Parfaitement fonctionnel, comme dans tous les états.',
    },
  },
  de: {
    PREMIUM: {
      name: 'Premium',
      definition:
        'Makelloses Display und Gehäuse ohne Gebrauchsspuren. Zu 100 % originale Herstellerteile und Originalakku.',
    },
    EXCELLENT: {
      name: 'Hervorragend',
      definition:
        'Kaum Gebrauchsspuren: Das Gehäuse kann sehr feine Mikrokratzer haben, die aus 20 cm Abstand nicht zu sehen sind. Das Display ist kratzerfrei.',
    },
    VERY_GOOD: {
      name: 'Sehr gut',
      definition:
        'Sehr leichte Gebrauchsspuren: Das Gehäuse kann einige feine, kaum sichtbare Mikrokratzer haben. Das Display ist kratzerfrei.',
    },
    GOOD: {
      name: 'Gut',
      definition:
        'Leichte Gebrauchsspuren: Das Gehäuse kann feine Mikrokratzer haben, die auf Armlänge (50 cm) nicht zu sehen sind. Das Display ist kratzerfrei.',
    },
    FAIR: {
      name: 'Akzeptabel',
      definition:
        'Sichtbare Gebrauchsspuren: Das Gehäuse kann sichtbare Kratzer und kleine Dellen haben, die die Funktion nicht beeinträchtigen. Das Display kann leichte Kratzer haben, die im eingeschalteten Zustand kaum auffallen.',
    },
    STALLONE: {
      name: 'Stark gebraucht',
      definition:
        'Deutliche Spuren intensiver Nutzung: zahlreiche sichtbare Kratzer und Dellen am Gehäuse, sichtbare Kratzer auf dem Display. Voll funktionsfähig, wie in jedem Zustand.',
    },
  },
  nl: {
    PREMIUM: {
      name: 'Premium',
      definition:
        'Scherm en behuizing zijn smetteloos, zonder gebruikssporen. 100 % originele onderdelen en batterij van de fabrikant.',
    },
    EXCELLENT: {
      name: 'Uitstekend',
      definition:
        'Nauwelijks gebruikssporen: de behuizing kan zeer lichte microkrasjes hebben, onzichtbaar vanaf 20 cm. Het scherm heeft geen krassen.',
    },
    VERY_GOOD: {
      name: 'Zeer goed',
      definition:
        'Zeer lichte gebruikssporen: de behuizing kan enkele fijne, nauwelijks zichtbare microkrasjes hebben. Het scherm heeft geen krassen.',
    },
    GOOD: {
      name: 'Goed',
      definition:
        'Lichte gebruikssporen: de behuizing kan lichte microkrasjes hebben, onzichtbaar op armlengte (50 cm). Het scherm heeft geen krassen.',
    },
    FAIR: {
      name: 'Redelijk',
      definition:
        'Zichtbare gebruikssporen: de behuizing kan zichtbare krassen en kleine deukjes hebben die de werking niet beïnvloeden. Het scherm kan lichte krassen hebben, een beetje zichtbaar als het aan staat.',
    },
    STALLONE: {
      name: 'Zichtbaar gebruikt',
      definition:
        'Duidelijke sporen van intensief gebruik: veel zichtbare krassen en deuken op de behuizing en zichtbare krassen op het scherm. Werkt volledig, zoals in elke staat.',
    },
  },
  sv: {
    PREMIUM: {
      name: 'Premium',
      definition:
        'Felfri skärm och felfritt hölje utan spår av användning. Till 100 % originaldelar och originalbatteri från tillverkaren.',
    },
    EXCELLENT: {
      name: 'Utmärkt',
      definition:
        'Nästan inga tecken på användning: höljet kan ha mycket lätta mikrorepor som inte syns på 20 cm avstånd. Skärmen har inga repor.',
    },
    VERY_GOOD: {
      name: 'Mycket bra',
      definition:
        'Mycket lätta tecken på användning: höljet kan ha några fina, knappt synliga mikrorepor. Skärmen har inga repor.',
    },
    GOOD: {
      name: 'Bra',
      definition:
        'Lätta tecken på användning: höljet kan ha lätta mikrorepor som inte syns på armlängds avstånd (50 cm). Skärmen har inga repor.',
    },
    FAIR: {
      name: 'Godtagbart',
      definition:
        'Synliga tecken på användning: höljet kan ha synliga repor och små bucklor som inte påverkar funktionen. Skärmen kan ha lätta repor som syns något när den är påslagen.',
    },
    STALLONE: {
      name: 'Välanvänd',
      definition:
        'Tydliga spår av flitig användning: många synliga repor och bucklor på höljet och synliga repor på skärmen. Fungerar fullt ut, precis som i alla skick.',
    },
  },
  es: {
    PREMIUM: {
      name: 'Premium',
      definition:
        'Pantalla y carcasa impecables, sin ninguna señal de uso. Piezas y batería 100 % originales del fabricante.',
    },
    EXCELLENT: {
      name: 'Excelente',
      definition:
        'Casi sin señales de uso: la carcasa puede tener microarañazos muy leves, invisibles a 20 cm. La pantalla no tiene arañazos.',
    },
    VERY_GOOD: {
      name: 'Muy bueno',
      definition:
        'Señales de uso muy leves: la carcasa puede tener algunos microarañazos finos, apenas visibles. La pantalla no tiene arañazos.',
    },
    GOOD: {
      name: 'Bueno',
      definition:
        'Señales de uso leves: la carcasa puede tener microarañazos ligeros, invisibles a la distancia de un brazo (50 cm). La pantalla no tiene arañazos.',
    },
    FAIR: {
      name: 'Correcto',
      definition:
        'Señales de uso visibles: la carcasa puede tener arañazos visibles y pequeñas abolladuras que no afectan a su funcionamiento. La pantalla puede tener arañazos leves, algo visibles cuando está encendida.',
    },
    STALLONE: {
      name: 'Muy usado',
      definition:
        'Señales claras de uso intensivo: numerosos arañazos y abolladuras visibles en la carcasa y arañazos visibles en la pantalla. Funciona perfectamente, como en todos los estados.',
    },
  },
  it: {
    PREMIUM: {
      name: 'Premium',
      definition:
        'Schermo e scocca impeccabili, senza alcun segno d’uso. Ricambi e batteria originali del produttore al 100 %.',
    },
    EXCELLENT: {
      name: 'Eccellente',
      definition:
        'Quasi nessun segno d’uso: la scocca può avere micrograffi molto leggeri, invisibili a 20 cm. Lo schermo non ha graffi.',
    },
    VERY_GOOD: {
      name: 'Molto buono',
      definition:
        'Segni d’uso molto leggeri: la scocca può avere qualche micrograffio sottile, appena visibile. Lo schermo non ha graffi.',
    },
    GOOD: {
      name: 'Buono',
      definition:
        'Segni d’uso leggeri: la scocca può avere micrograffi leggeri, invisibili a un braccio di distanza (50 cm). Lo schermo non ha graffi.',
    },
    FAIR: {
      name: 'Discreto',
      definition:
        'Segni d’uso visibili: la scocca può avere graffi visibili e piccole ammaccature che non ne compromettono il funzionamento. Lo schermo può avere graffi leggeri, poco visibili quando è acceso.',
    },
    STALLONE: {
      name: 'Molto usato',
      definition:
        'Segni evidenti di uso intenso: numerosi graffi e ammaccature visibili sulla scocca e graffi visibili sullo schermo. Perfettamente funzionante, come in ogni condizione.',
    },
  },
};

/** The language of a locale in any of its forms (`fr-be`, `fr-BE`, `nl_BE`, `sv`); English otherwise. */
export function gradeLanguage(locale: string): GradeLanguage {
  const lang = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return (GRADE_LANGUAGES as readonly string[]).includes(lang) ? (lang as GradeLanguage) : 'en';
}

function textOf(grade: Grade | string, locale: string): GradeText | undefined {
  return (GRADES as readonly string[]).includes(grade)
    ? TEXTS[gradeLanguage(locale)][grade as Grade]
    : undefined;
}

/**
 * The name people read for a grade (`EXCELLENT` → "Excellent", `VERY_GOOD` → "Très bon état" in
 * French). Rows carry the grade as a string: the database only holds the six codes, so the raw
 * value comes back only for a value that is no grade at all.
 */
export function gradeName(grade: Grade | string, locale: string): string {
  return textOf(grade, locale)?.name ?? grade;
}

/** One or two sentences on what the device looks like (screen, body) in that grade. */
export function gradeDefinition(grade: Grade | string, locale: string): string {
  return textOf(grade, locale)?.definition ?? '';
}
