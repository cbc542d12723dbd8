import { z } from '@hono/zod-openapi';
import { APP_ERROR_CODES, type AppErrorCode, type FieldIssue } from '../errors.ts';

/** RFC 9457 problem details, with field-level `errors` for validation failures. */
export type Problem = {
  type: string;
  /** Stable, machine-readable: one of APP_ERROR_CODES. */
  code: AppErrorCode;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldIssue[];
};

const TITLES: Record<number, string> = {
  400: 'Invalid input',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  422: 'Unprocessable',
  429: 'Too many requests',
  500: 'Internal error',
};

const GENERIC: Record<number, AppErrorCode> = {
  400: 'INVALID_INPUT',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
};

/** The generic code of an HTTP status, for errors raised outside AppError (routing, validation). */
export const genericCode = (status: number): AppErrorCode => GENERIC[status] ?? 'INTERNAL';

export function problem(
  status: number,
  detail: string,
  errors?: FieldIssue[],
  instance?: string,
  code: AppErrorCode = genericCode(status),
): Problem {
  const title = TITLES[status] ?? 'Error';
  return {
    type: `/errors/${code.toLowerCase().replace(/_/g, '-')}`,
    code,
    title,
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}

/** RFC 9457 problem body, as every JSON error of the platform is sent. */
export const ZProblemSchema = z
  .object({
    type: z.string(),
    code: z.enum(APP_ERROR_CODES).openapi({
      description:
        'Stable machine-readable code: a generic one (NOT_FOUND, INVALID_INPUT, CONFLICT, …) or a business outcome (SOLD_OUT, CART_CHANGED, IDEMPOTENCY_KEY_REUSED, NOT_ELIGIBLE, WINDOW_CLOSED, INVALID_STATE).',
    }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');
