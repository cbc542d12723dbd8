import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { APP_ERROR_CODES, AppError, httpStatusOf } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { PUBLIC } from './access.ts';
import { createApp } from './app.ts';
import { problemResponse } from './openapi.ts';
import { genericCode, problem, ZProblemSchema } from './problem.ts';

describe('problem bodies', () => {
  it('carry a code from the closed list, its status and a type derived from it', () => {
    expect(problem(409, 'Sold out', undefined, '/api/v1/x', 'SOLD_OUT')).toEqual({
      type: '/errors/sold-out',
      code: 'SOLD_OUT',
      title: 'Conflict',
      status: 409,
      detail: 'Sold out',
      instance: '/api/v1/x',
    });
    // Errors raised outside AppError get the generic code of their status.
    expect(problem(400, 'bad', [{ field: 'q', message: 'too long' }])).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [{ field: 'q', message: 'too long' }],
    });
    expect(genericCode(413)).toBe('PAYLOAD_TOO_LARGE');
    expect(genericCode(500)).toBe('INTERNAL');
    expect(genericCode(418)).toBe('INTERNAL');
  });

  it('give every code exactly one status, and every generic status back its code', () => {
    for (const code of APP_ERROR_CODES) {
      const status = httpStatusOf(code);
      expect(status, code).toBeGreaterThanOrEqual(400);
      ZProblemSchema.parse(problem(status, 'x', undefined, undefined, code));
    }
    for (const code of [
      'NOT_FOUND',
      'INVALID_INPUT',
      'CONFLICT',
      'UNAUTHORIZED',
      'FORBIDDEN',
      'RATE_LIMITED',
      'PAYLOAD_TOO_LARGE',
      'UNPROCESSABLE',
      'INTERNAL',
    ] as const) {
      expect(genericCode(httpStatusOf(code)), code).toBe(code);
    }
  });
});

describe('the HTTP shell answers every JSON error with a coded problem body', () => {
  const logger = createLogger('silent');
  const app = createApp({
    logger,
    renderErrorPage: (c, status, message) => c.html(`<p>${message}</p>`, status as 400),
  });
  const itemRoute = createRoute({
    method: 'get',
    path: '/api/v1/items/{id}',
    middleware: [PUBLIC] as const,
    request: { params: z.object({ id: z.string().regex(/^\d+$/) }) },
    responses: {
      200: { description: 'ok', content: { 'application/json': { schema: z.object({ id: z.string() }) } } },
      400: problemResponse('Malformed id'),
    },
  });
  app.openapi(itemRoute, (c) => {
    const { id } = c.req.valid('param');
    if (id === '404') throw AppError.notFound('Item');
    if (id === '409') throw new AppError('SOLD_OUT', 'Item 409 is sold out');
    if (id === '422') throw new AppError('IDEMPOTENCY_KEY_REUSED', 'Key reused');
    if (id === '429') throw AppError.rateLimited('Slow down', 7);
    if (id === '500') throw new Error('boom');
    return c.json({ id }, 200);
  });
  app.get('/shop/fails', PUBLIC, () => {
    throw new AppError('SOLD_OUT', 'Sold out');
  });

  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, headers: res.headers, body: await res.json().catch(() => null) };
  };

  it('validation failures: 400 INVALID_INPUT naming the field', async () => {
    const r = await get('/api/v1/items/abc');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(r.body).toMatchObject({ code: 'INVALID_INPUT', errors: [{ field: 'id' }] });
  });

  it('AppErrors: their own code and status, Retry-After when rate limited', async () => {
    expect((await get('/api/v1/items/404')).body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await get('/api/v1/items/409')).body).toMatchObject({
      status: 409,
      code: 'SOLD_OUT',
      type: '/errors/sold-out',
      instance: '/api/v1/items/409',
    });
    expect((await get('/api/v1/items/422')).body).toMatchObject({
      status: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    const limited = await get('/api/v1/items/429');
    expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited.headers.get('retry-after')).toBe('7');
  });

  it('unexpected errors: 500 INTERNAL without the message; unknown routes: 404 NOT_FOUND', async () => {
    const boom = await get('/api/v1/items/500');
    expect(boom.status).toBe(500);
    expect(boom.body).toMatchObject({ code: 'INTERNAL', detail: 'Something went wrong on our side' });
    const none = await get('/api/v1/nothing');
    expect(none.status).toBe(404);
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    expect(none.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('pages outside /api answer with the HTML error page and the code’s status', async () => {
    const res = await app.request('/shop/fails');
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('the OpenAPI Problem schema lists the closed code list', () => {
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    const schema = doc.components?.schemas?.Problem as {
      required: string[];
      properties: { code: { enum: string[] } };
    };
    expect(schema.required).toContain('code');
    expect(schema.properties.code.enum).toEqual([...APP_ERROR_CODES]);
  });
});
