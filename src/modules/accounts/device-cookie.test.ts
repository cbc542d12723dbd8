import { describe, expect, it } from 'vitest';
import { deriveKey } from '../../platform/security/keys.ts';
import { hmac } from '../../platform/security/tokens.ts';
import { DEVICE_COOKIE_MAX_AGE_MS, deviceIdFor, issueDeviceToken } from './device-cookie.ts';

const SECRET = 'test-secret-test-secret-test-secret';
const NOW = new Date('2026-11-21T12:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe('issue 12 findings 2 and 10f: device cookies', () => {
  it('recognises its own device for its own user, for 180 days', () => {
    const token = issueDeviceToken(SECRET, 42, NOW);
    const id = deviceIdFor(SECRET, token, 42, NOW);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(deviceIdFor(SECRET, token, 42, at(DEVICE_COOKIE_MAX_AGE_MS))).toBe(id);
    expect(DEVICE_COOKIE_MAX_AGE_MS).toBe(180 * 86_400_000);
  });

  it('refuses it for another user, after 180 days, from the future, or under another secret', () => {
    const token = issueDeviceToken(SECRET, 42, NOW);
    expect(deviceIdFor(SECRET, token, 43, NOW)).toBeNull();
    expect(deviceIdFor(SECRET, token, 42, at(DEVICE_COOKIE_MAX_AGE_MS + 1000))).toBeNull();
    expect(deviceIdFor(SECRET, token, 42, at(-3_600_000))).toBeNull();
    expect(deviceIdFor(`${SECRET}x`, token, 42, NOW)).toBeNull();
    expect(deviceIdFor(SECRET, undefined, 42, NOW)).toBeNull();
    expect(deviceIdFor(SECRET, 'a.b', 42, NOW)).toBeNull();
    expect(deviceIdFor(SECRET, `${token}.x`, 42, NOW)).toBeNull();
  });

  it('a CSRF token computed for the seed "<id>:<userId>…" is not accepted as a device cookie', () => {
    const [id, issued] = issueDeviceToken(SECRET, 42, NOW).split('.');
    const csrfKey = deriveKey(SECRET, 'csrf-token');
    expect(deviceIdFor(SECRET, `${id}.${issued}.${hmac(csrfKey, `${id}:42:${issued}`)}`, 42, NOW)).toBeNull();
    expect(deviceIdFor(SECRET, `${id}.${hmac(csrfKey, `${id}:42`)}`, 42, NOW)).toBeNull();
  });
});
