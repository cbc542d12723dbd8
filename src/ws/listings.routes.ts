/** Listings and batch tasks: /ws/listings, /ws/listings/detail, /ws/listings/{listingId}, /ws/tasks/{taskId}. */
import { checkCatalog, findOwnTask, processListingTask } from '../modules/seller-api/listing-batch.ts';
import { getSellerListing, listSellerListings } from '../modules/seller-api/seller-listings.read-model.ts';
import { startListingImport } from '../modules/seller-api/start-listing-import.ts';
import { type ShippingPatch, updateListing } from '../modules/seller-api/update-listing.ts';
import { AppError } from '../platform/errors.ts';
import { PUBLIC } from '../platform/http/access.ts';
import type { App } from '../platform/http/app.ts';
import { rateLimitHeaders } from '../platform/rate-limit/rate-limit.middleware.ts';
import { WS_LIMITS, wsAuthOf } from './ws-auth.ts';
import type { WsContext } from './ws-context.ts';
import { wsErrorResponse } from './ws-errors.ts';
import {
  idParam,
  jsonObject,
  looseInt,
  looseString,
  optionalQueryInt,
  optionalText,
  pageEnvelope,
  pageParams,
} from './ws-http.ts';
import { offerIdFromListingRef } from './ws-ids.ts';
import { presentListing } from './ws-present.ts';

const TASK_STATUS: Record<string, number> = { pending: 0, running: 2, failed: 8, done: 9 };

export function registerListingRoutes(app: App, ctx: WsContext): void {
  const { deps } = ctx;
  const { db, clock } = deps;

  app.get('/ws/listings', PUBLIC, async (c) => {
    const { sellerId, market } = wsAuthOf(c);
    const p = pageParams(c);
    const filter = {
      publicationState: optionalQueryInt(c, 'publication_state', 0, 4),
      minQuantity: optionalQueryInt(c, 'min_quantity'),
      maxQuantity: optionalQueryInt(c, 'max_quantity'),
    };
    const { count, rows } = await listSellerListings(db, {
      sellerId,
      market,
      filter,
      offset: p.offset,
      limit: p.pageSize,
    });
    return c.json(
      pageEnvelope(
        c,
        deps.siteUrl,
        p,
        count,
        rows.map((r) => presentListing(r, market)),
      ),
    );
  });

  app.get('/ws/listings/detail', PUBLIC, async (c) => {
    const { sellerId, market } = wsAuthOf(c);
    const sku = c.req.query('sku')?.trim();
    const ref = c.req.query('id') ?? c.req.query('listing_id');
    if (!sku && !ref)
      throw AppError.invalid([{ field: 'sku', message: 'give sku, listing_id or id' }], 'Missing filter');
    const offerId = ref ? offerIdFromListingRef(ref) : undefined;
    if (offerId === null) throw AppError.notFound('Listing');
    const row = await getSellerListing(db, {
      sellerId,
      market,
      ...(offerId !== undefined ? { offerId } : {}),
      ...(sku ? { sku } : {}),
    });
    if (!row) throw AppError.notFound('Listing');
    return c.json({ ...presentListing(row, market), statuscode: 200 });
  });

  app.get('/ws/listings/:listingId', PUBLIC, async (c) => {
    const { sellerId, market } = wsAuthOf(c);
    const offerId = offerIdFromListingRef(c.req.param('listingId'));
    const row = offerId === null ? null : await getSellerListing(db, { sellerId, market, offerId });
    if (!row) throw AppError.notFound('Listing');
    return c.json({ ...presentListing(row, market), statuscode: 200 });
  });

  app.post('/ws/listings/:listingId', PUBLIC, async (c) => {
    const { sellerId, market } = wsAuthOf(c);
    const offerId = offerIdFromListingRef(c.req.param('listingId'));
    if (offerId === null) throw AppError.notFound('Listing');
    const b = await jsonObject(c);
    const shipping: ShippingPatch[] = [];
    for (const n of [1, 2, 3]) {
      const carrierKey = b[`shipper_${n}`] !== undefined ? `shipper_${n}` : `shipper_display_${n}`;
      const carrier = b[carrierKey];
      const price = b[`shipping_price_${n}`];
      const delay = b[`shipping_delay_${n}`];
      if (carrier === undefined && price === undefined && delay === undefined) continue;
      shipping.push({
        index: n,
        ...(carrier !== undefined
          ? { carrier: carrier === null ? null : optionalText(carrier, carrierKey) }
          : {}),
        ...(price !== undefined
          ? { priceText: price === null ? null : looseString(price, `shipping_price_${n}`) }
          : {}),
        ...(delay !== undefined ? { delayHours: looseInt(delay, `shipping_delay_${n}`) ?? null } : {}),
      });
    }
    await updateListing(
      { db, clock },
      {
        sellerId,
        offerId,
        market,
        patch: {
          price: looseString(b.price, 'price'),
          ...(b.min_price !== undefined
            ? { minPrice: b.min_price === null ? null : looseString(b.min_price, 'min_price') }
            : {}),
          currency: optionalText(b.currency, 'currency'),
          ...(b.comment !== undefined
            ? { comment: b.comment === null ? null : optionalText(b.comment, 'comment') }
            : {}),
          quantity: looseInt(b.quantity, 'quantity'),
          warrantyMonths: looseInt(b.warranty_delay, 'warranty_delay'),
          shipping,
        },
      },
    );
    const row = await getSellerListing(db, { sellerId, market, offerId });
    return c.json({ ...presentListing(row!, market), statuscode: 200 });
  });

  app.post('/ws/listings', PUBLIC, async (c) => {
    const auth = wsAuthOf(c);
    const b = await jsonObject(c);
    for (const k of ['catalog', 'quotechar', 'delimiter', 'encoding']) {
      if (typeof b[k] !== 'string' || b[k] === '')
        throw AppError.invalid(
          [{ field: k, message: `parameter ${k} not found` }],
          `parameter ${k} not found`,
        );
    }
    const request = {
      catalog: b.catalog as string,
      quotechar: b.quotechar as string,
      delimiter: b.delimiter as string,
      encoding: b.encoding as string,
    };
    const { lines } = checkCatalog(request);
    const limit = WS_LIMITS.listingUpdates;
    if (lines.length > limit.limit) {
      throw AppError.invalid([
        { field: 'catalog', message: `at most ${limit.limit} listing lines are accepted per hour` },
      ]);
    }
    // The request itself was counted once by the listing-lines limit; count its other lines.
    if (lines.length > 1) {
      const decision = await ctx.limiter.consume(limit, `key:${auth.keyId}`, lines.length - 1);
      if (!decision.allowed) {
        return wsErrorResponse(
          c,
          {
            status: 429,
            code: 'rate-limited',
            message: `At most ${limit.limit} listing lines an hour: try again in ${decision.retryAfterSeconds} s`,
          },
          { ...rateLimitHeaders(limit, decision), 'retry-after': String(decision.retryAfterSeconds) },
        );
      }
    }
    // The seller's CSV lines an hour, all keys and the portal's imports together.
    const started = await startListingImport(
      { db, clock },
      { sellerId: auth.sellerId, market: auth.market, request, oneAtATime: false },
    );
    if (!started.ok) {
      const retryAfter =
        started.reason === 'budget' && started.retryAt
          ? Math.max(1, Math.ceil((started.retryAt.getTime() - clock.now().getTime()) / 1000))
          : 60;
      return wsErrorResponse(
        c,
        {
          status: 429,
          code: 'rate-limited',
          message: `At most ${limit.limit} listing lines an hour for this seller (all keys and portal imports): try again in ${retryAfter} s`,
        },
        { 'retry-after': String(retryAfter) },
      );
    }
    // Run here at once; if this process dies first, the resume job runs it (listing-task-lease.ts).
    ctx.schedule(async () => {
      await processListingTask(deps, started.taskId);
    });
    return c.json({ bodymessage: started.taskId, statuscode: 200 });
  });

  app.get('/ws/tasks/:taskId', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const task = await findOwnTask(db, sellerId, idParam(c.req.param('taskId'), 'Task'));
    if (!task) throw AppError.notFound('Task');
    return c.json({
      task_id: task.id,
      action_status: TASK_STATUS[task.status] ?? 0,
      last_action_error:
        task.status === 'failed' ? (task.errors.find((e) => e.line === 0)?.message ?? 'Task failed') : null,
      result: {
        total: task.total,
        processed: task.processed,
        failed: task.failed,
        errors: task.errors,
        ...(task.finishedAt ? { finished_at: new Date(task.finishedAt).toISOString() } : {}),
      },
      statuscode: 200,
    });
  });
}
