/**
 * Everything Reloop stores in a browser, for the cookies page (`/:market/legal/cookies`) and the
 * test that no other cookie is ever set (cookie-inventory.test.ts). The site has no script that
 * writes local or session storage. Strictly necessary cookies need no consent (ePrivacy Art. 5(3),
 * second sentence); the others are set only for a purpose the person opted in to.
 */
import { DEVICE_COOKIE_MAX_AGE_MS } from '../accounts/device-cookie.ts';
import { SESSION_POLICY } from '../accounts/session.rules.ts';
import { CONSENT_COOKIE, CONSENT_COOKIE_MAX_AGE_S, type ConsentPurpose } from './consent.rules.ts';
import { RECENT_COOKIE, RECENT_COOKIE_MAX_AGE_S } from './recently-viewed.rules.ts';

export type StoredCookie = {
  /** The name (a `__Host-` prefix is added in production where noted). */
  name: string;
  hostPrefixInProduction?: true;
  /** `consent.cookies.purpose.<purpose>` explains it. */
  purpose: 'session' | 'device' | 'csrf' | 'cart' | 'consent' | 'recent';
  /** null: until the browser is closed. */
  maxAgeDays: number | null;
  category: 'necessary' | ConsentPurpose;
};

const days = (ms: number) => Math.round(ms / 86_400_000);

export const STORED_COOKIES: readonly StoredCookie[] = [
  {
    name: 'rl_session',
    hostPrefixInProduction: true,
    purpose: 'session',
    // A member's session; an operator's lasts 12 hours at most.
    maxAgeDays: days(SESSION_POLICY.member.absoluteMs),
    category: 'necessary',
  },
  {
    name: 'rl_device',
    hostPrefixInProduction: true,
    purpose: 'device',
    maxAgeDays: days(DEVICE_COOKIE_MAX_AGE_MS),
    category: 'necessary',
  },
  { name: 'rl_csrf', hostPrefixInProduction: true, purpose: 'csrf', maxAgeDays: null, category: 'necessary' },
  { name: 'rl_cart_<country>', purpose: 'cart', maxAgeDays: 30, category: 'necessary' },
  {
    name: CONSENT_COOKIE,
    purpose: 'consent',
    maxAgeDays: Math.round(CONSENT_COOKIE_MAX_AGE_S / 86_400),
    category: 'necessary',
  },
  {
    name: RECENT_COOKIE,
    purpose: 'recent',
    maxAgeDays: Math.round(RECENT_COOKIE_MAX_AGE_S / 86_400),
    category: 'personalisation',
  },
];

/** The inventory entry of a cookie name as set (`rl_cart_fr` → `rl_cart_<country>`), if any. */
export function storedCookieNamed(name: string): StoredCookie | undefined {
  const plain = name.replace(/^__Host-/, '');
  return STORED_COOKIES.find((c) =>
    c.name.includes('<')
      ? new RegExp(`^${c.name.replace(/<[a-z]+>/, '[a-z]{2}')}$`).test(plain)
      : c.name === plain,
  );
}
