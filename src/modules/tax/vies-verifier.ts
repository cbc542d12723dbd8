/**
 * VatNumberVerifier backed by the European Commission's VIES REST API:
 * `POST {base}/check-vat-number` with `{countryCode, vatNumber, requesterMemberStateCode?,
 * requesterNumber?}`; the answer has `valid`, `requestDate`, `requestIdentifier` (the consultation
 * number, given when a requester is sent), `name`, `address`. Errors come as
 * `{actionSucceed: false, errorWrappers: [{error, message}]}` or as a `userError` code.
 * Busy or down member states are asked again with back-off; after the last attempt the answer is
 * 'unavailable', never an exception.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { type Clock, systemClock } from '../../platform/clock.ts';
import type { VatNumber } from './vat-number.rules.ts';
import type { VatNumberVerifier, VatVerification } from './vat-number-verifier.ts';

export const VIES_REST_BASE_URL = 'https://ec.europa.eu/taxation_customs/vies/rest-api';

/** VIES error codes that say "busy or down, ask again later". */
export const VIES_RETRYABLE_ERRORS: readonly string[] = [
  'MS_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'MS_MAX_CONCURRENT_REQ',
  'GLOBAL_MAX_CONCURRENT_REQ',
  'TIMEOUT',
];

export type ViesVerifierOptions = {
  /** Default VIES_REST_BASE_URL; tests point it at a local server. */
  baseUrl?: string;
  /** Reloop's own VAT number: sent as requester so VIES returns a consultation number. */
  requester?: VatNumber;
  fetch?: typeof globalThis.fetch;
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  /** Time allowed for one attempt, body included. Default 10 s. */
  attemptTimeoutMs?: number;
  /** Attempts in all, the first included. Default 3. */
  maxAttempts?: number;
  /** Wait before the 2nd attempt; doubled before each next one. Default 1 s. */
  firstRetryDelayMs?: number;
};

const checkVatAnswer = z.object({
  valid: z.boolean(),
  requestDate: z.string().nullish(),
  requestIdentifier: z.string().nullish(),
  name: z.string().nullish(),
  address: z.string().nullish(),
});

const viesError = z.union([
  z.object({ errorWrappers: z.array(z.object({ error: z.string() })).min(1) }),
  z.object({ userError: z.string().refine((code) => code !== 'VALID' && code !== 'INVALID') }),
]);

type Attempt =
  | { outcome: 'answer'; verification: VatVerification }
  | { outcome: 'retry' | 'give-up'; status: 'invalid' | 'unavailable'; detail: string };

export function createViesVerifier(options: ViesVerifierOptions = {}): VatNumberVerifier {
  const url = `${(options.baseUrl ?? VIES_REST_BASE_URL).replace(/\/+$/, '')}/check-vat-number`;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const timeoutMs = options.attemptTimeoutMs ?? 10_000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const firstRetryDelayMs = options.firstRetryDelayMs ?? 1_000;

  async function attempt(vat: VatNumber): Promise<Attempt> {
    const body = {
      countryCode: vat.country,
      vatNumber: vat.number,
      ...(options.requester && {
        requesterMemberStateCode: options.requester.country,
        requesterNumber: options.requester.number,
      }),
    };
    try {
      const response = await fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      return readAnswer(vat, response.status, parseJson(text));
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      const detail = timedOut ? `no answer within ${timeoutMs} ms` : `network error: ${describe(error)}`;
      return { outcome: 'retry', status: 'unavailable', detail };
    }
  }

  function readAnswer(vat: VatNumber, httpStatus: number, json: unknown): Attempt {
    const error = viesError.safeParse(json);
    if (error.success) {
      const code = 'errorWrappers' in error.data ? error.data.errorWrappers[0]!.error : error.data.userError;
      if (VIES_RETRYABLE_ERRORS.includes(code)) {
        return { outcome: 'retry', status: 'unavailable', detail: code };
      }
      const status = code === 'INVALID_INPUT' ? 'invalid' : 'unavailable';
      return { outcome: 'give-up', status, detail: code };
    }
    if (httpStatus >= 500 || httpStatus === 429) {
      return { outcome: 'retry', status: 'unavailable', detail: `HTTP ${httpStatus}` };
    }
    const answer = checkVatAnswer.safeParse(json);
    if (httpStatus >= 400 || !answer.success) {
      return { outcome: 'give-up', status: 'unavailable', detail: `unexpected answer (HTTP ${httpStatus})` };
    }
    const a = answer.data;
    const verification: VatVerification = {
      status: a.valid ? 'valid' : 'invalid',
      vatNumber: vat.full,
      checkedAt: parseRequestDate(a.requestDate) ?? clock.now(),
      consultationRef: disclosed(a.requestIdentifier),
      traderName: disclosed(a.name),
      traderAddress: disclosed(a.address),
      source: 'vies',
      ...(!a.valid && { detail: 'not registered in VIES' }),
    };
    return { outcome: 'answer', verification };
  }

  return {
    async verify(vat) {
      let last: Attempt | undefined;
      for (let n = 1; n <= maxAttempts; n++) {
        if (n > 1) await sleep(firstRetryDelayMs * 2 ** (n - 2));
        last = await attempt(vat);
        if (last.outcome !== 'retry') break;
      }
      if (last?.outcome === 'answer') return last.verification;
      const detail =
        last?.outcome === 'retry' ? `${last.detail} (after ${maxAttempts} attempts)` : last?.detail;
      return {
        status: last?.status ?? 'unavailable',
        vatNumber: vat.full,
        checkedAt: clock.now(),
        consultationRef: null,
        traderName: null,
        traderAddress: null,
        source: 'vies',
        ...(detail !== undefined && { detail }),
      };
    },
  };
}

/** VIES writes "---" (or nothing) where a member state does not disclose a value. */
function disclosed(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text && text !== '---' ? text : null;
}

function parseRequestDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
