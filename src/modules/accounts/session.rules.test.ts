import { describe, expect, it } from 'vitest';
import { isSessionLive, needsTouch, normaliseEmail, SESSION_POLICY } from './session.rules.ts';

const t0 = new Date('2026-11-21T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const session = (over: Partial<Parameters<typeof isSessionLive>[0]> = {}) => ({
  createdAt: t0,
  lastSeenAt: t0,
  expiresAt: at(SESSION_POLICY.member.absoluteMs),
  revokedAt: null,
  ...over,
});

describe('session lifetimes', () => {
  it('expires a shopper after 7 idle days or 30 days in all', () => {
    expect(isSessionLive(session(), false, at(SESSION_POLICY.member.idleMs - 1))).toBe(true);
    expect(isSessionLive(session(), false, at(SESSION_POLICY.member.idleMs))).toBe(false);
    const active = session({ lastSeenAt: at(SESSION_POLICY.member.absoluteMs - 1000) });
    expect(isSessionLive(active, false, at(SESSION_POLICY.member.absoluteMs - 1))).toBe(true);
    expect(isSessionLive(active, false, at(SESSION_POLICY.member.absoluteMs))).toBe(false);
  });

  it('gives operators 30 idle minutes', () => {
    expect(isSessionLive(session(), true, at(29 * 60_000))).toBe(true);
    expect(isSessionLive(session(), true, at(30 * 60_000))).toBe(false);
  });

  it('a session opened before its user became an operator ends at the operator lifetime, whatever its stored expiry', () => {
    // Opened as a shopper: stored expiry 30 days; the user gains an operator role meanwhile.
    const upgraded = session({ lastSeenAt: at(SESSION_POLICY.operator.absoluteMs - 60_000) });
    expect(isSessionLive(upgraded, true, at(SESSION_POLICY.operator.absoluteMs - 1))).toBe(true);
    expect(isSessionLive(upgraded, true, at(SESSION_POLICY.operator.absoluteMs))).toBe(false);
    // The same session as a shopper's is still live.
    expect(isSessionLive(upgraded, false, at(SESSION_POLICY.operator.absoluteMs))).toBe(true);
  });

  it('a revoked session is dead at once', () => {
    expect(isSessionLive(session({ revokedAt: t0 }), false, t0)).toBe(false);
  });

  it('records activity at most once a minute', () => {
    expect(needsTouch(session(), at(59_999))).toBe(false);
    expect(needsTouch(session(), at(60_000))).toBe(true);
  });

  it('normalises emails to one form', () => {
    expect(normaliseEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
  });
});
