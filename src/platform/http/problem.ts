import type { FieldIssue } from '../errors.ts';

/** RFC 9457 problem details, with field-level `errors` for validation failures. */
export type Problem = {
  type: string;
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

export function problem(status: number, detail: string, errors?: FieldIssue[], instance?: string): Problem {
  const title = TITLES[status] ?? 'Error';
  return {
    type: `/errors/${title.toLowerCase().replace(/\s+/g, '-')}`,
    title,
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}
