/**
 * Standard VAT rates of the 27 EU member states, effective-dated, from the maintained `sales-tax`
 * npm package's data (its `res/sales_tax_rates.json`; only the data is used, never its online
 * checks). Pinned by our own vectors in vat-rates.test.ts: an update of the package that changes
 * what Reloop charges fails there first.
 *
 * The package dates a change by the instant it takes effect ("before <instant>: rate"); we keep
 * only the calendar day (the instant + 12 h, so any European midnight lands on its day) and pick
 * the rate by the day in the country's own time zone: a sale at 00:30 in Helsinki on the day a
 * new rate starts is taxed at the new rate, even though it is still the day before in UTC.
 * Unknown countries are an error naming the country: never a silent 0 %.
 */

import salesTaxRates from 'sales-tax/res/sales_tax_rates.json' with { type: 'json' };
import { localDay } from './calendar.ts';

type PackageRate = { type?: string; rate: number; before?: Record<string, { rate: number }> };

/** The 27 member states by ISO 3166 code (Greece GR; its VAT prefix EL is accepted as an alias). */
export const EU_VAT_COUNTRIES: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

/** Where the tax is due decides the day: each member state's time zone. */
export const VAT_TIME_ZONES: Readonly<Record<string, string>> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GR: 'Europe/Athens',
  HR: 'Europe/Zagreb',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana',
  SK: 'Europe/Bratislava',
};

/**
 * Corrections to the package's data, by country and the day it gives → the day in law. Romania's
 * 21 % started on 1 August 2025 (Law 141/2025); the package dates it one day late.
 */
const DAY_CORRECTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  RO: { '2025-08-02': '2025-08-01' },
};

/** A standard rate in basis points, valid from a day (inclusive) to a day (inclusive). */
export type DatedVatRate = { from: string; to?: string; rateBp: number };

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function toBp(rate: number): number {
  return Math.round(rate * 10_000);
}

function datedFromPackage(country: string): DatedVatRate[] {
  const entry = (salesTaxRates as Record<string, PackageRate>)[country];
  if (entry?.type !== 'vat') throw new Error(`sales-tax has no VAT data for ${country}`);
  const changes = Object.entries(entry.before ?? {})
    .map(([instant, r]) => {
      const day = new Date(Date.parse(instant) + 12 * 3_600_000).toISOString().slice(0, 10);
      return { startsNext: DAY_CORRECTIONS[country]?.[day] ?? day, rateBefore: toBp(r.rate) };
    })
    .sort((a, b) => a.startsNext.localeCompare(b.startsNext));
  const out: DatedVatRate[] = [];
  let from = '0000-01-01';
  for (const c of changes) {
    out.push({ from, to: dayBefore(c.startsNext), rateBp: c.rateBefore });
    from = c.startsNext;
  }
  out.push({ from, rateBp: toBp(entry.rate) });
  return out;
}

const TABLE: ReadonlyMap<string, DatedVatRate[]> = new Map(
  EU_VAT_COUNTRIES.map((c) => [c, datedFromPackage(c)]),
);

function code(country: string): string {
  const c = country.trim().toUpperCase();
  return c === 'EL' ? 'GR' : c;
}

/** Whether we know the country's standard rates (the 27 member states). */
export function hasEuVatRates(country: string): boolean {
  return TABLE.has(code(country));
}

/** The dated standard rates of a member state, oldest first. */
export function datedStandardRates(country: string): DatedVatRate[] {
  const rates = TABLE.get(code(country));
  if (!rates) throw new Error(`No VAT rates for ${country}: not an EU member state`);
  return rates;
}

/** The dated rate in force on a day, from a table. */
export function rateOnDay(rates: readonly DatedVatRate[], day: string): number | null {
  const r = rates.find((x) => x.from <= day && (x.to === undefined || day <= x.to));
  return r ? r.rateBp : null;
}

/** A member state's standard rate (basis points) on a local day. Throws naming an unknown country. */
export function standardVatRateOn(country: string, day: string): number {
  const rate = rateOnDay(datedStandardRates(country), day);
  if (rate === null) throw new Error(`No VAT rate for ${country} on ${day}`);
  return rate;
}

/** A member state's standard rate at an instant, by the day in that state's time zone. */
export function standardVatRateBp(country: string, at: Date): number {
  const c = code(country);
  return standardVatRateOn(c, localDay(at, VAT_TIME_ZONES[c] ?? 'UTC'));
}
