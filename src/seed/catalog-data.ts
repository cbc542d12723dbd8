/** The demo catalog: a three-level category tree and product families expanded by storage × colour. */

export type CategorySeed = { slug: string; name: string; children?: CategorySeed[] };

export const CATEGORY_TREE: CategorySeed[] = [
  {
    slug: 'smartphones',
    name: 'Smartphones',
    children: [
      { slug: 'iphone', name: 'iPhone', children: leaves(['iPhone 12', 'iPhone 13', 'iPhone 14', 'iPhone 15', 'iPhone SE']) },
      { slug: 'samsung-galaxy', name: 'Samsung Galaxy', children: leaves(['Galaxy S', 'Galaxy A', 'Galaxy Z']) },
      { slug: 'google-pixel', name: 'Google Pixel', children: leaves(['Pixel 7', 'Pixel 8']) },
    ],
  },
  {
    slug: 'laptops',
    name: 'Laptops',
    children: [
      { slug: 'macbook', name: 'MacBook', children: leaves(['MacBook Air', 'MacBook Pro']) },
      { slug: 'windows-laptops', name: 'Windows laptops', children: leaves(['Dell XPS', 'Lenovo ThinkPad']) },
    ],
  },
  {
    slug: 'tablets',
    name: 'Tablets',
    children: [
      { slug: 'apple-ipad', name: 'iPad', children: leaves(['iPad', 'iPad Air', 'iPad Pro']) },
      { slug: 'android-tablets', name: 'Android tablets', children: leaves(['Galaxy Tab']) },
    ],
  },
  {
    slug: 'consoles',
    name: 'Consoles',
    children: [
      { slug: 'playstation', name: 'PlayStation', children: leaves(['PlayStation 5', 'PlayStation 4']) },
      { slug: 'nintendo', name: 'Nintendo', children: leaves(['Nintendo Switch']) },
      { slug: 'xbox', name: 'Xbox', children: leaves(['Xbox Series']) },
    ],
  },
  {
    slug: 'watches',
    name: 'Smartwatches',
    children: [
      { slug: 'apple-watch', name: 'Apple Watch', children: leaves(['Apple Watch Series', 'Apple Watch SE']) },
      { slug: 'samsung-galaxy-watch', name: 'Galaxy Watch', children: leaves(['Galaxy Watch']) },
    ],
  },
  {
    slug: 'audio',
    name: 'Audio',
    children: [
      { slug: 'headphones', name: 'Headphones', children: leaves(['AirPods', 'Sony headphones']) },
      { slug: 'speakers', name: 'Speakers', children: leaves(['Sonos speakers']) },
    ],
  },
];

function leaves(names: string[]): CategorySeed[] {
  return names.map((name) => ({ slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name }));
}

export type FamilySeed = {
  leaf: string;
  brand: string;
  models: string[];
  storages: Array<number | null>;
  colours: string[];
  /** New-price reference for the smallest storage, in EUR cents; refurbished prices derive from it. */
  basePriceEur: number;
  year: number;
  kind: 'phone' | 'laptop' | 'tablet' | 'console' | 'watch' | 'audio';
};

export const FAMILIES: FamilySeed[] = [
  { leaf: 'iphone-12', brand: 'Apple', models: ['iPhone 12', 'iPhone 12 mini', 'iPhone 12 Pro'], storages: [64, 128, 256], colours: ['Black', 'White', 'Blue'], basePriceEur: 32000, year: 2020, kind: 'phone' },
  { leaf: 'iphone-13', brand: 'Apple', models: ['iPhone 13', 'iPhone 13 mini', 'iPhone 13 Pro', 'iPhone 13 Pro Max'], storages: [128, 256, 512], colours: ['Midnight', 'Starlight', 'Pink', 'Blue'], basePriceEur: 42000, year: 2021, kind: 'phone' },
  { leaf: 'iphone-14', brand: 'Apple', models: ['iPhone 14', 'iPhone 14 Plus', 'iPhone 14 Pro'], storages: [128, 256], colours: ['Midnight', 'Purple', 'Red'], basePriceEur: 52000, year: 2022, kind: 'phone' },
  { leaf: 'iphone-15', brand: 'Apple', models: ['iPhone 15', 'iPhone 15 Pro'], storages: [128, 256], colours: ['Black', 'Blue', 'Natural Titanium'], basePriceEur: 65000, year: 2023, kind: 'phone' },
  { leaf: 'iphone-se', brand: 'Apple', models: ['iPhone SE (2022)'], storages: [64, 128], colours: ['Midnight', 'Starlight', 'Red'], basePriceEur: 19000, year: 2022, kind: 'phone' },
  { leaf: 'galaxy-s', brand: 'Samsung', models: ['Galaxy S21', 'Galaxy S22', 'Galaxy S23 Ultra'], storages: [128, 256], colours: ['Phantom Black', 'Green', 'Lavender'], basePriceEur: 38000, year: 2022, kind: 'phone' },
  { leaf: 'galaxy-a', brand: 'Samsung', models: ['Galaxy A54', 'Galaxy A34'], storages: [128], colours: ['Graphite', 'Lime', 'Violet'], basePriceEur: 19000, year: 2023, kind: 'phone' },
  { leaf: 'galaxy-z', brand: 'Samsung', models: ['Galaxy Z Flip5', 'Galaxy Z Fold5'], storages: [256, 512], colours: ['Graphite', 'Cream'], basePriceEur: 70000, year: 2023, kind: 'phone' },
  { leaf: 'pixel-7', brand: 'Google', models: ['Pixel 7', 'Pixel 7 Pro', 'Pixel 7a'], storages: [128, 256], colours: ['Obsidian', 'Snow', 'Lemongrass'], basePriceEur: 33000, year: 2022, kind: 'phone' },
  { leaf: 'pixel-8', brand: 'Google', models: ['Pixel 8', 'Pixel 8 Pro'], storages: [128, 256], colours: ['Obsidian', 'Hazel', 'Rose'], basePriceEur: 48000, year: 2023, kind: 'phone' },
  { leaf: 'macbook-air', brand: 'Apple', models: ['MacBook Air 13" M1', 'MacBook Air 13" M2', 'MacBook Air 15" M2'], storages: [256, 512], colours: ['Space Grey', 'Silver', 'Midnight'], basePriceEur: 70000, year: 2022, kind: 'laptop' },
  { leaf: 'macbook-pro', brand: 'Apple', models: ['MacBook Pro 14" M1 Pro', 'MacBook Pro 16" M1 Pro', 'MacBook Pro 13" M2'], storages: [512, 1024], colours: ['Space Grey', 'Silver'], basePriceEur: 120000, year: 2021, kind: 'laptop' },
  { leaf: 'dell-xps', brand: 'Dell', models: ['XPS 13 9310', 'XPS 15 9510'], storages: [256, 512, 1024], colours: ['Platinum Silver'], basePriceEur: 80000, year: 2021, kind: 'laptop' },
  { leaf: 'lenovo-thinkpad', brand: 'Lenovo', models: ['ThinkPad X1 Carbon Gen 9', 'ThinkPad T14 Gen 2', 'ThinkPad E14'], storages: [256, 512], colours: ['Black'], basePriceEur: 65000, year: 2021, kind: 'laptop' },
  { leaf: 'ipad', brand: 'Apple', models: ['iPad 9th gen', 'iPad 10th gen'], storages: [64, 256], colours: ['Space Grey', 'Silver', 'Blue'], basePriceEur: 33000, year: 2022, kind: 'tablet' },
  { leaf: 'ipad-air', brand: 'Apple', models: ['iPad Air 4th gen', 'iPad Air 5th gen'], storages: [64, 256], colours: ['Space Grey', 'Sky Blue', 'Purple'], basePriceEur: 55000, year: 2022, kind: 'tablet' },
  { leaf: 'ipad-pro', brand: 'Apple', models: ['iPad Pro 11" 3rd gen', 'iPad Pro 12.9" 5th gen'], storages: [128, 256, 512], colours: ['Space Grey', 'Silver'], basePriceEur: 85000, year: 2021, kind: 'tablet' },
  { leaf: 'galaxy-tab', brand: 'Samsung', models: ['Galaxy Tab S8', 'Galaxy Tab S7 FE', 'Galaxy Tab A8'], storages: [64, 128], colours: ['Graphite', 'Silver'], basePriceEur: 30000, year: 2022, kind: 'tablet' },
  { leaf: 'playstation-5', brand: 'Sony', models: ['PlayStation 5', 'PlayStation 5 Digital Edition'], storages: [825], colours: ['White'], basePriceEur: 45000, year: 2020, kind: 'console' },
  { leaf: 'playstation-4', brand: 'Sony', models: ['PlayStation 4 Slim', 'PlayStation 4 Pro'], storages: [500, 1000], colours: ['Jet Black'], basePriceEur: 25000, year: 2016, kind: 'console' },
  { leaf: 'nintendo-switch', brand: 'Nintendo', models: ['Switch OLED', 'Switch', 'Switch Lite'], storages: [32, 64], colours: ['White', 'Neon Red/Blue', 'Turquoise'], basePriceEur: 25000, year: 2021, kind: 'console' },
  { leaf: 'xbox-series', brand: 'Microsoft', models: ['Xbox Series X', 'Xbox Series S'], storages: [512, 1024], colours: ['Black', 'White'], basePriceEur: 40000, year: 2020, kind: 'console' },
  { leaf: 'apple-watch-series', brand: 'Apple', models: ['Apple Watch Series 8 41mm', 'Apple Watch Series 8 45mm', 'Apple Watch Series 9 45mm'], storages: [null], colours: ['Midnight', 'Starlight', 'Silver', 'Red'], basePriceEur: 35000, year: 2022, kind: 'watch' },
  { leaf: 'apple-watch-se', brand: 'Apple', models: ['Apple Watch SE 40mm', 'Apple Watch SE 44mm'], storages: [null], colours: ['Midnight', 'Starlight', 'Silver'], basePriceEur: 25000, year: 2022, kind: 'watch' },
  { leaf: 'galaxy-watch', brand: 'Samsung', models: ['Galaxy Watch5 40mm', 'Galaxy Watch6 44mm'], storages: [null], colours: ['Graphite', 'Silver', 'Pink Gold'], basePriceEur: 27000, year: 2023, kind: 'watch' },
  { leaf: 'airpods', brand: 'Apple', models: ['AirPods Pro (2nd gen)', 'AirPods (3rd gen)', 'AirPods Max'], storages: [null], colours: ['White', 'Space Grey'], basePriceEur: 25000, year: 2022, kind: 'audio' },
  { leaf: 'sony-headphones', brand: 'Sony', models: ['WH-1000XM4', 'WH-1000XM5', 'WF-1000XM4'], storages: [null], colours: ['Black', 'Silver'], basePriceEur: 30000, year: 2021, kind: 'audio' },
  { leaf: 'sonos-speakers', brand: 'Sonos', models: ['Sonos One', 'Sonos Roam', 'Sonos Move'], storages: [null], colours: ['Black', 'White'], basePriceEur: 22000, year: 2021, kind: 'audio' },
];

export const SELLER_NAMES = [
  'ReNew Lab', 'Phoenix Devices', 'GreenCell Refurb', 'Second Byte', 'Tech Revive', 'Circular Tech', 'ReSmart',
  'Azur Reconditionné', 'Berlin Refurb Works', 'Nordic ReTech', 'Amsterdam Phone Care', 'Madrid Renueva', 'Milano Ricondizionati',
  'Bruxelles Reboot', 'London Refurbished Co', 'Brooklyn Renewed', 'Lyon Tech Seconde Vie', 'Hamburg Geräte Neu', 'Stockholm Återbruk',
  'Valencia Verde Tech', 'Torino ReLife', 'Gent Green Gadgets', 'Rotterdam ReUse', 'Bordeaux Mobiles', 'München Refurb',
  'Manchester Mobiles', 'Austin Renewed', 'Sevilla Segunda Vida', 'Napoli Tecnologia', 'Lille Relife',
];
