/**
 * Batch creation and update of listings from a CSV catalog (Back Market's POST /ws/listings):
 * the request creates a `seller_tasks` row and returns its id; the lines are processed in the
 * background, one transaction each (a few at once, see LANES), and the task records progress
 * and per-line errors.
 *
 * Columns (header row, case-insensitive; unknown columns are ignored):
 *   sku (required, case-insensitive match of an existing listing → update, else create),
 *   product_id (UUID) or ean — to create; product_id prevails,
 *   grade (PREMIUM…STALLONE) or legacy state (9, 0, 1, 2, 3, 4) — to create,
 *   quantity, price, min_price, currency, comment, warranty_delay (months),
 *   vat_type (REGULAR | MARGINAL, default MARGINAL) — to create,
 *   shipper_{1..3}, shipping_price_{1..3}, shipping_delay_{1..3} (hours).
 * Prices, comment and shipping apply to the market of the request's Accept-Language.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import { type Market, marketByLocale } from '../../platform/markets.ts';
import { productIdByEan, productIdIfExists } from '../catalog/product-lookup.ts';
import { openBuyboxBatch } from '../offers/buybox-batch.ts';
import { createOffer } from '../offers/create-offer.ts';
import { GRADES, type Grade } from '../offers/grades.ts';
import { findOwnOfferBySku } from '../offers/offers.store.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import { claimListingTask, recordTaskProgress, startGrace } from './listing-task-lease.ts';
import { sellerTasks } from './seller-api.schema.ts';
import { type ListingPatch, type ShippingPatch, updateListing } from './update-listing.ts';

export const LISTING_TASK_KIND = 'listings_csv';
/** Back Market refuses catalogs above this many lines. */
export const MAX_CATALOG_LINES = 15_000;
/**
 * Lines are taken in batches; within a batch, LANES lines run at once on their own connections
 * (each still its own transaction), lines of the same SKU in the same lane and in file order.
 * Between batches the touched products' buyboxes are recomputed and progress is saved. A line
 * costs a dozen short statements: round trips, not the database, bound a single lane.
 */
const BATCH_LINES = 200;
const LANES = 4;

export type CatalogRequest = { catalog: string; delimiter: string; quotechar: string; encoding: string };
type StoredInput = CatalogRequest & { market: string };

const LEGACY_STATE: Record<string, Grade> = {
  '9': 'PREMIUM',
  '0': 'EXCELLENT',
  '1': 'VERY_GOOD',
  '2': 'GOOD',
  '3': 'FAIR',
  '4': 'STALLONE',
};

/** Rows of fields from delimited text with a configurable delimiter and quote character. */
export function parseDelimited(text: string, delimiter = ',', quote = '"'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === quote && text[i + 1] === quote) {
        field += quote;
        i++;
      } else if (ch === quote) quoted = false;
      else field += ch;
      continue;
    }
    if (ch === quote) {
      quoted = true;
      any = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
      any = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (any || field !== '') {
        row.push(field);
        rows.push(row);
      }
      row = [];
      field = '';
      any = false;
    } else {
      field += ch;
      any = true;
    }
  }
  if (any || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Check the request and count its data lines; throws INVALID_INPUT with Back Market-like messages. */
export function checkCatalog(input: CatalogRequest): { header: string[]; lines: string[][] } {
  const issues: Array<{ field: string; message: string }> = [];
  if (input.delimiter.length !== 1) issues.push({ field: 'delimiter', message: 'must be one character' });
  if (input.quotechar.length !== 1) issues.push({ field: 'quotechar', message: 'must be one character' });
  if (input.delimiter === input.quotechar)
    issues.push({ field: 'quotechar', message: 'must differ from the delimiter' });
  if (!/^(utf-?8|utf-?8-sig|latin-?1|iso-?8859-1|cp1252|windows-1252|ascii)$/i.test(input.encoding))
    issues.push({ field: 'encoding', message: 'must be utf-8, latin-1, cp1252 or ascii' });
  if (issues.length) throw AppError.invalid(issues);
  const rows = parseDelimited(input.catalog.replace(/^\uFEFF/, ''), input.delimiter, input.quotechar);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (!header.includes('sku'))
    throw AppError.invalid([{ field: 'catalog', message: 'parameter sku not found' }]);
  const lines = rows.slice(1);
  if (lines.length === 0)
    throw AppError.invalid([{ field: 'catalog', message: 'has no line after its header' }]);
  if (lines.length > MAX_CATALOG_LINES)
    throw AppError.invalid([{ field: 'catalog', message: `must not exceed ${MAX_CATALOG_LINES} lines` }]);
  return { header, lines };
}

/**
 * Record the task (status pending); the caller starts processListingTask at once, the resume job
 * after START_GRACE_MS if it has not (listing-task-lease.ts).
 */
export async function createListingTask(
  db: Db,
  a: { sellerId: number; market: Market; request: CatalogRequest; now: Date },
): Promise<{ taskId: number; lines: number }> {
  const { lines } = checkCatalog(a.request);
  const input: StoredInput = { ...a.request, market: a.market.locale };
  const [row] = await db
    .insert(sellerTasks)
    .values({
      sellerId: a.sellerId,
      kind: LISTING_TASK_KIND,
      status: 'pending',
      total: lines.length,
      input: JSON.stringify(input),
      createdAt: a.now,
      leaseUntil: startGrace(),
    })
    .returning({ id: sellerTasks.id });
  return { taskId: row!.id, lines: lines.length };
}

/** The seller's latest CSV imports, newest first, for the imports page. */
export async function listListingTasks(db: Db, sellerId: number) {
  return db
    .select({
      id: sellerTasks.id,
      status: sellerTasks.status,
      total: sellerTasks.total,
      processed: sellerTasks.processed,
      failed: sellerTasks.failed,
      createdAt: sellerTasks.createdAt,
      finishedAt: sellerTasks.finishedAt,
    })
    .from(sellerTasks)
    .where(and(eq(sellerTasks.sellerId, sellerId), eq(sellerTasks.kind, LISTING_TASK_KIND)))
    .orderBy(desc(sellerTasks.id))
    .limit(30);
}

/** The seller's own task, or null. */
export async function findOwnTask(db: Db, sellerId: number, taskId: number) {
  const [t] = await db
    .select()
    .from(sellerTasks)
    .where(and(eq(sellerTasks.id, taskId), eq(sellerTasks.sellerId, sellerId)));
  return t ?? null;
}

type Row = Record<string, string>;
const cell = (r: Row, k: string) => {
  const v = r[k]?.trim();
  return v === undefined || v === '' ? undefined : v;
};

function intCell(r: Row, k: string): number | undefined {
  const v = cell(r, k);
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v)) throw AppError.invalid([{ field: k, message: 'must be a whole number' }]);
  return Number(v);
}

function shippingPatches(r: Row): ShippingPatch[] {
  const out: ShippingPatch[] = [];
  for (const n of [1, 2, 3]) {
    const carrier = cell(r, `shipper_${n}`) ?? cell(r, `shipper_display_${n}`);
    const priceText = cell(r, `shipping_price_${n}`);
    const delayHours = intCell(r, `shipping_delay_${n}`);
    if (carrier === undefined && priceText === undefined && delayHours === undefined) continue;
    out.push({ index: n, carrier, priceText, delayHours });
  }
  return out;
}

function listingPatch(r: Row): ListingPatch {
  const comment = r.comment;
  return {
    price: cell(r, 'price'),
    minPrice: cell(r, 'min_price'),
    currency: cell(r, 'currency'),
    comment: comment === undefined || comment.trim() === '' ? undefined : comment.trim(),
    quantity: intCell(r, 'quantity'),
    warrantyMonths: intCell(r, 'warranty_delay'),
    shipping: shippingPatches(r),
  };
}

async function productIdOf(db: Db, r: Row): Promise<string> {
  const id = cell(r, 'product_id');
  if (id) {
    const p = await productIdIfExists(db, id);
    if (!p) throw AppError.invalid([{ field: 'product_id', message: `unknown product ${id}` }]);
    return p;
  }
  const ean = cell(r, 'ean');
  if (!ean)
    throw AppError.invalid([
      { field: 'product_id', message: 'product_id or ean is required to create a listing' },
    ]);
  const p = await productIdByEan(db, ean);
  if (!p) throw AppError.invalid([{ field: 'ean', message: `no product with EAN ${ean}` }]);
  return p;
}

/** Apply one CSV line: update the listing with this SKU, or create it. */
export async function applyCatalogLine(
  deps: { db: Db; clock: Clock },
  a: {
    sellerId: number;
    market: Market;
    row: Row;
    deferBuybox?: (productId: string) => void;
    /** The seller's country and right to publish, read once per batch by bulk imports. */
    seller?: { country: string; mayPublish: boolean };
  },
): Promise<'created' | 'updated'> {
  const { db, clock } = deps;
  const sku = cell(a.row, 'sku');
  if (!sku) throw AppError.invalid([{ field: 'sku', message: 'is required' }]);
  const patch = listingPatch(a.row);
  const existing = await findOwnOfferBySku(db, a.sellerId, sku);
  if (existing) {
    await updateListing(
      { db, clock, ...(a.deferBuybox ? { deferBuybox: a.deferBuybox } : {}) },
      { sellerId: a.sellerId, offerId: existing.id, market: a.market, patch },
    );
    return 'updated';
  }
  const productId = await productIdOf(db, a.row);
  const gradeCell = cell(a.row, 'grade')?.toUpperCase();
  const stateCell = cell(a.row, 'state');
  const grade = gradeCell ?? (stateCell !== undefined ? LEGACY_STATE[stateCell] : undefined);
  if (!grade || !(GRADES as readonly string[]).includes(grade))
    throw AppError.invalid([
      { field: 'grade', message: `is required to create a listing: one of ${GRADES.join(', ')}` },
    ]);
  if (patch.price === undefined)
    throw AppError.invalid([{ field: 'price', message: 'is required to create a listing' }]);
  if (patch.quantity === undefined)
    throw AppError.invalid([{ field: 'quantity', message: 'is required to create a listing' }]);
  if (patch.currency !== undefined && patch.currency.toUpperCase() !== a.market.currency)
    throw AppError.invalid([{ field: 'currency', message: `must be ${a.market.currency}` }]);
  const shipping = (patch.shipping ?? []).filter((s) => s.carrier && s.priceText);
  if (shipping.length === 0)
    throw AppError.invalid([
      {
        field: 'shipping_price_1',
        message: 'shipper_1 and shipping_price_1 are required to create a listing',
      },
    ]);
  await createOffer({
    db,
    clock,
    deferBuybox: a.deferBuybox,
    sellerId: a.sellerId,
    known: { productExists: true, skuFree: true, ...(a.seller ? { seller: a.seller } : {}) },
    input: {
      productId,
      grade,
      sku,
      quantity: patch.quantity,
      warrantyMonths: patch.warrantyMonths ?? 12,
      vatType: (cell(a.row, 'vat_type') ?? 'MARGINAL').toUpperCase(),
      markets: [
        {
          market: a.market.locale,
          price: patch.price,
          ...(patch.minPrice ? { minPrice: patch.minPrice } : {}),
          comment: patch.comment ?? '',
          shipping: shipping.map((s) => ({
            carrier: s.carrier!,
            price: s.priceText!,
            delayDays: s.delayHours == null ? 2 : Math.ceil(s.delayHours / 24),
          })),
        },
      ],
    },
  });
  return 'created';
}

function lineMessage(e: unknown): string {
  if (isAppError(e)) {
    if (!e.fields.length) return e.message;
    return e.fields.map((f) => `${f.field.replace(/^markets\.0\./, '')}: ${f.message}`).join('; ');
  }
  return 'unexpected error while processing this line';
}

async function sellerFacts(db: Db, sellerId: number) {
  const s = await findSeller(db, sellerId);
  return s ? { country: s.country, mayPublish: s.status === 'active' && s.verified } : undefined;
}

/** A stable lane for a SKU, so the lines of one listing keep their order. */
export function laneOf(sku: string, lanes: number): number {
  let h = 0;
  for (let i = 0; i < sku.length; i++) h = (Math.imul(h, 31) + sku.charCodeAt(i)) | 0;
  return Math.abs(h) % lanes;
}

/** The run's lease was taken over by another run (this one was too slow): it stops writing. */
class TaskTakenOver extends Error {}

/**
 * Run a task: a pending one (the process that received it, at once) or, with `takeOver`, one
 * whose lease expired (the resume job; listing-task-lease.ts). Progress is saved after every
 * batch, renewing the lease; a run taking over starts after the last saved batch, applying again
 * the lines of the batch its predecessor died in, which leaves the same listings (a line creates
 * its SKU, or updates it to the same terms) and refreshes their buyboxes. False when this run
 * could not claim the task (another holds it, or it has ended).
 */
export async function processListingTask(
  deps: { db: Db; clock: Clock; logger?: Logger },
  taskId: number,
  opts: { takeOver?: boolean } = {},
): Promise<boolean> {
  const { db, clock } = deps;
  const claim = await claimListingTask(db, taskId, opts);
  if (!claim) return false;
  const { task } = claim;
  const errors = task.errors.filter((e) => e.line > 0);
  let processed = task.processed;
  const save = async (extra: { status?: 'done' | 'failed'; finishedAt?: Date } = {}) => {
    const held = await recordTaskProgress(db, claim, { processed, failed: errors.length, errors, ...extra });
    if (!held) throw new TaskTakenOver();
  };
  // Buyboxes are recomputed once per batch of touched products, not once per line.
  const buyboxes = openBuyboxBatch(db);
  try {
    const input = JSON.parse(task.input) as StoredInput;
    const market = marketByLocale(input.market)!;
    const { header, lines } = checkCatalog(input);
    const runLine = async (i: number) => {
      const row: Row = {};
      header.forEach((h, j) => {
        row[h] = lines[i]![j] ?? '';
      });
      try {
        await applyCatalogLine(
          { db, clock },
          { sellerId: task.sellerId, market, row, seller, deferBuybox: buyboxes.defer },
        );
      } catch (e) {
        if (!isAppError(e)) deps.logger?.error({ err: e, taskId, line: i + 2 }, 'listing task line failed');
        errors.push({ line: i + 2, ...(row.sku ? { sku: row.sku } : {}), message: lineMessage(e) });
      }
    };
    const skuColumn = header.indexOf('sku');
    let seller: { country: string; mayPublish: boolean } | undefined;
    for (let start = processed; start < lines.length; start += BATCH_LINES) {
      const end = Math.min(start + BATCH_LINES, lines.length);
      // A suspension during the import applies from the next batch on.
      seller = await sellerFacts(db, task.sellerId);
      const lanes: number[][] = Array.from({ length: LANES }, () => []);
      for (let i = start; i < end; i++) {
        const sku = (skuColumn >= 0 ? (lines[i]![skuColumn] ?? '') : '').trim().toLowerCase();
        lanes[laneOf(sku, LANES)]!.push(i);
      }
      await Promise.all(
        lanes.map(async (lane) => {
          for (const i of lane) await runLine(i);
        }),
      );
      processed = end;
      errors.sort((a, b) => a.line - b.line);
      await buyboxes.flush();
      await save();
    }
    await buyboxes.flush();
    await save({ status: 'done', finishedAt: clock.now() });
  } catch (e) {
    if (e instanceof TaskTakenOver) {
      deps.logger?.warn({ taskId, attempt: claim.attempt }, 'listing task taken over by another run');
      return true;
    }
    deps.logger?.error({ err: e, taskId }, 'listing task failed');
    errors.push({
      line: 0,
      message: `Task has been interrupted: ${e instanceof Error ? e.message : String(e)}`,
    });
    await save({ status: 'failed', finishedAt: clock.now() }).catch(() => {});
  }
  return true;
}
