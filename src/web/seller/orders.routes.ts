/** The seller portal's orders: the list, an order's page and its actions (accept, cancel, ship, identifiers, invoice). */
import type { Deps } from '../../app/deps.ts';
import { parcelsOfOrders } from '../../modules/delivery/shipments.read-model.ts';
import { listSellerOrders } from '../../modules/orders/seller-orders.read-model.ts';
import {
  acceptOrderLines,
  cancelOrderLines,
  invoiceKey,
  sellerOrder,
  setLineIdentifiers,
  shipOrder,
} from '../../modules/seller-orders/seller-order-actions.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import { formFields } from '../ui/request-context.ts';
import { type OrderForms, orderDetailPage, ordersPage } from './orders.pages.ts';
import { type C, pageAction, pageOf, portalView, positiveInt, S, SELLER_PORTAL_RULE, see } from './portal.ts';
import { PAGE_SIZE, sellerIdOf } from './seller-view.ts';

/** Register the portal's order pages. */
export function registerSellerOrderRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const view = portalView(deps);

  app.get(`${S}/orders`, MEMBER, async (c) => {
    const v = await view(c, 'orders');
    const raw = c.req.query('state');
    const state = raw && /^\d{1,2}$/.test(raw) ? Number(raw) : null;
    const page = pageOf(c);
    const list = await listSellerOrders(deps.db, v.sellerId, { state, page, pageSize: PAGE_SIZE });
    return c.html(ordersPage(v, state, page, list, PAGE_SIZE));
  });

  const orderIdOf = (c: C) => Number(c.req.param('orderId'));
  const renderOrder = async (c: C, forms: OrderForms, done?: string) => {
    const order = await sellerOrder(deps.db, sellerIdOf(c), orderIdOf(c));
    const parcel = (await parcelsOfOrders(deps.db, [order.order.id])).get(order.order.id);
    return orderDetailPage(await view(c, 'orders'), order, forms, done, parcel);
  };

  app.get(`${S}/orders/:orderId{[0-9]+}`, MEMBER, async (c) => {
    return c.html(await renderOrder(c, {}, c.req.query('done')));
  });

  app.post(`${S}/orders/:orderId{[0-9]+}/accept`, MEMBER, async (c) => {
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderOrder(c, { ship: form }),
      async () => {
        await acceptOrderLines(deps, { sellerId: sellerIdOf(c), orderId: orderIdOf(c) });
        return see(c, `/orders/${orderIdOf(c)}?done=accepted`);
      },
    );
  });

  app.post(`${S}/orders/:orderId{[0-9]+}/cancel`, MEMBER, async (c) => {
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderOrder(c, { cancel: form }),
      async () => {
        const reason = (values.reason ?? '').trim();
        if (!reason)
          throw AppError.invalid([{ field: 'reason', message: 'is required: the buyer receives it' }]);
        await cancelOrderLines(deps, { sellerId: sellerIdOf(c), orderId: orderIdOf(c), reason });
        return see(c, `/orders/${orderIdOf(c)}?done=cancelled`);
      },
    );
  });

  app.post(`${S}/orders/:orderId{[0-9]+}/ship`, MEMBER, async (c) => {
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderOrder(c, { ship: form }),
      async () => {
        const shipper = (values.shipper ?? '').trim();
        await shipOrder(deps, {
          sellerId: sellerIdOf(c),
          orderId: orderIdOf(c),
          trackingNumber: values.tracking_number,
          ...(shipper ? { shipper } : {}),
        });
        return see(c, `/orders/${orderIdOf(c)}?done=shipped`);
      },
    );
  });

  app.post(`${S}/orders/:orderId{[0-9]+}/identifiers`, MEMBER, async (c) => {
    const values = await formFields(c);
    const lineId = positiveInt(values.lineId);
    return pageAction(
      c,
      values,
      async (form) =>
        renderOrder(c, {
          identifiers: {
            ...form,
            lineId,
            // The page names each line's inputs `<field>_<lineId>`.
            errors: form.errors.map((e) => ({ ...e, field: `${e.field}_${lineId}` })),
          },
        }),
      async () => {
        const { lines } = await sellerOrder(deps.db, sellerIdOf(c), orderIdOf(c));
        if (!lineId || !lines.some((l) => l.id === lineId)) throw AppError.notFound('Order line');
        const imei = (values[`imei_${lineId}`] ?? '').trim();
        const serial = (values[`serial_number_${lineId}`] ?? '').trim();
        await setLineIdentifiers(deps, {
          sellerId: sellerIdOf(c),
          orderLineId: lineId,
          ...(imei ? { imei } : {}),
          ...(serial ? { serialNumber: serial } : {}),
        });
        return see(c, `/orders/${orderIdOf(c)}?done=identifiers`);
      },
    );
  });

  app.post(`${S}/orders/:orderId{[0-9]+}/invoice`, MEMBER, async (c) => {
    await sellerOrder(deps.db, sellerIdOf(c), orderIdOf(c)); // 404 for another seller's order
    const body = await c.req.parseBody();
    const file = body.invoice;
    if (!(file instanceof File) || file.size === 0)
      throw AppError.invalid([{ field: 'invoice', message: 'choose a PDF file' }]);
    if (file.size > 5 * 1024 * 1024)
      throw AppError.invalid([{ field: 'invoice', message: 'must be at most 5 MB' }]);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (new TextDecoder().decode(bytes.slice(0, 5)) !== '%PDF-')
      throw AppError.invalid([{ field: 'invoice', message: 'is not a PDF' }]);
    await deps.storage.put(invoiceKey(orderIdOf(c)), bytes, 'application/pdf');
    return see(c, `/orders/${orderIdOf(c)}?done=invoice`);
  });
}
