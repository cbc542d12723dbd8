/** Small request helpers shared by the /ws routes: pagination, JSON bodies, loose Back Market types. */
import type { Context } from 'hono';
import { AppError } from '../platform/errors.ts';

export const DEFAULT_PAGE_SIZE = 10;
/** Back Market's `page-size` maximum; a larger value is refused (the parameter's schema says maximum: 50). */
export const MAX_PAGE_SIZE = 50;

export type PageParams = { page: number; pageSize: number; offset: number };

function queryInt(c: Context, name: string, min: number, max: number): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,9}$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max)
    throw AppError.invalid([{ field: name, message: `must be a whole number from ${min} to ${max}` }]);
  return Number(raw);
}

export function optionalQueryInt(c: Context, name: string, min = 0, max = 1_000_000_000): number | undefined {
  return queryInt(c, name, min, max);
}

export function pageParams(c: Context): PageParams {
  const page = queryInt(c, 'page', 1, 1_000_000) ?? 1;
  const pageSize = queryInt(c, 'page-size', 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** `{ count, next, previous, results }` with absolute next/previous URLs (null at the ends). */
export function pageEnvelope<T>(
  c: Context,
  siteUrl: (path: string) => string,
  p: PageParams,
  count: number,
  results: T[],
) {
  const at = (page: number) => {
    const u = new URL(c.req.url);
    u.searchParams.set('page', String(page));
    return siteUrl(`${u.pathname}${u.search}`);
  };
  const pages = Math.max(1, Math.ceil(count / p.pageSize));
  return {
    count,
    next: p.page < pages ? at(p.page + 1) : null,
    previous: p.page > 1 ? at(Math.min(p.page - 1, pages)) : null,
    results,
  };
}

/** A positive integer path parameter; anything else is a resource that does not exist (404). */
export function idParam(value: string | undefined, what: string): number {
  if (!value || !/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > 2_147_483_647)
    throw AppError.notFound(what);
  return Number(value);
}

/** The request's JSON object body (400 when it is not one). */
export async function jsonObject(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw AppError.invalid([{ field: '(body)', message: 'is not valid JSON' }]);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw AppError.invalid([{ field: '(body)', message: 'must be a JSON object' }]);
  return v as Record<string, unknown>;
}

/** A string, or a number written as its shortest decimal (Back Market accepts both for amounts). */
export function looseString(v: unknown, field: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return String(v);
  throw AppError.invalid([{ field, message: 'must be a decimal amount like "123.45"' }]);
}

/** An integer given as a number or a string of digits. */
export function looseInt(v: unknown, field: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d{1,9}$/.test(v.trim())) return Number(v.trim());
  throw AppError.invalid([{ field, message: 'must be a whole number' }]);
}

export function optionalText(v: unknown, field: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw AppError.invalid([{ field, message: 'must be a string' }]);
  return v;
}
