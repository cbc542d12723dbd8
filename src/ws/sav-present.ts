/**
 * Reloop after-sales rows → Back Market wire objects of the Care API (/ws/sav: careFolder,
 * getCareFolderDetailsResponse, message, postMessageResponse) and of BackShip
 * (/ws/shipping/v1: Delivery, Return). Dates are ISO 8601 in UTC; prices are strings.
 */

import type { CareFolderRow, SellerCareMessage } from '../modules/after-sales/seller-care-api.ts';
import type { SellerReturn } from '../modules/after-sales/seller-returns.read-model.ts';
import { CARRIERS, carrierByCode, carrierNamed } from '../modules/delivery/carriers.ts';
import type { SellerDelivery } from '../modules/delivery/seller-deliveries.read-model.ts';
import type { PostalAddress } from '../modules/orders/orders.types.ts';
import type { SellerOrderView } from '../modules/seller-api/seller-orders.read-model.ts';
import { marketByCode } from '../platform/markets.ts';
import { formatAmount } from '../platform/money.ts';
import { legacyProductNumber } from './ws-ids.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/** Care folder state on the wire: 0 open (whoever's turn it is), 9 closed. */
export const careState = (f: Pick<CareFolderRow, 'status'>): 0 | 9 => (f.status === 'closed' ? 9 : 0);

const countryCode = (market: string) => marketByCode(market)?.locale ?? market.toLowerCase();

/** Back Market's issue names for Reloop's problems (claim.issues[].customerIssue, tag). */
const ISSUE_OF: Record<string, { customerIssue: string; tag: string }> = {
  damaged_package: { customerIssue: 'DAMAGED_PACKAGE', tag: 'SHIPPING' },
  not_received: { customerIssue: 'ITEM_NOT_RECEIVED', tag: 'SHIPPING' },
  wrong_item: { customerIssue: 'WRONG_ITEM', tag: 'PRODUCT' },
  missing_part: { customerIssue: 'MISSING_PART', tag: 'PRODUCT' },
  defective: { customerIssue: 'DEFECTIVE', tag: 'TECHNICAL' },
  not_as_described: { customerIssue: 'NOT_AS_DESCRIBED', tag: 'AESTHETIC' },
  locked: { customerIssue: 'ACCOUNT_LOCKED', tag: 'TECHNICAL' },
  other: { customerIssue: 'OTHER', tag: 'OTHER' },
};

/** A folder in the list (careFolder). Its one claim is the folder itself. */
export function presentCareFolder(f: CareFolderRow) {
  return {
    id: f.id,
    client: f.buyerUserId ?? 0,
    merchant: f.sellerId,
    orderline: f.orderLineId,
    date_creation: iso(f.openedAt),
    date_modification: iso(f.updatedAt),
    date_last_message: iso(f.lastMessageAt),
    ...(f.closedAt ? { date_closed: iso(f.closedAt) } : {}),
    state: careState(f),
    lines: [f.id],
    country_code: countryCode(f.market),
    backcare: false,
  };
}

const INITIATOR = { buyer: 'Client', seller: 'Merchant', operator: 'BackMarket' } as const;
const KIND = { buyer: 'CLIENT_TO_ALL', seller: 'MERCHANT_TO_ALL', operator: 'BACKMARKET_TO_ALL' } as const;

function address(a: PostalAddress) {
  const name = a.name.trim();
  const space = name.indexOf(' ');
  return {
    ...(a.company ? { company: a.company } : {}),
    first_name: space > 0 ? name.slice(0, space) : name,
    last_name: space > 0 ? name.slice(space + 1) : '',
    street: a.line1,
    ...(a.line2 ? { street2: a.line2 } : {}),
    postal_code: a.postalCode,
    country: a.country,
    city: a.city,
    ...(a.phone ? { phone: a.phone } : {}),
  };
}

/** Order states the Care API's `order` declares (0, 1, 3, 8, 9); 10 (awaiting payment) is not one. */
const CARE_ORDER_STATES: readonly number[] = [0, 1, 3, 8, 9];

/** A folder with its thread (getCareFolderDetailsResponse). `fileUrl` gives an attachment's URL. */
export function presentCareFolderDetails(
  f: CareFolderRow,
  messages: readonly SellerCareMessage[],
  order: SellerOrderView | null,
  fileUrl: (fileId: number) => string,
) {
  const o = order?.order;
  const line = order?.lines.find((l) => l.id === f.orderLineId);
  const name = o ? address(o.shippingAddress) : null;
  const amount = (minor: number) => formatAmount(minor, o!.currency);
  return {
    backcare: false,
    client: {
      id: 0,
      username: '',
      ...(name ? { first_name: name.first_name, last_name: name.last_name } : {}),
    },
    country_code: countryCode(f.market),
    ...(f.closedAt ? { date_closed: iso(f.closedAt) } : {}),
    date_creation: iso(f.openedAt),
    date_last_message: iso(f.lastMessageAt),
    date_modification: iso(f.updatedAt),
    id: f.id,
    lines: [
      {
        id: f.id,
        issues: [ISSUE_OF[f.problem] ?? { customerIssue: f.problem.toUpperCase(), tag: 'OTHER' }],
        state: careState(f),
        return_labels: [],
      },
    ],
    merchant: { id: f.sellerId },
    messages: messages.map((m) => ({
      id: m.id,
      message: m.body,
      date_creation: iso(m.createdAt),
      attachments: m.files.map((file) => ({
        id: file.id,
        attachment: fileUrl(file.id),
        date_creation: iso(file.createdAt),
      })),
      initiator: INITIATOR[m.party],
      kind: KIND[m.party],
      is_informative: false,
    })),
    orderline: {
      id: f.orderLineId,
      ...(o && line
        ? {
            order: {
              order_id: o.id,
              shipping_address: address(o.shippingAddress),
              billing_address: address(o.billingAddress),
              ...(o.trackingNumber ? { tracking_number: o.trackingNumber } : {}),
              ...(o.trackingNumber && carrierNamed(o.shipper).trackingUrl(o.trackingNumber)
                ? { tracking_url: carrierNamed(o.shipper).trackingUrl(o.trackingNumber)! }
                : {}),
              ...(o.shipper ? { shipper_display: o.shipper } : {}),
              date_creation: iso(o.createdAt),
              date_modification: iso(order!.modifiedAt),
              ...(o.shippedAt ? { date_shipping: iso(o.shippedAt) } : {}),
              ...(o.paidAt ? { date_payment: iso(o.paidAt) } : {}),
              ...(CARE_ORDER_STATES.includes(o.state) ? { state: o.state } : {}),
              price: amount(o.itemsTotalMinor),
              shipping_price: amount(o.shippingTotalMinor),
              currency: o.currency,
              country_code: countryCode(o.market),
            },
            snapshot: {
              id: 0,
              product: { product_id: legacyProductNumber(line.productId) },
              listing: line.offerId,
              sku: line.sku,
            },
            quantity: line.quantity,
            price: amount(line.unitPriceMinor),
            state: line.state,
          }
        : {}),
    },
    state: careState(f),
  };
}

/** The answer to a posted message (postMessageResponse). */
export function presentPostedMessage(
  m: { id: number; body: string; createdAt: Date; folderId: number; sellerId: number },
  files: readonly { id: number }[],
  fileUrl: (fileId: number) => string,
) {
  const attachments = files.map((f) => ({
    msg: m.id,
    group: m.folderId,
    sender: m.sellerId,
    attachment: fileUrl(f.id),
  }));
  return {
    ...(attachments[0] ? { attachment: attachments[0] } : {}),
    attachments,
    date_creation: iso(m.createdAt),
    group: m.folderId,
    id: m.id,
    message: m.body,
    sender: m.sellerId,
  };
}

/** A carrier's integer id on the wire: its place in the carriers list, 0 for an unknown carrier. */
export function carrierId(code: string | null | undefined): number {
  const i = CARRIERS.findIndex((c) => c.code === code);
  return i + 1;
}

/**
 * A parcel (Delivery). Reloop does not sell labels (labelUrl empty, invoicedPrice 0) nor book
 * pickups: the pickup is the hand-over to the carrier. `dateDelivery` is null until the parcel is
 * delivered — the reference declares it required and not nullable, but a date there would say the
 * parcel arrived.
 */
export function presentDelivery(d: SellerDelivery) {
  const shipped = iso(d.shippedAt);
  return {
    order: d.orderId,
    shipmentId: d.shipmentId,
    carrierId: carrierId(d.carrier),
    orderlines: d.orderLineIds,
    referenceNumber: String(d.orderId),
    trackingNumber: d.trackingNumber,
    trackingUrl: d.trackingUrl ?? '',
    carrierName: d.carrierName,
    hubScanned: d.status !== 'label_created',
    invoicedCurrency: d.currency,
    invoicedPrice: 0,
    datePickup: shipped,
    dateCreation: shipped,
    dateDelivery: d.deliveredAt ? iso(d.deliveredAt) : null,
    labelUrl: '',
    type: 'DELIVERY',
    pickupInfo: {
      confirmationNumber: '',
      datePickupActual: shipped,
      datePickupRangeStart: shipped,
      datePickupRangeEnd: shipped,
      datePickupRequested: shipped.slice(0, 10),
      isCanceled: false,
      pickupId: d.shipmentId,
    },
  };
}

/**
 * A return (Return). `shipmentId` is the return's id (its parcel back). `datePickup` is null: Reloop
 * does not know when the buyer handed the parcel over; `dateDelivery` is null until it came back.
 */
export function presentReturn(r: SellerReturn) {
  const carrier = r.carrier ? (carrierByCode(r.carrier) ?? carrierNamed(r.carrier)) : null;
  const trackingUrl = carrier && r.trackingNumber ? carrier.trackingUrl(r.trackingNumber) : null;
  return {
    orderId: r.orderId,
    orderlineId: r.orderLineId,
    shipmentId: r.id,
    dateCreation: iso(r.requestedAt),
    referenceNumber: `${r.orderId}-${r.orderLineId}-${r.id}`,
    trackingNumber: r.trackingNumber ?? '',
    trackingUrl: trackingUrl ?? '',
    carrierId: carrier ? carrierId(carrier.code) : 0,
    carrierName: carrier ? carrier.name : '',
    hubScanned: r.receivedAt !== null,
    datePickup: null,
    dateDelivery: r.receivedAt ? iso(r.receivedAt) : null,
    label: '',
    invoicedPrice: 0,
    invoicedCurrency: r.currency,
    type: 'RETURN',
  };
}
