/**
 * Errors of the seller API in Back Market's shapes (reference OpenAPI `components.schemas`),
 * never the platform's problem+json:
 * - `ErrorResponseV1` `{ error: { code, message, target?, data? }, requestId }` — the default;
 * - `ErrorResponseV2` `{ errors: [{ code, message, target? }], requestId }` — GET /ws/category/tree;
 * - RFC 7807 `Problem` `{ type, title, status, detail }` (application/problem+json) — /ws/listings_bi;
 * - a bare JSON string — 400 of POST /ws/listings and POST /ws/listings/{listingId}, as declared.
 *
 * The machine codes are the platform's closed list (APP_ERROR_CODES, decision 0012) written the
 * Back Market way (`SOLD_OUT` → `sold-out`), plus two that only /ws answers (WS_ONLY_CODES).
 */
import type { Context } from 'hono';
import { AppError, type AppErrorCode, type FieldIssue, isAppError } from '../platform/errors.ts';
import { malformedBodyError } from '../platform/http/app.ts';

export type WsErrorStyle = 'v1' | 'v2' | 'problem' | 'text';

const CODES: Record<AppErrorCode, string> = {
  NOT_FOUND: 'not-found',
  INVALID_INPUT: 'invalid-input',
  CONFLICT: 'invalid-state',
  UNAUTHORIZED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  RATE_LIMITED: 'rate-limited',
  PAYLOAD_TOO_LARGE: 'payload-too-large',
  UNPROCESSABLE: 'unprocessable',
  INTERNAL: 'internal-error',
  SOLD_OUT: 'sold-out',
  CART_CHANGED: 'cart-changed',
  IDEMPOTENCY_KEY_REUSED: 'idempotency-key-reused',
  NOT_ELIGIBLE: 'not-eligible',
  WINDOW_CLOSED: 'window-closed',
  INVALID_STATE: 'invalid-state',
  CART_ALREADY_CHECKED_OUT: 'cart-already-checked-out',
  SECOND_FACTOR_REQUIRED: 'second-factor-required',
};

/** Codes of /ws beyond the platform's list: refusals of the /ws transport itself. */
export const WS_ONLY_CODES = {
  /** 400: no User-Agent naming the integration (domain-rules §1.2). */
  missingUserAgent: 'missing-user-agent',
  /** 409 with Retry-After: 1 — the same Idempotency-Key is being answered by another process. */
  idempotencyKeyInProgress: 'idempotency-key-in-progress',
} as const;

/** The Back Market spelling of a platform code. */
export const wsCodeOf = (code: AppErrorCode): string => CODES[code];

/** The error of a request, as sent: status, machine code, human message, fields at fault. */
export type WsError = { status: number; code: string; message: string; fields?: FieldIssue[] };

const LISTING_WRITE = /^\/ws\/listings(\/[^/]+)?\/?$/;

export function wsErrorStyle(method: string, path: string, status: number): WsErrorStyle {
  if (/^\/ws\/category\/tree\/?$/.test(path)) return 'v2';
  if (path.startsWith('/ws/listings_bi')) return 'problem';
  if (
    method === 'POST' &&
    status === 400 &&
    LISTING_WRITE.test(path) &&
    !path.startsWith('/ws/listings/detail')
  )
    return 'text';
  return 'v1';
}

/**
 * HTTP status of an AppError on /ws. Back Market declares no 409: a refused state change is a
 * 400 on orders and listings, and a 422 on order lines (write-once IMEI / serial number).
 */
export function wsStatusOf(e: AppError, method: string, path: string): number {
  switch (e.code) {
    case 'NOT_FOUND':
      return 404;
    case 'INVALID_INPUT':
      return 400;
    case 'CONFLICT':
    case 'INVALID_STATE':
    case 'SOLD_OUT':
    case 'CART_CHANGED':
    case 'CART_ALREADY_CHECKED_OUT':
      return method === 'PATCH' && path.startsWith('/ws/orderlines/') ? 422 : 400;
    case 'UNAUTHORIZED':
      return 401;
    case 'FORBIDDEN':
    case 'SECOND_FACTOR_REQUIRED':
      return 403;
    case 'RATE_LIMITED':
      return 429;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNPROCESSABLE':
    case 'IDEMPOTENCY_KEY_REUSED':
    case 'NOT_ELIGIBLE':
    case 'WINDOW_CLOSED':
      return 422;
    case 'INTERNAL':
      return 500;
  }
}

export function toWsError(thrown: unknown, method: string, path: string): WsError {
  const err = malformedBodyError(thrown) ?? thrown;
  if (isAppError(err)) {
    return {
      status: wsStatusOf(err, method, path),
      code: CODES[err.code],
      message: err.message,
      ...(err.fields.length ? { fields: err.fields } : {}),
    };
  }
  return { status: 500, code: CODES.INTERNAL, message: 'Something went wrong on our side' };
}

/** The /ws error of a platform code: its /ws status and Back Market code (no exception thrown). */
export function wsErrorOf(
  c: Context,
  code: AppErrorCode,
  message: string,
  fields: FieldIssue[] = [],
): WsError {
  return toWsError(new AppError(code, message, fields), c.req.method, c.req.path);
}

function describe(e: WsError): string {
  if (!e.fields?.length) return e.message;
  return e.fields.map((f) => `${f.field}: ${f.message}`).join('; ');
}

/** The body and content type of an error in the style its route declares. */
export function wsErrorBody(
  e: WsError,
  style: WsErrorStyle,
  requestId: string,
): { body: unknown; contentType: string } {
  switch (style) {
    case 'text':
      return { body: describe(e), contentType: 'application/json' };
    case 'problem':
      return {
        body: { type: `/errors/${e.code}`, title: e.message, status: e.status, detail: describe(e) },
        contentType: 'application/problem+json',
      };
    case 'v2': {
      const errors = e.fields?.length
        ? e.fields.map((f) => ({ code: e.code, message: f.message, target: f.field }))
        : [{ code: e.code, message: e.message }];
      return { body: { errors, requestId }, contentType: 'application/json' };
    }
    case 'v1':
      return {
        body: {
          error: {
            code: e.code,
            message: e.fields?.length ? `${e.message}: ${describe(e)}` : e.message,
            ...(e.fields?.length ? { target: e.fields[0]!.field, data: { fields: e.fields } } : {}),
          },
          requestId,
        },
        contentType: 'application/json',
      };
  }
}

/** A Response for an error of this request, in its route's style. */
export function wsErrorResponse(c: Context, e: WsError, headers: Record<string, string> = {}): Response {
  const style = wsErrorStyle(c.req.method, c.req.path, e.status);
  const requestId = (c.get('requestId' as never) as string | undefined) ?? '';
  const { body, contentType } = wsErrorBody(e, style, requestId);
  return new Response(JSON.stringify(body), {
    status: e.status,
    headers: { ...headers, 'content-type': contentType },
  });
}
