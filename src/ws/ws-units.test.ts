import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../modules/seller-api/listing-batch.ts';
import { APP_ERROR_CODES, AppError } from '../platform/errors.ts';
import { toWsError, wsCodeOf, wsErrorBody, wsErrorStyle } from './ws-errors.ts';
import { legacyProductNumber, listingUuid, offerIdFromListingRef } from './ws-ids.ts';
import { maxListingPrice } from './ws-present.ts';

describe('listing ids', () => {
  it('round-trips an offer id through its listing UUID; rejects anything else', () => {
    expect(listingUuid(4567)).toBe('00000000-0000-4000-8000-0000000011d7');
    expect(offerIdFromListingRef(listingUuid(4567))).toBe(4567);
    expect(offerIdFromListingRef('4567')).toBe(4567);
    expect(offerIdFromListingRef('da72cf47-1b1f-434a-9224-1f8684ac1bd4')).toBeNull();
    expect(offerIdFromListingRef('0')).toBeNull();
    expect(offerIdFromListingRef('99999999999')).toBeNull();
    expect(offerIdFromListingRef('sample')).toBeNull();
    const n = legacyProductNumber('7a97a1b6-547e-4718-bc72-5b84aca91b09');
    expect(Number.isInteger(n) && n >= 0 && n < 2 ** 31).toBe(true);
  });
});

describe('CSV catalogs', () => {
  it('parses any delimiter and quote character, quoted delimiters and doubled quotes, CRLF', () => {
    expect(parseDelimited('sku;price\r\nA;"1;2"\r\n\r\nB;\'x\'', ';', '"')).toEqual([
      ['sku', 'price'],
      ['A', '1;2'],
      ['B', "'x'"],
    ]);
    expect(parseDelimited("sku|comment\nA|'it''s|ok'\n", '|', "'")).toEqual([
      ['sku', 'comment'],
      ['A', "it's|ok"],
    ]);
    expect(parseDelimited('a,b\n,\n')).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });
});

describe('Back Market error shapes', () => {
  it('uses V1 by default, V2 on the category tree, a string for listing writes, problem+json for listings_bi', () => {
    expect(wsErrorStyle('GET', '/ws/orders', 404)).toBe('v1');
    expect(wsErrorStyle('GET', '/ws/category/tree', 401)).toBe('v2');
    expect(wsErrorStyle('GET', '/ws/category/tree/3', 404)).toBe('v1');
    expect(wsErrorStyle('POST', '/ws/listings/12', 400)).toBe('text');
    expect(wsErrorStyle('POST', '/ws/listings', 400)).toBe('text');
    expect(wsErrorStyle('POST', '/ws/listings/12', 404)).toBe('v1');
    expect(wsErrorStyle('GET', '/ws/listings_bi', 429)).toBe('problem');
    const e = toWsError(
      AppError.invalid([{ field: 'price', message: 'EUR allows at most 2 decimal places' }]),
      'POST',
      '/ws/listings/1',
    );
    expect(e.status).toBe(400);
    expect(wsErrorBody(e, 'text', 'r1').body).toBe('price: EUR allows at most 2 decimal places');
    expect(wsErrorBody(e, 'v1', 'r1').body).toMatchObject({
      error: { code: 'invalid-input', target: 'price' },
      requestId: 'r1',
    });
    expect(toWsError(new AppError('CONFLICT', 'x'), 'PATCH', '/ws/orderlines/1').status).toBe(422);
    expect(toWsError(new AppError('CONFLICT', 'x'), 'POST', '/ws/orders/1').status).toBe(400);
    expect(toWsError(new Error('boom'), 'GET', '/ws/orders')).toMatchObject({
      status: 500,
      message: 'Something went wrong on our side',
    });
  });

  it('spells every platform code the Back Market way, with a Back Market status', () => {
    for (const code of APP_ERROR_CODES) {
      expect(wsCodeOf(code), code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(toWsError(new AppError(code, 'x'), 'GET', '/ws/orders').status, code).not.toBe(409);
    }
    expect(toWsError(new AppError('IDEMPOTENCY_KEY_REUSED', 'x'), 'POST', '/ws/listings/1')).toMatchObject({
      status: 422,
      code: 'idempotency-key-reused',
    });
    expect(toWsError(new AppError('SOLD_OUT', 'x'), 'POST', '/ws/orders/1')).toMatchObject({
      status: 400,
      code: 'sold-out',
    });
    expect(toWsError(new AppError('INVALID_STATE', 'x'), 'PATCH', '/ws/orderlines/1')).toMatchObject({
      status: 422,
      code: 'invalid-state',
    });
    expect(toWsError(new AppError('WINDOW_CLOSED', 'x'), 'POST', '/ws/orders/1').code).toBe('window-closed');
  });

  it('reports the largest accepted price as max_price', () => {
    expect(maxListingPrice('EUR')).toBe('999999.99');
    expect(maxListingPrice('SEK')).toBe('999999.99');
    expect(maxListingPrice('JPY')).toBe('99999999');
  });
});
