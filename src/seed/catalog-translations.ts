/**
 * The demo catalog in every language (issue 13): category names, attribute labels, colour names
 * and product descriptions written from one template per language and product kind. English is
 * the source (on the catalog rows); the six other languages are stored beside it.
 */
import { storageLabel } from '../modules/catalog/catalog.rules.ts';
import type { FamilySeed } from './catalog-data.ts';

export const CONTENT_LANGUAGES = ['fr', 'de', 'nl', 'sv', 'es', 'it'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
type Words = Record<ContentLanguage, string>;

const w = (fr: string, de: string, nl: string, sv: string, es: string, it: string): Words => ({
  fr,
  de,
  nl,
  sv,
  es,
  it,
});

/** Category names that are words (brand and model names read the same everywhere). */
export const CATEGORY_NAMES: Readonly<Record<string, Words>> = {
  Smartphones: w('Smartphones', 'Smartphones', 'Smartphones', 'Mobiltelefoner', 'Smartphones', 'Smartphone'),
  Laptops: w('Ordinateurs portables', 'Laptops', 'Laptops', 'Bärbara datorer', 'Portátiles', 'Portatili'),
  'Windows laptops': w(
    'PC portables Windows',
    'Windows-Laptops',
    'Windows-laptops',
    'Windows-datorer',
    'Portátiles Windows',
    'Portatili Windows',
  ),
  Tablets: w('Tablettes', 'Tablets', 'Tablets', 'Surfplattor', 'Tablets', 'Tablet'),
  'Android tablets': w(
    'Tablettes Android',
    'Android-Tablets',
    'Android-tablets',
    'Android-surfplattor',
    'Tablets Android',
    'Tablet Android',
  ),
  Consoles: w('Consoles', 'Spielkonsolen', 'Spelcomputers', 'Spelkonsoler', 'Consolas', 'Console'),
  Smartwatches: w(
    'Montres connectées',
    'Smartwatches',
    'Smartwatches',
    'Smartklockor',
    'Relojes inteligentes',
    'Smartwatch',
  ),
  Audio: w('Audio', 'Audio', 'Audio', 'Ljud', 'Audio', 'Audio'),
  Headphones: w('Casques et écouteurs', 'Kopfhörer', 'Koptelefoons', 'Hörlurar', 'Auriculares', 'Cuffie'),
  Speakers: w('Enceintes', 'Lautsprecher', 'Speakers', 'Högtalare', 'Altavoces', 'Altoparlanti'),
  'Sony headphones': w(
    'Casques Sony',
    'Sony-Kopfhörer',
    'Sony-koptelefoons',
    'Sony-hörlurar',
    'Auriculares Sony',
    'Cuffie Sony',
  ),
  'Sonos speakers': w(
    'Enceintes Sonos',
    'Sonos-Lautsprecher',
    'Sonos-speakers',
    'Sonos-högtalare',
    'Altavoces Sonos',
    'Altoparlanti Sonos',
  ),
};

/** A category's name in a language: its translation, or its (brand) name as it is. */
export const categoryNameIn = (name: string, language: ContentLanguage): string =>
  CATEGORY_NAMES[name]?.[language] ?? name;

/** Attribute labels by attribute key. */
export const ATTRIBUTE_LABELS: Readonly<Record<string, Words>> = {
  brand: w('Marque', 'Marke', 'Merk', 'Märke', 'Marca', 'Marca'),
  colour: w('Couleur', 'Farbe', 'Kleur', 'Färg', 'Color', 'Colore'),
  release_year: w(
    'Année de sortie',
    'Erscheinungsjahr',
    'Jaar van uitgave',
    'Lanseringsår',
    'Año de lanzamiento',
    'Anno di uscita',
  ),
  storage: w('Stockage', 'Speicherplatz', 'Opslag', 'Lagring', 'Almacenamiento', 'Capacità'),
  screen: w(
    'Taille d’écran',
    'Bildschirmgröße',
    'Schermgrootte',
    'Skärmstorlek',
    'Tamaño de pantalla',
    'Dimensioni dello schermo',
  ),
  '5g': w('5G', '5G', '5G', '5G', '5G', '5G'),
  dual_sim: w('Double SIM', 'Dual-SIM', 'Dual-sim', 'Dubbla SIM-kort', 'Dual SIM', 'Dual SIM'),
  ram: w('Mémoire vive', 'Arbeitsspeicher', 'Werkgeheugen', 'Arbetsminne', 'Memoria RAM', 'Memoria RAM'),
  keyboard: w(
    'Disposition du clavier',
    'Tastaturlayout',
    'Toetsenbordindeling',
    'Tangentbordslayout',
    'Distribución del teclado',
    'Layout della tastiera',
  ),
  connectivity: w(
    'Connectivité',
    'Konnektivität',
    'Connectiviteit',
    'Anslutning',
    'Conectividad',
    'Connettività',
  ),
  cellular: w('Réseau mobile', 'Mobilfunk', 'Mobiel netwerk', 'Mobilnät', 'Conexión móvil', 'Rete cellulare'),
};

/** Colour names (the `colour` attribute's values), by their English name. */
export const COLOUR_NAMES: Readonly<Record<string, Words>> = {
  Black: w('Noir', 'Schwarz', 'Zwart', 'Svart', 'Negro', 'Nero'),
  White: w('Blanc', 'Weiß', 'Wit', 'Vit', 'Blanco', 'Bianco'),
  Blue: w('Bleu', 'Blau', 'Blauw', 'Blå', 'Azul', 'Blu'),
  Midnight: w('Minuit', 'Mitternacht', 'Middernacht', 'Midnatt', 'Medianoche', 'Mezzanotte'),
  Starlight: w(
    'Lumière stellaire',
    'Polarstern',
    'Sterrenlicht',
    'Stjärnglans',
    'Blanco estelar',
    'Galassia',
  ),
  Pink: w('Rose', 'Pink', 'Roze', 'Rosa', 'Rosa', 'Rosa'),
  Purple: w('Mauve', 'Lila', 'Paars', 'Lila', 'Morado', 'Viola'),
  Red: w('Rouge', 'Rot', 'Rood', 'Röd', 'Rojo', 'Rosso'),
  'Natural Titanium': w(
    'Titane naturel',
    'Titan Natur',
    'Naturel titanium',
    'Naturligt titan',
    'Titanio natural',
    'Titanio naturale',
  ),
  'Phantom Black': w(
    'Noir fantôme',
    'Phantomschwarz',
    'Fantoomzwart',
    'Fantomsvart',
    'Negro fantasma',
    'Nero fantasma',
  ),
  Green: w('Vert', 'Grün', 'Groen', 'Grön', 'Verde', 'Verde'),
  Lavender: w('Lavande', 'Lavendel', 'Lavendel', 'Lavendel', 'Lavanda', 'Lavanda'),
  Graphite: w('Graphite', 'Graphit', 'Grafiet', 'Grafit', 'Grafito', 'Grafite'),
  Lime: w('Citron vert', 'Limette', 'Limoen', 'Limegrön', 'Lima', 'Lime'),
  Violet: w('Violet', 'Violett', 'Violet', 'Violett', 'Violeta', 'Violetto'),
  Cream: w('Crème', 'Creme', 'Crème', 'Gräddvit', 'Crema', 'Crema'),
  Obsidian: w('Obsidienne', 'Obsidian', 'Obsidiaan', 'Obsidian', 'Obsidiana', 'Ossidiana'),
  Snow: w('Neige', 'Schnee', 'Sneeuw', 'Snö', 'Nieve', 'Neve'),
  Lemongrass: w('Citronnelle', 'Zitronengras', 'Citroengras', 'Citrongräs', 'Limoncillo', 'Citronella'),
  Hazel: w('Noisette', 'Hasel', 'Hazelnoot', 'Hassel', 'Avellana', 'Nocciola'),
  Rose: w('Rose poudré', 'Rosé', 'Rosé', 'Rosé', 'Rosa palo', 'Rosa cipria'),
  'Space Grey': w('Gris sidéral', 'Space Grau', 'Spacegrijs', 'Rymdgrå', 'Gris espacial', 'Grigio siderale'),
  Silver: w('Argent', 'Silber', 'Zilver', 'Silver', 'Plata', 'Argento'),
  'Platinum Silver': w(
    'Argent platine',
    'Platinsilber',
    'Platinazilver',
    'Platinasilver',
    'Plata platino',
    'Argento platino',
  ),
  'Sky Blue': w('Bleu ciel', 'Himmelblau', 'Hemelsblauw', 'Himmelsblå', 'Azul cielo', 'Azzurro cielo'),
  'Jet Black': w('Noir de jais', 'Tiefschwarz', 'Gitzwart', 'Kolsvart', 'Negro azabache', 'Nero corvino'),
  'Neon Red/Blue': w(
    'Rouge néon/Bleu néon',
    'Neonrot/Neonblau',
    'Neonrood/neonblauw',
    'Neonröd/neonblå',
    'Rojo neón/Azul neón',
    'Rosso neon/Blu neon',
  ),
  Turquoise: w('Turquoise', 'Türkis', 'Turquoise', 'Turkos', 'Turquesa', 'Turchese'),
  'Pink Gold': w('Or rose', 'Roségold', 'Roségoud', 'Roséguld', 'Oro rosa', 'Oro rosa'),
};

export const colourIn = (colour: string, language: ContentLanguage | 'en'): string =>
  language === 'en' ? colour : (COLOUR_NAMES[colour]?.[language] ?? colour);

type Kind = FamilySeed['kind'];
type Template = {
  /** The product and its colour, refurbished by a professional. */
  intro: (title: string, colour: string) => string;
  checks: Record<Kind, string>;
  battery: string;
};

/** Description templates; never "comme neuf"/"état neuf" in French (domain-rules §1.1). */
const TEMPLATES: Record<ContentLanguage | 'en', Template> = {
  en: {
    intro: (t, c) => `${t} in ${c}, refurbished by a professional seller.`,
    checks: {
      phone:
        'Screen, cameras, buttons, sensors and network are tested, its data is erased and it is unlocked for every carrier.',
      laptop:
        'Screen, keyboard, trackpad, ports and Wi-Fi are tested, its drive is erased and the operating system reinstalled.',
      tablet: 'Screen, cameras, buttons and Wi-Fi are tested and its data is erased.',
      console:
        'Every port, the controller connection and the video output are tested, and it is reset to factory settings.',
      watch:
        'Screen, sensors, crown and buttons are tested, and it is erased and unpaired from its previous owner.',
      audio:
        'Sound on every channel, microphones, controls and Bluetooth are tested, and it is cleaned and reset to factory settings.',
    },
    battery: 'Its battery holds at least 80 % of its original capacity.',
  },
  fr: {
    intro: (t, c) => `${t}, coloris ${c}. Produit reconditionné par un vendeur professionnel.`,
    checks: {
      phone:
        'Écran, appareils photo, boutons, capteurs et réseau sont testés ; ses données sont effacées et il est débloqué tout opérateur.',
      laptop:
        'Écran, clavier, pavé tactile, ports et Wi-Fi sont testés ; le disque est effacé et le système d’exploitation réinstallé.',
      tablet: 'Écran, appareils photo, boutons et Wi-Fi sont testés, et ses données sont effacées.',
      console:
        'Tous les ports, la connexion des manettes et la sortie vidéo sont testés, et la console est remise aux réglages d’usine.',
      watch:
        'Écran, capteurs, couronne et boutons sont testés ; la montre est effacée et dissociée de son ancien propriétaire.',
      audio:
        'Le son sur chaque canal, les micros, les commandes et le Bluetooth sont testés ; l’appareil est nettoyé et remis aux réglages d’usine.',
    },
    battery: 'Sa batterie conserve au moins 80 % de sa capacité d’origine.',
  },
  de: {
    intro: (t, c) => `${t} in ${c}, von einem professionellen Händler generalüberholt.`,
    checks: {
      phone:
        'Display, Kameras, Tasten, Sensoren und Netz sind geprüft, die Daten sind gelöscht und das Gerät ist für alle Netze entsperrt.',
      laptop:
        'Display, Tastatur, Trackpad, Anschlüsse und WLAN sind geprüft, das Laufwerk ist gelöscht und das Betriebssystem neu installiert.',
      tablet: 'Display, Kameras, Tasten und WLAN sind geprüft, die Daten sind gelöscht.',
      console:
        'Alle Anschlüsse, die Controller-Verbindung und der Videoausgang sind geprüft, die Konsole ist auf Werkseinstellungen zurückgesetzt.',
      watch:
        'Display, Sensoren, Krone und Tasten sind geprüft, die Uhr ist gelöscht und vom früheren Besitzer entkoppelt.',
      audio:
        'Klang auf allen Kanälen, Mikrofone, Bedienelemente und Bluetooth sind geprüft, das Gerät ist gereinigt und auf Werkseinstellungen zurückgesetzt.',
    },
    battery: 'Der Akku hat mindestens 80 % seiner ursprünglichen Kapazität.',
  },
  nl: {
    intro: (t, c) => `${t} in ${c}, gereviseerd door een professionele verkoper.`,
    checks: {
      phone:
        'Scherm, camera’s, knoppen, sensoren en netwerk zijn getest, de gegevens zijn gewist en het toestel is simlockvrij.',
      laptop:
        'Scherm, toetsenbord, trackpad, poorten en wifi zijn getest, de schijf is gewist en het besturingssysteem opnieuw geïnstalleerd.',
      tablet: 'Scherm, camera’s, knoppen en wifi zijn getest en de gegevens zijn gewist.',
      console:
        'Alle poorten, de controllerverbinding en de video-uitgang zijn getest en de console is teruggezet naar de fabrieksinstellingen.',
      watch:
        'Scherm, sensoren, kroon en knoppen zijn getest en het horloge is gewist en ontkoppeld van de vorige eigenaar.',
      audio:
        'Geluid op elk kanaal, microfoons, bediening en bluetooth zijn getest en het apparaat is gereinigd en teruggezet naar de fabrieksinstellingen.',
    },
    battery: 'De batterij heeft nog minstens 80 % van de oorspronkelijke capaciteit.',
  },
  sv: {
    intro: (t, c) => `${t} i färgen ${c}. Produkten är renoverad av en professionell säljare.`,
    checks: {
      phone:
        'Skärm, kameror, knappar, sensorer och nätverk är testade, all data är raderad och telefonen är olåst för alla operatörer.',
      laptop:
        'Skärm, tangentbord, styrplatta, portar och wifi är testade, disken är raderad och operativsystemet ominstallerat.',
      tablet: 'Skärm, kameror, knappar och wifi är testade och all data är raderad.',
      console:
        'Alla portar, handkontrollernas anslutning och videoutgången är testade och konsolen är återställd till fabriksinställningarna.',
      watch:
        'Skärm, sensorer, krona och knappar är testade och klockan är raderad och bortkopplad från sin tidigare ägare.',
      audio:
        'Ljudet i alla kanaler, mikrofoner, kontroller och Bluetooth är testade och enheten är rengjord och återställd till fabriksinställningarna.',
    },
    battery: 'Batteriet har minst 80 % av sin ursprungliga kapacitet.',
  },
  es: {
    intro: (t, c) => `${t} en color ${c}. Producto reacondicionado por un vendedor profesional.`,
    checks: {
      phone:
        'Pantalla, cámaras, botones, sensores y red están probados, sus datos se han borrado y está libre para cualquier operador.',
      laptop:
        'Pantalla, teclado, trackpad, puertos y wifi están probados, el disco se ha borrado y el sistema operativo se ha reinstalado.',
      tablet: 'Pantalla, cámaras, botones y wifi están probados y sus datos se han borrado.',
      console:
        'Todos los puertos, la conexión de los mandos y la salida de vídeo están probados, y la consola se ha restablecido a los ajustes de fábrica.',
      watch:
        'Pantalla, sensores, corona y botones están probados, y el reloj se ha borrado y desvinculado de su anterior propietario.',
      audio:
        'El sonido de cada canal, los micrófonos, los controles y el Bluetooth están probados, y el aparato se ha limpiado y restablecido a los ajustes de fábrica.',
    },
    battery: 'Su batería conserva al menos el 80 % de su capacidad original.',
  },
  it: {
    intro: (t, c) => `${t}, colore ${c}. Prodotto ricondizionato da un venditore professionale.`,
    checks: {
      phone:
        'Schermo, fotocamere, tasti, sensori e rete sono collaudati, i dati sono cancellati ed è sbloccato per qualsiasi operatore.',
      laptop:
        'Schermo, tastiera, trackpad, porte e Wi-Fi sono collaudati, il disco è cancellato e il sistema operativo reinstallato.',
      tablet: 'Schermo, fotocamere, tasti e Wi-Fi sono collaudati e i dati sono cancellati.',
      console:
        'Tutte le porte, la connessione dei controller e l’uscita video sono collaudate, e la console è ripristinata alle impostazioni di fabbrica.',
      watch:
        'Schermo, sensori, corona e tasti sono collaudati, e l’orologio è cancellato e dissociato dal precedente proprietario.',
      audio:
        'Il suono su ogni canale, i microfoni, i comandi e il Bluetooth sono collaudati, e il dispositivo è pulito e ripristinato alle impostazioni di fabbrica.',
    },
    battery: 'La batteria conserva almeno l’80 % della capacità originale.',
  },
};

const HAS_BATTERY: ReadonlySet<Kind> = new Set(['phone', 'laptop', 'tablet', 'watch']);

/** A product's description in a language, from its kind, model, storage and colour. */
export function describeProduct(
  language: ContentLanguage | 'en',
  p: { kind: Kind; model: string; storageGb: number | null; colour: string },
): string {
  const t = TEMPLATES[language];
  const title = [p.model, storageLabel(p.storageGb)].filter(Boolean).join(' ');
  return [
    t.intro(title, colourIn(p.colour, language)),
    t.checks[p.kind],
    HAS_BATTERY.has(p.kind) ? t.battery : '',
  ]
    .filter(Boolean)
    .join(' ');
}
