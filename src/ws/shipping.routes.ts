/**
 * BackShip reads on Reloop: /ws/shipping/v1/deliveries and /returns (the seller's parcels and
 * returns, paged with `page`, newest first), and one of each by id. Another seller's is a 404.
 * A malformed filter is answered as the reference declares: 422 with OrderIdValidationError
 * (`{ error: { code, message }, data: { fields: { <parameter>: [message] } } }`).
 */
import type { Context } from 'hono';
import {
  type ReturnFilter,
  sellerReturn,
  sellerReturns,
} from '../modules/after-sales/seller-returns.read-model.ts';
import {
  type DeliveryFilter,
  sellerDeliveries,
  sellerDelivery,
} from '../modules/delivery/seller-deliveries.read-model.ts';
import { AppError } from '../platform/errors.ts';
import { PUBLIC } from '../platform/http/access.ts';
import type { App } from '../platform/http/app.ts';
import { presentDelivery, presentReturn } from './sav-present.ts';
import { wsAuthOf } from './ws-auth.ts';
import type { WsContext } from './ws-context.ts';
import { idParam, pageEnvelope, pageParams } from './ws-http.ts';

const ORDER_STATES = [0, 1, 3, 8, 9];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

type Filter = DeliveryFilter & ReturnFilter;
type Refusal = Record<string, string[]>;

/** The filters of a BackShip list; `refused` names every malformed parameter. */
function filters(c: Context): { filter: Filter; refused: Refusal } {
  const refused: Refusal = {};
  const filter: Filter = {};
  const int = (name: string): number | undefined => {
    const raw = c.req.query(name)?.trim();
    if (raw === undefined || raw === '') return undefined;
    if (!/^\d{1,9}$/.test(raw)) {
      refused[name] = ['An integer is needed.'];
      return undefined;
    }
    return Number(raw);
  };
  const date = (name: string): Date | undefined => {
    const raw = c.req.query(name)?.trim();
    if (raw === undefined || raw === '') return undefined;
    // Without a zone, Back Market's examples ('2021-05-05T06:58:31') are read as UTC.
    const zoned = /T/.test(raw) && !/(Z|[+-]\d{2}:\d{2})$/.test(raw) ? `${raw}Z` : raw;
    const d = new Date(zoned);
    if (!DATE_TIME.test(raw) || Number.isNaN(d.getTime())) {
      refused[name] = ['A date-time like 2021-05-05T06:58:31 is needed.'];
      return undefined;
    }
    return d;
  };
  const orderId = int('order_id');
  if (orderId !== undefined) filter.orderId = orderId;
  const page = int('page');
  if (page === 0) refused.page = ['A page number from 1 is needed.'];
  const dates = {
    createdFrom: date('start_date'),
    createdTo: date('end_date'),
    pickupFrom: date('pickup_start_date'),
    pickupTo: date('pickup_end_date'),
  };
  for (const [k, v] of Object.entries(dates)) if (v) filter[k as keyof typeof dates] = v;
  const state = int('order_state');
  if (state !== undefined) {
    if (ORDER_STATES.includes(state)) filter.orderState = state;
    else refused.order_state = [`One of ${ORDER_STATES.join(', ')} is needed.`];
  }
  const hub = c.req.query('hub_scanned')?.trim().toLowerCase();
  if (hub !== undefined && hub !== '') {
    if (['true', '1'].includes(hub)) filter.hubScanned = true;
    else if (['false', '0'].includes(hub)) filter.hubScanned = false;
    else refused.hub_scanned = ['A boolean (true or false) is needed.'];
  }
  return { filter, refused };
}

function validationError(c: Context, refused: Refusal): Response {
  const requestId = (c.get('requestId' as never) as string | undefined) ?? '';
  const named = Object.keys(refused).join(', ');
  return c.json(
    {
      error: { code: 'invalid-input', message: `Validation error: ${named}` },
      data: { fields: refused },
      requestId,
    },
    422,
  );
}

export function registerShippingRoutes(app: App, ctx: WsContext): void {
  const { deps } = ctx;
  const { db } = deps;

  app.get('/ws/shipping/v1/deliveries', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const { filter, refused } = filters(c);
    if (Object.keys(refused).length) return validationError(c, refused);
    const p = pageParams(c);
    const { count, deliveries } = await sellerDeliveries(db, sellerId, filter, {
      offset: p.offset,
      limit: p.pageSize,
    });
    return c.json(pageEnvelope(c, deps.siteUrl, p, count, deliveries.map(presentDelivery)));
  });

  app.get('/ws/shipping/v1/deliveries/:id', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const d = await sellerDelivery(db, sellerId, idParam(c.req.param('id'), 'Delivery'));
    if (!d) throw AppError.notFound('Delivery');
    return c.json(presentDelivery(d));
  });

  app.get('/ws/shipping/v1/returns', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const { filter, refused } = filters(c);
    if (Object.keys(refused).length) return validationError(c, refused);
    const p = pageParams(c);
    const { count, returns } = await sellerReturns(db, sellerId, filter, {
      offset: p.offset,
      limit: p.pageSize,
    });
    return c.json(pageEnvelope(c, deps.siteUrl, p, count, returns.map(presentReturn)));
  });

  app.get('/ws/shipping/v1/returns/:id', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const r = await sellerReturn(db, sellerId, idParam(c.req.param('id'), 'Return'));
    if (!r) throw AppError.notFound('Return');
    return c.json(presentReturn(r));
  });
}
