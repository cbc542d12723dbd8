import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { DEVICE_COOKIE_MAX_AGE_MS } from './device-cookie.ts';
import { SESSION_POLICY } from './session.rules.ts';

/** `__Host-` cookies (Secure, no Domain, Path=/) in production; plain names over http in development. */
export function cookieNames(secure: boolean) {
  return secure
    ? { session: '__Host-rl_session', device: '__Host-rl_device' }
    : { session: 'rl_session', device: 'rl_device' };
}

export function readSessionCookies(c: Context, secure: boolean) {
  const n = cookieNames(secure);
  return { session: getCookie(c, n.session), device: getCookie(c, n.device) };
}

export function setSessionCookies(
  c: Context,
  secure: boolean,
  t: { sessionToken: string; deviceToken?: string; operator: boolean },
) {
  const n = cookieNames(secure);
  const policy = t.operator ? SESSION_POLICY.operator : SESSION_POLICY.member;
  setCookie(c, n.session, t.sessionToken, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: Math.floor(policy.absoluteMs / 1000),
  });
  if (t.deviceToken) {
    setCookie(c, n.device, t.deviceToken, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      maxAge: Math.floor(DEVICE_COOKIE_MAX_AGE_MS / 1000),
    });
  }
}

export function clearSessionCookie(c: Context, secure: boolean) {
  deleteCookie(c, cookieNames(secure).session, { path: '/', secure });
}
