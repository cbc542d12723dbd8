import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { translator } from '../../platform/i18n.ts';
import { afterPasswordCheckFailure, PASSWORD_CHECK } from './password-check.rules.ts';
import { waitMs } from './throttle.rules.ts';

/**
 * The current-password check of the account page (email change, password change, closure) is
 * throttled per account like sign-in: a stolen session cannot guess the password at full speed
 * (issue 12, finding 10d).
 */
describe.each(ENGINES)('current-password checks are throttled, on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
  });
  afterAll(async () => t?.close());

  it(`after ${PASSWORD_CHECK.freeFailures} wrong passwords every form asking for it answers 429 with Retry-After, until the wait is over`, async () => {
    const password = 'the right passphrase';
    const user = await createActor(t.deps, { email: 'guessed@example.com', password });
    const b = new TestBrowser(t.app, '198.51.100.30');
    expect((await b.post('/fr-fr/sign-in', { email: user.email, password })).status).toBe(303);
    await b.get('/fr-fr/account');

    for (let i = 0; i < PASSWORD_CHECK.freeFailures; i++) {
      const wrong = await b.post('/fr-fr/account/password', {
        currentPassword: `wrong guess number ${i}`,
        newPassword: 'a brand new passphrase',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.text).toContain(translator('fr-FR')('form.error.wrongPassword'));
    }
    // Now even the right password is refused, on every form that checks it (one counter).
    const blocked = await b.post('/fr-fr/account/password', {
      currentPassword: password,
      newPassword: 'a brand new passphrase',
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(PASSWORD_CHECK.blockMs / 1000);
    const email = await b.post('/fr-fr/account/email', {
      newEmail: 'new@example.com',
      currentPassword: password,
    });
    expect(email.status).toBe(429);
    const close = await b.post('/fr-fr/account/close', { closePassword: password });
    expect(close.status).toBe(429);
    expect((await b.get('/fr-fr/account')).status).toBe(200); // still signed in, nothing closed

    // After the wait the right password works again, and a success forgets the failures.
    t.clock.advance(PASSWORD_CHECK.blockMs);
    const changed = await b.post('/fr-fr/account/password', {
      currentPassword: password,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.status).toBe(200);
    const oneWrong = await b.post('/fr-fr/account/email', {
      newEmail: 'new@example.com',
      currentPassword: 'not it',
    });
    expect(oneWrong.status).toBe(400);
  });
});

describe('password check throttling rules', () => {
  const t0 = new Date('2026-12-01T10:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it('blocks from the fifth consecutive failure, each further one again, and forgets after a quiet day', () => {
    let s = afterPasswordCheckFailure(null, t0);
    for (let i = 1; i < PASSWORD_CHECK.freeFailures - 1; i++) s = afterPasswordCheckFailure(s, at(i));
    expect(waitMs(s, at(PASSWORD_CHECK.freeFailures))).toBe(0);
    s = afterPasswordCheckFailure(s, at(10_000));
    expect(s.failures).toBe(PASSWORD_CHECK.freeFailures);
    expect(waitMs(s, at(10_000))).toBe(PASSWORD_CHECK.blockMs);
    const later = at(10_000 + PASSWORD_CHECK.blockMs);
    expect(waitMs(s, later)).toBe(0);
    expect(waitMs(afterPasswordCheckFailure(s, later), later)).toBe(PASSWORD_CHECK.blockMs);
    const quiet = at(10_000 + PASSWORD_CHECK.forgetAfterMs + 1);
    expect(afterPasswordCheckFailure(s, quiet).failures).toBe(1);
    expect(waitMs(afterPasswordCheckFailure(s, quiet), quiet)).toBe(0);
  });
});
