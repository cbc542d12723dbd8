/**
 * Downloadable documents, shared by the surfaces: a PDF or CSV attachment (private, never cached),
 * and a seller's account statement (the seller portal and the console offer it).
 *
 * Paths whose last segment is a file name (`<orderId>.pdf`, `<YYYY-MM>.pdf`) take it as one
 * `:file` parameter checked in the handler (404 otherwise): the access rule then runs for any
 * value, and the route matrix test (which fills unknown parameters with a sample word) can
 * exercise every rule.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import {
  parseStatementRange,
  type SellerStatement,
  sellerStatement,
} from '../../modules/documents/seller-statement.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http/app.ts';

type C = Context<AppEnv>;

export function pdf(c: C, bytes: Uint8Array, filename: string): Response {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
  });
}

export function csv(c: C, text: string, filename: string): Response {
  return c.body(text, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
  });
}

/** The statement of the route's `:sellerId` over `?from=&to=` (this month by default), or 404. */
export async function statementOf(deps: Pick<Deps, 'db' | 'clock'>, c: C): Promise<SellerStatement> {
  const sellerId = Number(c.req.param('sellerId'));
  const range = parseStatementRange({ from: c.req.query('from'), to: c.req.query('to') }, deps.clock.now());
  const s = await sellerStatement(deps.db, { sellerId, ...range });
  if (!s) throw AppError.notFound('Seller');
  return s;
}

export const statementName = (s: SellerStatement, ext: string) =>
  `reloop-statement-S${s.sellerId}-${s.from}-${s.to}.${ext}`;
