import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARGON2ID, DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from './password.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy.ts';

describe('password hashing (argon2id)', () => {
  it('stores a PHC string with OWASP parameters and a fresh salt', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(needsRehash(a)).toBe(false);
  });

  it('verifies hashes made with older, weaker parameters and asks to re-hash them', async () => {
    const weak = await hashPassword('old password here', { memory: 4096, passes: 1, parallelism: 1 });
    expect(await verifyPassword('old password here', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
    expect(ARGON2ID.memory).toBeGreaterThanOrEqual(19_456);
  });

  it('treats Unicode compositions alike and rejects malformed hashes', async () => {
    const h = await hashPassword('caf\u00e9 au lait noir');
    expect(await verifyPassword('cafe\u0301 au lait noir', h)).toBe(true);
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
    expect(await verifyPassword('anything', DUMMY_HASH)).toBe(false);
  });
});

describe('password policy (NIST 800-63B)', () => {
  it('requires 12 characters and accepts up to 128, with no composition rules', () => {
    expect(passwordProblem(`${'a'.repeat(3)}bcdefgh`)).toBe('too_short');
    expect(passwordProblem('eleven char')).toBe('too_short');
    expect(passwordProblem('twelve chars')).toBeNull();
    expect(passwordProblem('all lowercase words are fine')).toBeNull();
    expect(passwordProblem('abcdefgh'.repeat(8))).toBeNull(); // 64 accepted
    expect(passwordProblem('abcdefgh'.repeat(16))).toBeNull(); // 128 accepted
    expect(passwordProblem(`${'abcdefgh'.repeat(16)}i`)).toBe('too_long');
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBeGreaterThanOrEqual(64);
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('🔒🔑🔓🔒🔑🔓🔒🔑🔓🔒🔑🔓')).toBeNull(); // 12 characters, 24 UTF-16 units
    expect(passwordProblem('🔒🔑🔓🔒🔑🔓🔒🔑🔓🔒🔑')).toBe('too_short');
  });

  it('refuses leaked, repetitive and email-based passwords', () => {
    expect(passwordProblem('password1234')).toBe('breached');
    expect(passwordProblem('Password1234!')).toBe('breached');
    expect(passwordProblem('123456789012')).toBe('breached');
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toBe('repetitive');
    expect(passwordProblem('ababababababab')).toBe('repetitive');
    expect(passwordProblem('marie.curie2026!', { email: 'marie.curie@example.com' })).toBe('contains_email');
  });

  it('any string of 12 to 128 distinct-enough characters is accepted', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 12, maxLength: 128, unit: 'grapheme-ascii' }), (pw) => {
        const p = passwordProblem(pw);
        expect([null, 'breached', 'repetitive', 'too_short']).toContain(p);
        if ([...pw].length >= 12 && new Set(pw.toLowerCase()).size > 2 && p !== 'breached')
          expect(p).toBeNull();
      }),
    );
  });
});
