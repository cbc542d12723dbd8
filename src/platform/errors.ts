/**
 * The closed list of error codes, sent as `code` in every problem body (decision 0012). Each maps
 * to one HTTP status, in one place (httpStatusOf). The generic codes come first; the business ones
 * let a client tell apart outcomes that share a status (three kinds of 409).
 */
export const APP_ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'CONFLICT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNPROCESSABLE',
  'INTERNAL',
  /** An offer in the cart has no stock left (or not enough). */
  'SOLD_OUT',
  /** The cart changed since the buyer reviewed it (prices, lines, delivery): review again. */
  'CART_CHANGED',
  /** An Idempotency-Key was sent again with another request body. */
  'IDEMPOTENCY_KEY_REUSED',
  /** The subject does not qualify for this action (e.g. a line not in a refundable state). */
  'NOT_ELIGIBLE',
  /** The action's time window has passed (e.g. a withdrawal or claim deadline). */
  'WINDOW_CLOSED',
  /** The action is not allowed in the current state (e.g. shipping a line not accepted). */
  'INVALID_STATE',
  /** The cart already became a checkout (another tab or key): its orders are named in the answer. */
  'CART_ALREADY_CHECKED_OUT',
  /** An admin has not enrolled (or this session has not verified) a second factor yet. */
  'SECOND_FACTOR_REQUIRED',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export type FieldIssue = { field: string; message: string };

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  INTERNAL: 500,
  SOLD_OUT: 409,
  CART_CHANGED: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  NOT_ELIGIBLE: 422,
  WINDOW_CLOSED: 422,
  INVALID_STATE: 409,
  CART_ALREADY_CHECKED_OUT: 409,
  SECOND_FACTOR_REQUIRED: 403,
};

export function httpStatusOf(code: AppErrorCode): number {
  return STATUS[code];
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fields: FieldIssue[];
  /** For RATE_LIMITED: seconds until a retry may succeed (sent as Retry-After). */
  retryAfterSeconds?: number;
  constructor(code: AppErrorCode, message: string, fields: FieldIssue[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  static rateLimited(message: string, retryAfterSeconds: number): AppError {
    const e = new AppError('RATE_LIMITED', message);
    e.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return e;
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  static invalid(fields: FieldIssue[], message = 'Some fields are invalid'): AppError {
    return new AppError('INVALID_INPUT', message, fields);
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
