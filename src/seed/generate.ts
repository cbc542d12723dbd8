import {
  ean13CheckDigit,
  productNaming,
  productSearchText,
  slugify,
} from '../modules/catalog/catalog.rules.ts';
import type { ProductAttribute } from '../modules/catalog/catalog.schema.ts';
import type { QualityRates } from '../modules/offers/buybox.rules.ts';
import type { Grade } from '../modules/offers/grades.ts';
import { MARKETS, type Market } from '../platform/markets.ts';
import { CATEGORY_TREE, type CategorySeed, FAMILIES, type FamilySeed, SELLER_NAMES } from './catalog-data.ts';
import { describeProduct } from './catalog-translations.ts';

/** Deterministic PRNG (mulberry32), so the demo and benchmark datasets are reproducible. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof prng>;

export type GenCategory = {
  key: number;
  parentKey: number | null;
  level: number;
  slug: string;
  name: string;
  position: number;
};

export function flattenCategories(tree: CategorySeed[] = CATEGORY_TREE): GenCategory[] {
  const out: GenCategory[] = [];
  const walk = (nodes: CategorySeed[], parentKey: number | null, level: number) => {
    nodes.forEach((n, position) => {
      const key = out.length + 1;
      out.push({ key, parentKey, level, slug: n.slug, name: n.name, position });
      if (n.children) walk(n.children, key, level + 1);
    });
  };
  walk(tree, null, 1);
  return out;
}

export type GenProduct = {
  slug: string;
  categorySlug: string;
  brand: string;
  model: string;
  name: string;
  storageGb: number | null;
  colour: string;
  ean: string;
  releaseYear: number;
  /** In English; the other languages are written from the same template (catalog-translations). */
  description: string;
  kind: FamilySeed['kind'];
  attributes: ProductAttribute[];
  imageHue: number;
  searchText: string;
  /** Reference refurbished price (EUR cents) for the VERY_GOOD grade. */
  refPriceEur: number;
  popularityWeight: number;
};

function attributesFor(
  f: FamilySeed,
  model: string,
  storage: number | null,
  colour: string,
  r: Rng,
): ProductAttribute[] {
  const a: ProductAttribute[] = [
    { key: 'brand', label: 'Brand', type: 'string', value: f.brand },
    { key: 'colour', label: 'Colour', type: 'string', value: colour },
    { key: 'release_year', label: 'Release year', type: 'integer', value: f.year },
  ];
  if (storage) a.push({ key: 'storage', label: 'Storage', type: 'integer', value: storage, unit: 'GB' });
  if (f.kind === 'phone') {
    a.push({
      key: 'screen',
      label: 'Screen size',
      type: 'decimal',
      value: model.includes('mini')
        ? 5.4
        : model.includes('Max') || model.includes('Plus') || model.includes('Ultra')
          ? 6.7
          : 6.1,
      unit: 'in',
    });
    a.push({ key: '5g', label: '5G', type: 'boolean', value: f.year >= 2020 });
    a.push({ key: 'dual_sim', label: 'Dual SIM', type: 'boolean', value: r.chance(0.7) });
  } else if (f.kind === 'laptop') {
    a.push({ key: 'ram', label: 'Memory', type: 'integer', value: r.pick([8, 16, 32]), unit: 'GB' });
    a.push({
      key: 'keyboard',
      label: 'Keyboard layout',
      type: 'string',
      value: r.pick(['AZERTY', 'QWERTY', 'QWERTZ']),
    });
  } else if (f.kind === 'tablet') {
    a.push({
      key: 'connectivity',
      label: 'Connectivity',
      type: 'string',
      value: r.pick(['Wi-Fi', 'Wi-Fi + Cellular']),
    });
  } else if (f.kind === 'watch') {
    a.push({ key: 'cellular', label: 'Cellular', type: 'boolean', value: r.chance(0.4) });
  }
  return a;
}

/** Expand families into products; beyond the real catalog, numbered variants fill bigger tiers. */
export function generateProducts(count: number, seed = 42): GenProduct[] {
  const r = prng(seed);
  const base: Array<{ f: FamilySeed; model: string; storage: number | null; colour: string; si: number }> =
    [];
  for (const f of FAMILIES)
    for (const model of f.models)
      f.storages.forEach((storage, si) => {
        for (const colour of f.colours) base.push({ f, model, storage, colour, si });
      });
  // Shuffle deterministically so a small demo still spans every category.
  for (let i = base.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [base[i], base[j]] = [base[j]!, base[i]!];
  }
  const out: GenProduct[] = [];
  const slugs = new Set<string>();
  for (let i = 0; i < count; i++) {
    const b = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    const model = round === 0 ? b.model : `${b.model} (batch ${round + 1})`;
    const naming = productNaming({ brand: b.f.brand, model, storageGb: b.storage, colour: b.colour });
    const { name } = naming;
    let { slug } = naming;
    if (slugs.has(slug)) slug = `${slug}-${i}`;
    slugs.add(slug);
    const body = String(376_000_000_000 + i);
    const refPriceEur =
      Math.round((b.f.basePriceEur * (1 + b.si * 0.18) * (0.75 + r.next() * 0.4)) / 100) * 100 - 1;
    out.push({
      slug,
      categorySlug: b.f.leaf,
      brand: b.f.brand,
      model,
      name,
      storageGb: b.storage,
      colour: b.colour,
      ean: body + ean13CheckDigit(body),
      releaseYear: b.f.year,
      description: describeProduct('en', { kind: b.f.kind, model, storageGb: b.storage, colour: b.colour }),
      kind: b.f.kind,
      attributes: attributesFor(b.f, model, b.storage, b.colour, r),
      imageHue: Math.floor(r.next() * 360),
      searchText: '',
      refPriceEur,
      popularityWeight: 1 / (1 + (i % 97)) ** 0.9,
    });
  }
  return out;
}

export function withSearchText(p: GenProduct, categoryNames: string[]): GenProduct {
  return { ...p, searchText: productSearchText({ ...p, categoryNames }) };
}

export type GenSeller = {
  slug: string;
  name: string;
  legalName: string;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  tradeRegister: string;
  tradeRegisterNumber: string;
  vatNumber: string | null;
  email: string;
  phone: string;
  status: 'active' | 'suspended';
  verified: boolean;
  rates: {
    aestheticDefectBp: number;
    wrongProductBp: number;
    defectiveProductBp: number;
    wrongAccessoriesBp: number;
    lateDeliveryBp: number;
    cancellationBp: number;
  };
  /** Markets the seller lists in. */
  markets: Market['code'][];
};

const SELLER_COUNTRIES: Array<{
  country: string;
  city: string;
  register: string;
  postal: string;
  street: string;
  phone: string;
}> = [
  {
    country: 'FR',
    city: 'Paris',
    register: 'RCS Paris',
    postal: '75011',
    street: 'Rue du Commerce',
    phone: '+33 1',
  },
  {
    country: 'DE',
    city: 'Berlin',
    register: 'Handelsregister Berlin-Charlottenburg',
    postal: '10115',
    street: 'Hauptstraße',
    phone: '+49 30',
  },
  {
    country: 'NL',
    city: 'Amsterdam',
    register: 'KvK',
    postal: '1012 AB',
    street: 'Industrieweg',
    phone: '+31 20',
  },
  {
    country: 'ES',
    city: 'Madrid',
    register: 'Registro Mercantil de Madrid',
    postal: '28004',
    street: 'Calle Mayor',
    phone: '+34 91',
  },
  {
    country: 'IT',
    city: 'Milano',
    register: 'Registro Imprese di Milano',
    postal: '20121',
    street: 'Via Roma',
    phone: '+39 02',
  },
  {
    country: 'BE',
    city: 'Bruxelles',
    register: 'BCE/KBO',
    postal: '1000',
    street: 'Rue Neuve',
    phone: '+32 2',
  },
  {
    country: 'SE',
    city: 'Stockholm',
    register: 'Bolagsverket',
    postal: '111 20',
    street: 'Drottninggatan',
    phone: '+46 8',
  },
  {
    country: 'GB',
    city: 'London',
    register: 'Companies House',
    postal: 'EC1A 1BB',
    street: 'High Street',
    phone: '+44 20',
  },
  {
    country: 'US',
    city: 'Austin',
    register: 'Texas Secretary of State',
    postal: '78701',
    street: 'Main Street',
    phone: '+1 512',
  },
];

const EU_MARKETS: Market['code'][] = ['FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT'];

export function generateSellers(count: number, seed = 7): GenSeller[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const [base, country] = SELLER_NAMES[i % SELLER_NAMES.length]!;
    const name = i < SELLER_NAMES.length ? base : `${base} ${Math.floor(i / SELLER_NAMES.length) + 1}`;
    const loc = SELLER_COUNTRIES.find((c) => c.country === country)!;
    const quality = r.next(); // 0 = excellent, 1 = poor
    const rate = (max: number) => Math.round(quality * max * (0.5 + r.next()));
    const markets: Market['code'][] =
      loc.country === 'US'
        ? ['US']
        : loc.country === 'GB'
          ? ['GB'] // since Brexit a UK seller's device enters the EU as an import: not sold there
          : [...EU_MARKETS.filter(() => r.chance(0.75)), loc.country as Market['code']];
    const addressLine = `${r.int(1, 180)} ${loc.street}`;
    const rates = {
      aestheticDefectBp: rate(300),
      wrongProductBp: rate(150),
      defectiveProductBp: rate(250),
      wrongAccessoriesBp: rate(200),
      lateDeliveryBp: rate(800),
      cancellationBp: rate(400),
    };
    // Sellers no longer carry a made-up rating (it comes from published reviews): the number it
    // drew is still drawn, so that every later generated value stays the same.
    r.int(40, 4000);
    return {
      slug: slugify(name),
      name,
      legalName: `${name} ${loc.country === 'FR' ? 'SAS' : loc.country === 'DE' ? 'GmbH' : loc.country === 'US' ? 'LLC' : loc.country === 'GB' ? 'Ltd' : 'B.V.'}`,
      addressLine,
      postalCode: loc.postal,
      city: loc.city,
      country: loc.country,
      tradeRegister: loc.register,
      tradeRegisterNumber: String(100_000_000 + i * 7919),
      vatNumber:
        loc.country === 'US' ? null : `${loc.country}${String(10_000_000_000 + i * 104_729).slice(0, 11)}`,
      email: `contact@${slugify(name)}.example`,
      phone: `${loc.phone} ${String(40_000_000 + i * 1234).replace(/(\d{2})(?=\d)/g, '$1 ')}`,
      // A couple of sellers show what the buybox excludes: suspended, not yet verified.
      status: i % 29 === 28 ? 'suspended' : 'active',
      verified: i % 23 !== 22,
      rates,
      markets: [...new Set(markets)],
    };
  });
}

/** Price factor of each grade relative to VERY_GOOD. */
export const GRADE_PRICE_FACTOR: Record<Grade, number> = {
  PREMIUM: 1.18,
  EXCELLENT: 1.08,
  VERY_GOOD: 1.0,
  GOOD: 0.93,
  FAIR: 0.84,
  STALLONE: 0.72,
};
const GRADE_WEIGHTS: Array<[Grade, number]> = [
  ['PREMIUM', 1],
  ['EXCELLENT', 3],
  ['VERY_GOOD', 1],
  ['GOOD', 4],
  ['FAIR', 3],
  ['STALLONE', 0.3],
];

/** EUR → market currency, rounded to a price ending in 9 (or 99 öre-free SEK). */
export const FX: Record<string, number> = { EUR: 1, SEK: 11.4, GBP: 0.86, USD: 1.08 };

export type GenOffer = {
  sellerIndex: number;
  productIndex: number;
  grade: Grade;
  sku: string;
  quantity: number;
  warrantyMonths: number;
  vatType: 'REGULAR' | 'MARGINAL';
  published: boolean;
  createdAtOffsetMs: number;
  prices: Array<{
    market: Market['code'];
    currency: string;
    priceMinor: number;
    minPriceMinor: number | null;
    comment: string;
    shipping: Array<{ carrier: string; priceMinor: number; delayDays: number }>;
  }>;
};

function pickGrade(r: Rng): Grade {
  const total = GRADE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [g, w] of GRADE_WEIGHTS) {
    x -= w;
    if (x <= 0) return g;
  }
  return 'GOOD';
}

export function marketPrice(eurMinor: number, currency: string): number {
  const v = eurMinor * (FX[currency] ?? 1);
  return Math.max(100, Math.round(v / 100) * 100 - 1);
}

/** Offers spread over products; bestselling products attract more sellers. */
export function* generateOffers(opts: {
  count: number;
  products: GenProduct[];
  sellers: GenSeller[];
  seed?: number;
  maxMarkets?: number;
}): Generator<GenOffer> {
  const r = prng(opts.seed ?? 99);
  const { products, sellers } = opts;
  const markets = new Map(MARKETS.map((m) => [m.code, m]));
  const used = new Set<string>();
  let yielded = 0;
  for (let i = 0; yielded < opts.count && i < opts.count * 3; i++) {
    const productIndex = i < products.length ? i : r.int(0, products.length - 1);
    const sellerIndex = r.int(0, sellers.length - 1);
    const grade = pickGrade(r);
    const key = `${productIndex}|${sellerIndex}|${grade}`;
    if (used.has(key) && i >= products.length) continue;
    used.add(key);
    const seller = sellers[sellerIndex]!;
    const product = products[productIndex]!;
    const sellerMarkets = opts.maxMarkets ? seller.markets.slice(0, opts.maxMarkets) : seller.markets;
    const variation = 0.9 + r.next() * 0.22;
    yielded++;
    yield {
      sellerIndex,
      productIndex,
      grade,
      sku: `${seller.slug.slice(0, 6).toUpperCase()}-${i.toString(36).toUpperCase()}`,
      quantity: r.chance(0.08) ? 0 : r.int(1, 40),
      warrantyMonths: r.pick([12, 12, 12, 18, 24]),
      vatType: r.chance(0.7) ? 'MARGINAL' : 'REGULAR',
      published: !r.chance(0.03),
      createdAtOffsetMs: r.int(1, 180) * 86_400_000,
      prices: sellerMarkets.map((code) => {
        const m = markets.get(code)!;
        const price = marketPrice(product.refPriceEur * GRADE_PRICE_FACTOR[grade] * variation, m.currency);
        const fx = FX[m.currency] ?? 1;
        return {
          market: code,
          currency: m.currency,
          priceMinor: price,
          minPriceMinor: r.chance(0.5) ? Math.round(price * 0.9) : null,
          comment: r.chance(0.3)
            ? 'Comes with a compatible charging cable. Battery health checked above 85 %.'
            : '',
          shipping: [
            {
              carrier: r.pick(['Colissimo', 'DHL', 'UPS', 'PostNord', 'Royal Mail']),
              priceMinor: r.chance(0.6) ? 0 : Math.round(499 * fx),
              delayDays: r.int(2, 4),
            },
            ...(r.chance(0.4)
              ? [{ carrier: 'Express', priceMinor: Math.round(1299 * fx), delayDays: 1 }]
              : []),
          ],
        };
      }),
    };
  }
}

/** Units sold per product per day over the past `days`, skewed so a few products are bestsellers. */
export function* generateSales(opts: {
  products: GenProduct[];
  days: number;
  unitsPerDay: number;
  seed?: number;
}) {
  const r = prng(opts.seed ?? 5);
  const weights = opts.products.map((p) => p.popularityWeight);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) {
    acc += w / total;
    cumulative.push(acc);
  }
  const marketCodes = MARKETS.map((m) => m.code);
  for (let day = 0; day < opts.days; day++) {
    for (let u = 0; u < opts.unitsPerDay; u++) {
      const x = r.next();
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      yield { productIndex: lo, market: r.pick(marketCodes), quantity: 1, daysAgo: day + r.next() };
    }
  }
}

/**
 * A plausible daily history of a seller's quality rates over `days` days, ending today at its
 * current rates: each rate drifts from a start between half and 1.6× its value towards it, with
 * daily noise. Oldest first; `daysAgo` 0 is today.
 */
export function generateQualityHistory(
  rates: QualityRates,
  days: number,
  seed: number,
): Array<{ daysAgo: number; rates: QualityRates }> {
  const r = prng(seed);
  const keys = Object.keys(rates) as Array<keyof QualityRates>;
  const start = Object.fromEntries(keys.map((k) => [k, rates[k] * (0.5 + r.next() * 1.1)])) as QualityRates;
  const out: Array<{ daysAgo: number; rates: QualityRates }> = [];
  for (let d = days - 1; d >= 0; d--) {
    const w = days > 1 ? d / (days - 1) : 0;
    const day = Object.fromEntries(
      keys.map((k) => {
        const trend = rates[k] + (start[k] - rates[k]) * w;
        const noise = d === 0 ? 0 : (r.next() - 0.5) * 0.3 * trend;
        return [k, Math.max(0, Math.round(trend + noise))];
      }),
    ) as QualityRates;
    out.push({ daysAgo: d, rates: day });
  }
  return out;
}
