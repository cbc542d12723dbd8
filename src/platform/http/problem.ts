import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  APP_ERROR_CODES,
  type AppError,
  type AppErrorCode,
  type FieldIssue,
  httpStatusOf,
} from '../errors.ts';

export const PROBLEM_JSON = 'application/problem+json';

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

/** The problem body of an AppError: its code, its status, its field issues. */
export function problemOf(err: AppError, instance?: string): Problem {
  return problem(httpStatusOf(err.code), err.message, err.fields, instance, err.code);
}

/**
 * The one way a JSON error leaves the platform (app errors, validation, unknown routes, body
 * limit, CSRF, rate limits, 500s): the problem body as application/problem+json, through the
 * context so headers already set on it (cookies, Retry-After) are kept.
 */
export function sendProblem(c: Context, p: Problem, headers: Record<string, string> = {}): Response {
  return c.json(p, p.status as ContentfulStatusCode, { ...headers, 'content-type': PROBLEM_JSON });
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
