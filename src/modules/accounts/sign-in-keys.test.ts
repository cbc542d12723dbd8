import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { isAppError } from '../../platform/errors.ts';
import { signIn } from './sign-in.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

const DAY = 86_400_000;

/** The code a sign-in attempt ends with: 'OK', 'UNAUTHORIZED', 'RATE_LIMITED'… */
async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    if (!isAppError(e)) throw e;
    return e.code;
  }
}

describe.each(ENGINES)('issue 12: sign-in keys and throttles on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
  });
  afterAll(() => t.close());

  /** Fail `n` times on the owner's account from fresh browsers, so its account key is locked. */
  const lockAccount = async (email: string, n = 5) => {
    for (let i = 0; i < n; i++) {
      await outcome(
        signIn(t.deps, {
          input: { email, password: `wrong guess ${i}` },
          meta: { ip: `192.0.2.${100 + i}`, userAgent: 'attacker' },
        }),
      );
    }
  };

  it('finding 2: a CSRF token rendered for a chosen seed is no device cookie for the account', async () => {
    const owner = await createActor(t.deps, { email: 'victim@example.com', password: 'the real passphrase' });
    // The attacker asks the sign-in page for the CSRF token of the seed "<id>:<userId>" …
    const id = 'AAAAAAAAAAAAAAAAAAAAAA';
    const page = await t.app.request('/fr-fr/sign-in', {
      headers: { cookie: `rl_csrf=${id}:${owner.userId}`, 'x-forwarded-for': '192.0.2.50' },
    });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
    expect(csrf).toBeTruthy();
    // … and presents "<id>.<token>" as a device cookie once the account is locked.
    await lockAccount(owner.email);
    const guess = await outcome(
      signIn(t.deps, {
        input: { email: owner.email, password: 'another guess' },
        meta: { ip: '192.0.2.51', userAgent: 'attacker' },
        deviceToken: `${id}.${csrf}`,
      }),
    );
    expect(guess).toBe('RATE_LIMITED');
  });

  it('finding 10f: a device cookie older than its maximum age no longer bypasses the account lockout', async () => {
    const owner = await createActor(t.deps, {
      email: 'traveller@example.com',
      password: 'the real passphrase',
    });
    const first = await signIn(t.deps, {
      input: { email: owner.email, password: owner.password },
      meta: { ip: '192.0.2.60', userAgent: 'owner' },
    });
    const attempt = (deviceToken: string | undefined) =>
      outcome(
        signIn(t.deps, {
          input: { email: owner.email, password: owner.password },
          meta: { ip: '192.0.2.61', userAgent: 'owner' },
          deviceToken,
        }),
      );

    // Within 180 days the device is recognised during an attack on the account …
    t.clock.advance(179 * DAY);
    await lockAccount(owner.email);
    expect(first.deviceToken).toBeTruthy();
    expect(await attempt(first.deviceToken)).toBe('OK');

    // … after that it is a stranger like any other browser.
    const second = await signIn(t.deps, {
      input: { email: owner.email, password: owner.password },
      meta: { ip: '192.0.2.60', userAgent: 'owner' },
      deviceToken: first.deviceToken,
    });
    t.clock.advance(181 * DAY);
    await lockAccount(owner.email);
    expect(await attempt(second.deviceToken)).toBe('RATE_LIMITED');
  });

  it('finding 2: attempts from many addresses of one IPv6 /64 are throttled together', async () => {
    t.clock.advance(2 * DAY); // earlier tests' failures are forgotten
    const results: string[] = [];
    for (let i = 1; i <= 24; i++) {
      results.push(
        await outcome(
          signIn(t.deps, {
            input: { email: `nobody-${i}@example.com`, password: 'wrong wrong wrong' },
            meta: { ip: `2001:db8:12:34:${i.toString(16)}::${i}`, userAgent: 'rotating' },
          }),
        ),
      );
    }
    expect(results.slice(0, 20)).toEqual(Array(20).fill('UNAUTHORIZED'));
    expect(results.slice(20)).toContain('RATE_LIMITED');
    // The same /64 written out in full is the same subject; the neighbouring /64 is not.
    expect(
      await outcome(
        signIn(t.deps, {
          input: { email: 'nobody-x@example.com', password: 'wrong wrong wrong' },
          meta: { ip: '2001:0db8:0012:0034:ffff:0:0:1', userAgent: 'rotating' },
        }),
      ),
    ).toBe('RATE_LIMITED');
    expect(
      await outcome(
        signIn(t.deps, {
          input: { email: 'nobody-y@example.com', password: 'wrong wrong wrong' },
          meta: { ip: '2001:db8:12:35::1', userAgent: 'neighbour' },
        }),
      ),
    ).toBe('UNAUTHORIZED');
  });
});
