/**
 * The one error-to-form policy of the web layer (decision 0012). A page that runs a use case on
 * a form's submission asks `formRefusal(error, policy)` what to show:
 *
 * - an AppError whose code the form shows, with field issues → the form again, each message
 *   under its field (renamed to the form's own names), status of the code (400, 422 …);
 * - the same without field issues (a business outcome: SOLD_OUT, CART_CHANGED, NOT_ELIGIBLE …)
 *   → the form again with the message at the top (or under one named field), status of the code;
 * - anything else (an unexpected error, a missing subject or a refused access on a page that
 *   does not show those) → `null`: the caller rethrows and the HTTP shell renders the error page.
 *
 * The status is always `httpStatusOf(code)`: one code, one status, on pages as in the API.
 */
import type { Context } from 'hono';
import { type AppErrorCode, type FieldIssue, httpStatusOf, isAppError } from '../../platform/errors.ts';
import { type MessageKey, type Translate, translator } from '../../platform/i18n.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { PSEUDO_LOCALE } from '../../platform/pseudo-locale.ts';
import type { FormState } from './forms.ts';
import type { Html } from './layout.ts';

/** Outcomes of the business rules: always shown on the form that asked for them. */
export const BUSINESS_CODES = [
  'SOLD_OUT',
  'CART_CHANGED',
  'IDEMPOTENCY_KEY_REUSED',
  'NOT_ELIGIBLE',
  'WINDOW_CLOSED',
  'INVALID_STATE',
] as const satisfies readonly AppErrorCode[];

/** Refusals of what was submitted: every form shows these on its own page. */
export const INPUT_REFUSALS: readonly AppErrorCode[] = [
  'INVALID_INPUT',
  'CONFLICT',
  'UNPROCESSABLE',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  ...BUSINESS_CODES,
];

export type FormErrorPolicy = {
  /**
   * Codes this form shows as well, where they answer the submission rather than the page: a
   * wrong password (UNAUTHORIZED) on sign-in, a spent link (NOT_FOUND), an offer gone from the
   * cart (NOT_FOUND). Elsewhere a missing subject or a refused role is the error page.
   */
  alsoShow?: readonly AppErrorCode[];
  /** The form's name of a field the use case names otherwise (`amountMinor` → `amount-3`). */
  fieldName?: (field: string) => string;
  /** A refusal without field issues is shown under this field instead of at the top. */
  messageField?: string;
  /** Forms without fields of their own (the cart): every issue in the message at the top. */
  messageOnly?: boolean;
};

/** Stand-alone forms (sign-in, links from mails, account settings, applications). */
export const STANDALONE_FORM: FormErrorPolicy = { alsoShow: ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND'] };
/** Forms on a page about one subject (an order, an offer, a seller) in the portal or the console. */
export const SUBJECT_FORM: FormErrorPolicy = {};

/** What the form shows, and with which status. */
export type FormRefusal = {
  errors: FieldIssue[];
  message?: string;
  status: number;
  /** For RATE_LIMITED: sent as Retry-After. */
  retryAfterSeconds?: number;
};

/** The policy itself: what a form shows for an error, or null when the error is not the form's. */
export function formRefusal(e: unknown, policy: FormErrorPolicy = STANDALONE_FORM): FormRefusal | null {
  if (!isAppError(e)) return null;
  if (!INPUT_REFUSALS.includes(e.code) && !policy.alsoShow?.includes(e.code)) return null;
  const rename = policy.fieldName ?? ((f: string) => f);
  const fields = e.fields.map((f) => ({ field: rename(f.field), message: f.message }));
  const out: FormRefusal = { errors: [], status: httpStatusOf(e.code) };
  if (e.retryAfterSeconds) out.retryAfterSeconds = e.retryAfterSeconds;
  if (policy.messageOnly) out.message = fields.map((f) => f.message).join('; ') || e.message;
  else if (fields.length) out.errors = fields;
  else if (policy.messageField) out.errors = [{ field: policy.messageField, message: e.message }];
  else out.message = e.message;
  return out;
}

/**
 * The messages use cases give are English. On a storefront page in another language, each field
 * message is said again from a message key (the known wordings below, else "is not valid"), and
 * the message at the top from the error's code.
 */
const FIELD_MESSAGES: ReadonlyArray<
  [RegExp, (m: RegExpExecArray) => [MessageKey, Record<string, string | number>?]]
> = [
  [/^is required for companies established in the EU/, () => ['form.error.vatRequired']],
  [/^is required\b/, () => ['form.error.required']],
  [/^must be at least (\d+) characters/, (m) => ['form.error.tooShort', { min: Number(m[1]) }]],
  [
    /^is not a postal code of ([A-Z]{2}) \(e\.g\. (.+)\)$/,
    (m) => ['form.error.postalCode', { country: m[1]!, example: m[2]! }],
  ],
  [/^belonged to (?:an account that was closed|a closed account)/, () => ['form.error.closedAccount']],
  [/^already belongs to a Reloop Pro account/, () => ['form.error.vatTaken']],
  [/^must be a PDF, JPEG or PNG file/, () => ['form.error.fileType']],
  [/^appears in lists of leaked passwords/, () => ['form.error.breached']],
  [/^must not contain your email address/, () => ['form.error.containsEmail']],
  [/^is too repetitive/, () => ['form.error.repetitive']],
  [/^must be at most (\d+) characters(?: long)?$/, (m) => ['form.error.tooLong', { max: Number(m[1]) }]],
  [/^must be an email address/, () => ['form.error.email']],
  [
    /^must be (\d+) (?:to|or) (\d+) digits$/,
    (m) => ['form.error.digits', { min: Number(m[1]), max: Number(m[2]) }],
  ],
  [/^is not a country we deliver to$/, () => ['form.error.noDelivery']],
  [/^is not a valid link$/, () => ['form.error.link']],
  [/^is not your current password$/, () => ['form.error.wrongPassword']],
  [/^is not registered for intra-community trade/i, () => ['form.error.vatNotRegistered']],
  [/^could not be checked: the EU VIES service is unavailable/, () => ['form.error.vatUnavailable']],
  [/^has wrong check digits/, () => ['form.error.checkDigits']],
  [/^is already your email address$/, () => ['form.error.sameEmail']],
];

const REFUSAL_KEYS: Partial<Record<AppErrorCode, MessageKey>> = {
  UNAUTHORIZED: 'form.refusal.UNAUTHORIZED',
  RATE_LIMITED: 'form.refusal.RATE_LIMITED',
  SOLD_OUT: 'form.refusal.SOLD_OUT',
  CART_CHANGED: 'form.refusal.CART_CHANGED',
  NOT_FOUND: 'form.refusal.NOT_FOUND',
  PAYLOAD_TOO_LARGE: 'form.refusal.PAYLOAD_TOO_LARGE',
};

/** The key of the message at the top of a refused form: a known wording, else its code's. */
const refusalKey = (message: string, code: AppErrorCode): MessageKey =>
  /^Reloop Pro is for business accounts/.test(message)
    ? 'form.refusal.proOnly'
    : (REFUSAL_KEYS[code] ?? 'form.refusal.default');

/** A field message in the page's language (country codes named in it). */
export function fieldMessage(t: Translate, message: string, locale = 'en'): string {
  for (const [pattern, key] of FIELD_MESSAGES) {
    const m = pattern.exec(message);
    if (m) {
      const [k, values] = key(m);
      const country = values?.country;
      if (typeof country === 'string')
        values!.country = new Intl.DisplayNames([locale], { type: 'region' }).of(country) ?? country;
      return t(k, values);
    }
  }
  return t('form.error.invalid');
}

/** A refusal in the page's language (unchanged on English pages, whose messages are the use cases'). */
export function localizeRefusal(
  r: FormRefusal,
  code: AppErrorCode,
  t: Translate,
  locale = 'en',
): FormRefusal {
  return {
    ...r,
    errors: r.errors.map((e) => ({ field: e.field, message: fieldMessage(t, e.message, locale) })),
    ...(r.message !== undefined ? { message: t(refusalKey(r.message, code)) } : {}),
  };
}

/** The translator of a storefront page (`/fr-fr/…`, `/pro/nl-be/…`) not in English, else null. */
function pageTranslator(c: Context): { t: Translate; locale: string } | null {
  const locale = /^(?:\/pro)?\/([a-z]{2}-[a-z]{2})(?:\/|$)/.exec(c.req.path)?.[1];
  const market = locale ? marketByLocale(locale) : undefined;
  if (!market) return null;
  if ((c.get as (k: string) => unknown)('pseudoLocale'))
    return { t: translator(PSEUDO_LOCALE), locale: 'en' };
  return market.bcp47.startsWith('en') ? null : { t: translator(market.bcp47), locale: market.bcp47 };
}

/** formRefusal for this request, in the page's language; a rate-limited refusal also sends Retry-After. */
export function refusalFor(c: Context, e: unknown, policy?: FormErrorPolicy): FormRefusal | null {
  const r = formRefusal(e, policy);
  if (r?.retryAfterSeconds) c.header('retry-after', String(r.retryAfterSeconds));
  const page = r ? pageTranslator(c) : null;
  return r && page && isAppError(e) ? localizeRefusal(r, e.code, page.t, page.locale) : r;
}

/** Passwords typed into a form are never sent back. */
export const withoutSecrets = (values: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));

/**
 * Run a form's action; a refusal the form shows re-renders it with what was typed (never
 * passwords), its errors and the code's status. Anything else is rethrown to the error page.
 */
export async function formAction(
  c: Context,
  values: Record<string, string>,
  render: (form: FormState) => Html | Promise<Html>,
  action: () => Promise<Response>,
  policy: FormErrorPolicy | ReadonlySet<AppErrorCode> = STANDALONE_FORM,
): Promise<Response> {
  try {
    return await action();
  } catch (e) {
    const refusal = refusalFor(c, e, policyOf(policy));
    if (!refusal) throw e;
    const form: FormState = {
      values: withoutSecrets(values),
      errors: refusal.errors,
      message: refusal.message,
    };
    return c.html(await render(form), refusal.status as 400);
  }
}

/** A set of codes (the older form) shows those on top of the input refusals. */
const policyOf = (p: FormErrorPolicy | ReadonlySet<AppErrorCode>): FormErrorPolicy =>
  p instanceof Set ? { alsoShow: [...p] } : (p as FormErrorPolicy);
