import { Hono } from 'hono';
import { html } from 'hono/html';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import {
  BUSINESS_CODES,
  formAction,
  formRefusal,
  STANDALONE_FORM,
  SUBJECT_FORM,
  withoutSecrets,
} from './form-errors.ts';
import type { FormState } from './forms.ts';

describe('the error-to-form policy', () => {
  it('shows field issues under their fields, with the status of the code', () => {
    const e = AppError.invalid([{ field: 'email', message: 'is not an email address' }]);
    expect(formRefusal(e, SUBJECT_FORM)).toEqual({
      errors: [{ field: 'email', message: 'is not an email address' }],
      status: 400,
    });
    const unprocessable = new AppError('UNPROCESSABLE', 'Refused', [{ field: 'iban', message: 'bad' }]);
    expect(formRefusal(unprocessable, SUBJECT_FORM)?.status).toBe(422);
  });

  it('shows a business outcome as one message at the top, with its own status', () => {
    expect(formRefusal(new AppError('SOLD_OUT', 'Only 1 left'), SUBJECT_FORM)).toEqual({
      errors: [],
      message: 'Only 1 left',
      status: 409,
    });
    for (const code of BUSINESS_CODES) {
      expect(formRefusal(new AppError(code, 'no'), SUBJECT_FORM), code).not.toBeNull();
    }
    expect(formRefusal(new AppError('WINDOW_CLOSED', 'Too late'))?.status).toBe(422);
    expect(formRefusal(new AppError('CART_CHANGED', 'Review again'))?.status).toBe(409);
  });

  it('leaves anything else to the error page', () => {
    expect(formRefusal(new Error('boom'), SUBJECT_FORM)).toBeNull();
    expect(formRefusal('not even an error')).toBeNull();
    expect(formRefusal(new AppError('INTERNAL', 'x'), STANDALONE_FORM)).toBeNull();
    // On a page about one subject, a missing subject or a refused role is the error page …
    expect(formRefusal(AppError.notFound('Order'), SUBJECT_FORM)).toBeNull();
    expect(formRefusal(new AppError('FORBIDDEN', 'Owners only'), SUBJECT_FORM)).toBeNull();
    // … on a stand-alone form (sign-in, a link from a mail) it answers the submission.
    expect(formRefusal(new AppError('UNAUTHORIZED', 'Wrong password'), STANDALONE_FORM)).toEqual({
      errors: [],
      message: 'Wrong password',
      status: 401,
    });
    expect(formRefusal(AppError.notFound('Offer'), { alsoShow: ['NOT_FOUND'] })?.status).toBe(404);
  });

  it('renames fields to the form’s names, or puts a message under one field', () => {
    const e = AppError.invalid([
      { field: 'markets.0.price', message: 'must be positive' },
      { field: 'sku', message: 'is taken' },
    ]);
    const renamed = formRefusal(e, { fieldName: (f) => (f === 'markets.0.price' ? 'price' : f) });
    expect(renamed?.errors).toEqual([
      { field: 'price', message: 'must be positive' },
      { field: 'sku', message: 'is taken' },
    ]);
    const under = formRefusal(new AppError('CONFLICT', 'Already changed'), { messageField: 'email' });
    expect(under).toEqual({ errors: [{ field: 'email', message: 'Already changed' }], status: 409 });
  });

  it('folds every issue into the message of a form without fields (the cart)', () => {
    const e = AppError.invalid([
      { field: 'quantity', message: 'at most 2 in stock' },
      { field: 'offerId', message: 'is offline' },
    ]);
    expect(formRefusal(e, { messageOnly: true })).toEqual({
      errors: [],
      message: 'at most 2 in stock; is offline',
      status: 400,
    });
  });

  it('keeps Retry-After of a rate-limited refusal', () => {
    expect(formRefusal(AppError.rateLimited('Slow down', 30))).toMatchObject({
      status: 429,
      retryAfterSeconds: 30,
    });
  });

  it('never sends passwords back', () => {
    expect(withoutSecrets({ email: 'a@example.com', password: 'x', newPassword: 'y' })).toEqual({
      email: 'a@example.com',
    });
  });
});

describe('formAction', () => {
  const render = (form: FormState) =>
    html`<p>${form.message ?? ''}</p>${form.errors.map((e) => html`<i>${e.field}: ${e.message}</i>`)}<b>${JSON.stringify(form.values)}</b>`;
  const app = new Hono();
  const submit = (error: unknown, policy?: Parameters<typeof formAction>[4]) =>
    app.request('/form', { method: 'POST' }, { error, policy });
  app.post('/form', (c) => {
    const { error, policy } = c.env as { error: unknown; policy?: Parameters<typeof formAction>[4] };
    return formAction(
      c,
      { email: 'a@example.com', password: 'secret' },
      render,
      async () => {
        if (error) throw error;
        return c.text('done');
      },
      policy,
    );
  });
  app.onError((err, c) => c.text(`error page: ${err.message}`, 500));

  it('re-renders the form with the code’s status, what was typed and no password', async () => {
    const res = await submit(AppError.invalid([{ field: 'email', message: 'is taken' }]));
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain('<i>email: is taken</i>');
    expect(body).toContain('a@example.com');
    expect(body).not.toContain('secret');
    const soldOut = await submit(new AppError('SOLD_OUT', 'Sold out meanwhile'), SUBJECT_FORM);
    expect(soldOut.status).toBe(409);
    expect(await soldOut.text()).toContain('<p>Sold out meanwhile</p>');
    const limited = await submit(AppError.rateLimited('Slow down', 12));
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '12']);
  });

  it('rethrows what the form does not show; a set of codes adds to the input refusals', async () => {
    expect(await (await submit(new Error('boom'))).text()).toBe('error page: boom');
    expect(await (await submit(AppError.notFound('Order'), SUBJECT_FORM)).text()).toBe(
      'error page: Order not found',
    );
    const viaSet = await submit(AppError.notFound('Order'), new Set(['NOT_FOUND'] as const));
    expect(viaSet.status).toBe(404);
    expect((await submit(new AppError('CONFLICT', 'Changed'), new Set([]))).status).toBe(409);
    expect(await (await submit(undefined)).text()).toBe('done');
  });
});
