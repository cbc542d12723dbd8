import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_FAILURE_LIMIT,
  CODE_FAILURE_WINDOW_MS,
  codeLockMs,
  formatRecoveryCode,
  mustEnrolOrVerify,
  recoveryCodeOf,
  sessionCounts,
  totpCodeOf,
} from './two-factor.rules.ts';

const T0 = new Date('2026-11-21T12:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('two-factor rules', () => {
  it('locks codes only after the fifth failure, until 15 minutes after the first', () => {
    expect(codeLockMs({ failures: CODE_FAILURE_LIMIT - 1, failuresSince: T0 }, later(1000))).toBe(0);
    expect(codeLockMs({ failures: CODE_FAILURE_LIMIT, failuresSince: T0 }, later(60_000))).toBe(
      CODE_FAILURE_WINDOW_MS - 60_000,
    );
    expect(
      codeLockMs({ failures: CODE_FAILURE_LIMIT, failuresSince: T0 }, later(CODE_FAILURE_WINDOW_MS)),
    ).toBe(0);
    expect(codeLockMs({ failures: 0, failuresSince: null }, T0)).toBe(0);
  });

  it('reads authenticator codes with spaces, nothing else', () => {
    expect(totpCodeOf(' 123 456 ')).toBe('123456');
    expect(totpCodeOf('12345')).toBeNull();
    expect(totpCodeOf('abcdef')).toBeNull();
  });

  it('reads back every recovery code it formats, in any case and spacing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
        const code = formatRecoveryCode(bytes);
        expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
        expect(recoveryCodeOf(code)).toBe(code);
        expect(recoveryCodeOf(` ${code.toUpperCase().replace('-', ' ')} `)).toBe(code);
      }),
    );
    expect(recoveryCodeOf('123456')).toBeNull();
    expect(recoveryCodeOf('abcde-fghi0')).toBeNull();
  });

  it('requires admins to enrol and verify; counts a session of an enrolled account only once verified', () => {
    expect(mustEnrolOrVerify({ isAdmin: true, enrolled: false, sessionVerified: false })).toBe(true);
    expect(mustEnrolOrVerify({ isAdmin: true, enrolled: false, sessionVerified: true })).toBe(true);
    expect(mustEnrolOrVerify({ isAdmin: true, enrolled: true, sessionVerified: true })).toBe(false);
    expect(mustEnrolOrVerify({ isAdmin: false, enrolled: false, sessionVerified: false })).toBe(false);
    expect(sessionCounts({ isAdmin: false, enrolled: true, sessionVerified: false })).toBe(false);
    expect(sessionCounts({ isAdmin: false, enrolled: false, sessionVerified: false })).toBe(true);
    expect(sessionCounts({ isAdmin: true, enrolled: true, sessionVerified: true })).toBe(true);
  });
});
