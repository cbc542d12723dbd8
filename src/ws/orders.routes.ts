/**
 * Orders: /ws/orders, /ws/orders/{order_id} (GET, POST UpdateOrder), /ws/orders/{order_id}/invoice,
 * /ws/orderlines/{orderline_id}. Every change goes through the seller order actions, which
 * enforce ownership (404), the line state machine, the tracking number and write-once IMEI.
 */

import type { MiddlewareHandler } from 'hono';
import { imeiIssue } from '../modules/orders/imei.rules.ts';
import { lineIdentifiers } from '../modules/orders/order-queries.ts';
import { ORDER_STATES } from '../modules/orders/order-states.ts';
import { refundOrderLine } from '../modules/refunds/refund-order-line.ts';
import {
  getSellerOrder,
  listSellerOrders,
  type OrderFilter,
  sellerOrdersVersion,
} from '../modules/seller-api/seller-orders.read-model.ts';
import {
  acceptOrderLines,
  cancelOrderLines,
  invoiceKey,
  setLineIdentifiers,
  shipOrder,
} from '../modules/seller-orders/seller-order-actions.ts';
import { AppError } from '../platform/errors.ts';
import { PUBLIC } from '../platform/http/access.ts';
import type { App, AppEnv } from '../platform/http/app.ts';
import { marketByLocale } from '../platform/markets.ts';
import { wsAuthOf } from './ws-auth.ts';
import type { WsContext } from './ws-context.ts';
import {
  idParam,
  jsonObject,
  looseInt,
  optionalQueryInt,
  optionalText,
  pageEnvelope,
  pageParams,
} from './ws-http.ts';
import { presentOrder } from './ws-present.ts';

/** Back Market ReturnReason codes and their meaning (used as the refund reason when no message is given). */
export const RETURN_REASONS: Readonly<Record<number, string>> = {
  0: 'Stock mistake',
  1: 'Withdrawal during the legal 14-day period',
  11: 'Does not live at the provided address',
  12: 'The parcel did not reach its destination',
  13: 'Lost parcel',
  21: 'Faulty product on opening of the package',
  22: 'Failure during first use',
  23: 'Failure during the warranty period',
  24: 'Non-compliant product',
  25: 'Other',
};

export const MAX_INVOICE_BYTES = 5 * 1024 * 1024;
const MAX_INVOICE_FILES = 5;

function dateQuery(raw: string | undefined, field: string): Date | undefined {
  if (raw === undefined || raw === '') return undefined;
  const d = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(d.getTime()))
    throw AppError.invalid([{ field, message: 'must be an RFC 3339 date-time like 2026-01-31T12:00:00Z' }]);
  return d;
}

const JSON_TYPE = { 'content-type': 'application/json' };

export function registerOrderRoutes(app: App, ctx: WsContext): void {
  const { deps } = ctx;
  const { db } = deps;

  const loadOrder = async (sellerId: number, orderId: number) => {
    const v = await getSellerOrder(db, sellerId, orderId);
    if (!v) throw AppError.notFound('Order');
    return v;
  };

  // Writes to a seller's orders through this API: its next list reads the version again.
  const forgetAfterWrite: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    if (c.req.method !== 'GET') ctx.orderLists.forgetSeller(wsAuthOf(c).sellerId);
  };
  app.use('/ws/orders/*', forgetAfterWrite);
  app.use('/ws/orderlines/*', forgetAfterWrite);

  app.get('/ws/orders', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const p = pageParams(c);
    const filter: OrderFilter = {};
    const created = dateQuery(c.req.query('date_creation'), 'date_creation');
    const modified = dateQuery(c.req.query('date_modification'), 'date_modification');
    if (created) filter.createdSince = created;
    if (modified) filter.modifiedSince = modified;
    const country = c.req.query('country_code');
    let none = false;
    if (country) {
      if (!/^[a-z]{2}-[a-z]{2}$/i.test(country))
        throw AppError.invalid([{ field: 'country_code', message: 'must be a locale like fr-fr' }]);
      const market = marketByLocale(country);
      if (market) filter.market = market.code;
      else none = true; // a Back Market country Reloop does not serve: no orders there
    }
    const state = optionalQueryInt(c, 'state', 0, 10);
    if (state !== undefined) {
      if (!(ORDER_STATES as readonly number[]).includes(state))
        throw AppError.invalid([{ field: 'state', message: `must be one of ${ORDER_STATES.join(', ')}` }]);
      filter.state = state;
      if (state === 0 || state === 8) none = true;
    }
    if (none) return c.json(pageEnvelope(c, deps.siteUrl, p, 0, []));
    // Unchanged since the last poll of this URL: the same answer (order-list-cache.ts).
    const now = deps.clock.now().getTime();
    const version = await ctx.orderLists.version(sellerId, now, () => sellerOrdersVersion(db, sellerId));
    const key = `${sellerId}|${c.req.url}`;
    const cached = ctx.orderLists.get(key, version, now);
    if (cached !== undefined) return c.body(cached as Uint8Array<ArrayBuffer>, 200, JSON_TYPE);
    const { count, orders } = await listSellerOrders(db, {
      sellerId,
      filter,
      offset: p.offset,
      limit: p.pageSize,
    });
    const body = Buffer.from(
      JSON.stringify(pageEnvelope(c, deps.siteUrl, p, count, orders.map(presentOrder))),
    );
    ctx.orderLists.set(key, version, now, body);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, JSON_TYPE);
  });

  app.get('/ws/orders/:orderId', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    return c.json(presentOrder(await loadOrder(sellerId, idParam(c.req.param('orderId'), 'Order'))));
  });

  app.post('/ws/orders/:orderId', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const orderId = idParam(c.req.param('orderId'), 'Order');
    const b = await jsonObject(c);
    const newState = looseInt(b.new_state, 'new_state');
    if (newState === undefined) throw AppError.invalid([{ field: 'new_state', message: 'is required' }]);
    const bodyOrderId = looseInt(b.order_id, 'order_id');
    if (bodyOrderId !== undefined && bodyOrderId !== orderId)
      throw AppError.invalid([{ field: 'order_id', message: 'must be the order id of the URL' }]);
    const view = await loadOrder(sellerId, orderId);
    const sku = optionalText(b.sku, 'sku')?.trim();
    const named = sku ? view.lines.filter((l) => l.sku.toLowerCase() === sku.toLowerCase()) : undefined;
    if (named && named.length === 0) throw AppError.notFound('Order line with this SKU');
    const vatType = optionalText(b.vat_type, 'vat_type');
    if (vatType !== undefined) {
      if (vatType !== 'REGULAR' && vatType !== 'MARGINAL')
        throw AppError.invalid([{ field: 'vat_type', message: 'must be REGULAR or MARGINAL' }]);
      if ((named ?? view.lines).some((l) => l.vatType !== vatType))
        throw AppError.invalid([
          {
            field: 'vat_type',
            message: "differs from the listing's VAT type, fixed when the order was placed",
          },
        ]);
    }
    const returnReason = looseInt(b.return_reason, 'return_reason');
    if (returnReason !== undefined && RETURN_REASONS[returnReason] === undefined)
      throw AppError.invalid([
        { field: 'return_reason', message: 'is not a Back Market return reason code' },
      ]);
    const returnMessage = optionalText(b.return_message, 'return_message')?.trim();
    if (returnMessage !== undefined && returnMessage.length > 500)
      throw AppError.invalid([{ field: 'return_message', message: 'must be at most 500 characters' }]);
    const reason =
      returnMessage ||
      (returnReason !== undefined ? RETURN_REASONS[returnReason]! : 'Cancelled by the seller');
    const linesIn = (state: number) => {
      const lines = (named ?? view.lines).filter((l) => l.state === state || named !== undefined);
      for (const l of lines) {
        if (l.state !== state)
          throw new AppError('INVALID_STATE', `Order line ${l.id} is in state ${l.state}, not ${state}`);
      }
      if (lines.length === 0)
        throw new AppError('INVALID_STATE', `No line of this order is in state ${state}`);
      return lines.map((l) => l.id);
    };

    switch (newState) {
      case 2:
        await acceptOrderLines(deps, { sellerId, orderId, lineIds: linesIn(1) });
        break;
      case 4:
        await cancelOrderLines(deps, { sellerId, orderId, lineIds: linesIn(1), reason });
        break;
      case 5:
        await cancelOrderLines(deps, { sellerId, orderId, lineIds: linesIn(2), reason });
        break;
      case 3: {
        const imei = optionalText(b.imei, 'imei')?.trim() || undefined;
        const serialNumber = optionalText(b.serial_number, 'serial_number')?.trim() || undefined;
        const trackingNumber = optionalText(b.tracking_number, 'tracking_number');
        const shipper = optionalText(b.shipper, 'shipper');
        const trackingUrl = optionalText(b.tracking_url, 'tracking_url');
        if (!trackingNumber?.trim())
          throw AppError.invalid([
            { field: 'tracking_number', message: 'is required to ship (new_state 3)' },
          ]);
        const line = view.lines[0]!;
        if (imei !== undefined || serialNumber !== undefined) {
          if (view.lines.length !== 1 || line.quantity !== 1)
            throw AppError.invalid([
              {
                field: imei ? 'imei' : 'serial_number',
                message: 'only for an order of one line of quantity 1',
              },
            ]);
          // Checked before shipping: a refused IMEI leaves the order as it was.
          const badImei = imei === undefined ? null : imeiIssue(imei, 'imei');
          if (badImei) throw AppError.invalid([badImei]);
          if (serialNumber !== undefined && serialNumber.length > 50)
            throw AppError.invalid([{ field: 'serial_number', message: 'must be at most 50 characters' }]);
          if ((imei !== undefined && line.imei) || (serialNumber !== undefined && line.serialNumber))
            throw new AppError('CONFLICT', 'The IMEI and serial number can be written only once');
        }
        await shipOrder(deps, {
          sellerId,
          orderId,
          trackingNumber,
          ...(shipper ? { shipper } : {}),
          ...(trackingUrl ? { trackingUrl } : {}),
        });
        if (imei !== undefined || serialNumber !== undefined) {
          await setLineIdentifiers(deps, {
            sellerId,
            orderLineId: line.id,
            ...(imei !== undefined ? { imei } : {}),
            ...(serialNumber !== undefined ? { serialNumber } : {}),
          });
        }
        break;
      }
      case 6:
        for (const id of linesIn(3)) {
          await refundOrderLine(deps, { orderLineId: id, reason, actor: { sellerId } });
        }
        break;
      default:
        throw AppError.invalid([
          {
            field: 'new_state',
            message:
              'must be 2 (accept), 4 (cancel), 3 (ship), 5 (refund before shipping) or 6 (refund after shipping)',
          },
        ]);
    }
    return c.json(presentOrder(await loadOrder(sellerId, orderId)));
  });

  app.post('/ws/orders/:orderId/invoice', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const orderId = idParam(c.req.param('orderId'), 'Order');
    await loadOrder(sellerId, orderId);
    if (!/multipart\/form-data/i.test(c.req.header('content-type') ?? ''))
      throw AppError.invalid([
        { field: 'invoice', message: 'send the PDF as multipart/form-data field "invoice"' },
      ]);
    const form = await c.req.parseBody({ all: true });
    const raw = form.invoice ?? form['invoice[]'];
    const files = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (f): f is File => typeof f !== 'string',
    );
    if (files.length === 0)
      throw AppError.invalid([{ field: 'invoice', message: 'is required (a PDF file)' }]);
    if (files.length > MAX_INVOICE_FILES)
      throw AppError.invalid([{ field: 'invoice', message: `at most ${MAX_INVOICE_FILES} files` }]);
    const datas: Uint8Array[] = [];
    for (const f of files) {
      if (f.size > MAX_INVOICE_BYTES)
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `An invoice is limited to ${MAX_INVOICE_BYTES / 1024 / 1024} MiB`,
        );
      const data = new Uint8Array(await f.arrayBuffer());
      if (new TextDecoder().decode(data.subarray(0, 5)) !== '%PDF-')
        throw AppError.invalid([{ field: 'invoice', message: `${f.name || 'the file'} is not a PDF` }]);
      datas.push(data);
    }
    for (const [i, data] of datas.entries())
      await ctx.storage.put(invoiceKey(orderId, i + 1), data, 'application/pdf');
    return c.json({ order_id: orderId, invoices: datas.length, statuscode: 200 });
  });

  app.patch('/ws/orderlines/:orderlineId', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const orderLineId = idParam(c.req.param('orderlineId'), 'Order line');
    const b = await jsonObject(c);
    const imei = optionalText(b.imei, 'imei');
    const serialNumber = optionalText(b.serial_number, 'serial_number');
    await setLineIdentifiers(deps, {
      sellerId,
      orderLineId,
      ...(imei !== undefined ? { imei: imei.trim() } : {}),
      ...(serialNumber !== undefined ? { serialNumber: serialNumber.trim() } : {}),
    });
    const line = await lineIdentifiers(db, orderLineId);
    return c.json({ imei: line?.imei ?? '', serial_number: line?.serialNumber ?? '' });
  });
}
