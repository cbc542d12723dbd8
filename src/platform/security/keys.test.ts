import { describe, expect, it } from 'vitest';
import { deriveKey, KEY_PURPOSES, type KeyPurpose } from './keys.ts';
import { hmac } from './tokens.ts';

const SECRET = 'test-secret-test-secret-test-secret';

describe('issue 12 finding 2: one key per purpose', () => {
  it('derives a distinct 256-bit key for every purpose, none equal to the secret', () => {
    const keys = KEY_PURPOSES.map((p) => deriveKey(SECRET, p).toString('hex'));
    expect(new Set(keys).size).toBe(KEY_PURPOSES.length);
    for (const k of keys) {
      expect(k).toHaveLength(64);
      expect(k).not.toContain(Buffer.from(SECRET).toString('hex'));
    }
  });

  it('is stable for one secret and differs between secrets', () => {
    expect(deriveKey(SECRET, 'device-cookie').equals(deriveKey(SECRET, 'device-cookie'))).toBe(true);
    expect(deriveKey(SECRET, 'device-cookie').equals(deriveKey(`${SECRET}x`, 'device-cookie'))).toBe(false);
  });

  it('a MAC made for one purpose does not verify for another', () => {
    const value = 'AAAAAAAAAAAAAAAAAAAAAA:42';
    expect(hmac(deriveKey(SECRET, 'csrf-token'), value)).not.toBe(
      hmac(deriveKey(SECRET, 'device-cookie'), value),
    );
  });

  it('refuses a purpose outside the closed list and an empty secret', () => {
    expect(() => deriveKey(SECRET, 'emails' as KeyPurpose)).toThrow(/purpose/);
    expect(() => deriveKey('', 'csrf-token')).toThrow(/secret/);
  });
});
