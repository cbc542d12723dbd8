/** The closed list of error codes. Each maps to one HTTP status, in one place (httpStatusOf). */
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
