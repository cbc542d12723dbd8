import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  CONSENT_COOKIE,
  CONSENT_COOKIE_MAX_AGE_S,
  type ConsentChoice,
  consentCookieValue,
  parseConsentCookie,
} from './consent.rules.ts';
import { RECENT_COOKIE } from './recently-viewed.rules.ts';

/** The choice this browser recorded (its `rl_consent` cookie), or null. */
export function consentChoiceOf(c: Context): ConsentChoice | null {
  return parseConsentCookie(getCookie(c, CONSENT_COOKIE));
}

/**
 * Remembers a choice in the strictly necessary `rl_consent` cookie, and removes at once whatever
 * a purpose no longer granted had stored.
 */
export function rememberConsentChoice(c: Context, choice: ConsentChoice, secure: boolean): void {
  setCookie(c, CONSENT_COOKIE, consentCookieValue(choice), {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: CONSENT_COOKIE_MAX_AGE_S,
  });
  if (!choice.purposes.includes('personalisation') && getCookie(c, RECENT_COOKIE) !== undefined) {
    deleteCookie(c, RECENT_COOKIE, { path: '/', secure });
  }
}
