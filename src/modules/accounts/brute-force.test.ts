import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { isAppError } from '../../platform/errors.ts';
import { signIn } from './sign-in.ts';
import { THROTTLE } from './throttle.rules.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('sign-in brute force on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
  });
  afterAll(() => t.close());

  it('1,000 wrong passwords from 10 IPs never succeed and never lock the owner out beyond the back-off', async () => {
    const owner = await createActor(t.deps, { email: 'owner@example.com', password: 'the real passphrase' });
    const meta = (ip: string) => ({ ip, userAgent: 'test' });
    const known = await signIn(t.deps, {
      input: { email: owner.email, password: owner.password },
      meta: meta('192.0.2.1'),
    });

    const outcomes = { wrong: 0, throttled: 0, succeeded: 0 };
    let maxRetryAfter = 0;
    for (let i = 0; i < 1000; i++) {
      t.clock.advance(1_500); // a patient attacker: one try every 1.5 s for 25 minutes
      try {
        await signIn(t.deps, {
          input: { email: owner.email, password: `guess number ${i}` },
          meta: meta(`203.0.113.${i % 10}`),
        });
        outcomes.succeeded++;
      } catch (e) {
        if (!isAppError(e)) throw e;
        if (e.code === 'RATE_LIMITED') {
          outcomes.throttled++;
          maxRetryAfter = Math.max(maxRetryAfter, e.retryAfterSeconds ?? 0);
        } else {
          expect(e.code).toBe('UNAUTHORIZED');
          outcomes.wrong++;
        }
      }
    }
    expect(outcomes.succeeded).toBe(0);
    expect(outcomes.throttled).toBeGreaterThan(900); // only a handful of guesses were even checked
    expect(outcomes.wrong).toBeLessThan(40);
    expect(maxRetryAfter).toBeLessThanOrEqual(THROTTLE.maxDelayMs / 1000);

    // The owner's own browser (device cookie) gets in during the attack…
    const fromDevice = await signIn(t.deps, {
      input: { email: owner.email, password: owner.password },
      meta: meta('192.0.2.1'),
      deviceToken: known.deviceToken,
    });
    expect(fromDevice.userId).toBe(owner.userId);

    // …and a new browser waits at most the documented maximum back-off after the last failure.
    await expect(
      signIn(t.deps, { input: { email: owner.email, password: owner.password }, meta: meta('192.0.2.2') }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    t.clock.advance(THROTTLE.maxDelayMs);
    const later = await signIn(t.deps, {
      input: { email: owner.email, password: owner.password },
      meta: meta('192.0.2.2'),
    });
    expect(later.userId).toBe(owner.userId);
  });

  it('answers an unknown email exactly like a known one, throttling included', async () => {
    const attempt = (email: string) =>
      signIn(t.deps, {
        input: { email, password: 'wrong wrong wrong' },
        meta: { ip: '198.51.100.99', userAgent: '' },
      }).catch((e: unknown) =>
        isAppError(e) ? `${e.code}: ${e.message.replace(/\d+ seconds/, 'N seconds')}` : String(e),
      );
    await createActor(t.deps, { email: 'known@example.com' });
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < 8; i++) {
      known.push(await attempt('known@example.com'));
      unknown.push(await attempt('unknown@example.com'));
    }
    expect(unknown).toEqual(known);
  });
});
