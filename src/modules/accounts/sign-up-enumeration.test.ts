import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { translator } from '../../platform/i18n.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { users } from './accounts.schema.ts';

/**
 * Counts the real password hashes computed (the hashing itself runs unchanged): the work of a
 * sign-up must not depend on whether the email already has an account (issue 12, finding 10c).
 */
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../platform/security/password.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../platform/security/password.ts')>();
  return {
    ...real,
    hashPassword: (...args: Parameters<typeof real.hashPassword>) => {
      hashes.count += 1;
      return real.hashPassword(...args);
    },
  };
});

describe.each(ENGINES)('sign-up does not tell who has an account, on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
  });
  afterAll(async () => t?.close());
  beforeEach(() => {
    hashes.count = 0;
  });

  const signUpAs = (email: string) =>
    new TestBrowser(t.app, '198.51.100.20').post('/fr-fr/sign-up', {
      name: 'Someone',
      email,
      password: 'a perfectly fine passphrase',
      market: 'FR',
      acceptTerms: 'on',
    });
  /** The page without what differs by address (the address itself, the CSRF token). */
  const shape = (text: string, email: string) =>
    text.replaceAll(email, '<email>').replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf"');

  it('an existing email gets the same page and status as a new one, after the same password hash', async () => {
    const existing = 'already.here@example.com';
    await signUpAs(existing);
    expect(hashes.count).toBe(1);

    hashes.count = 0;
    const again = await signUpAs(existing);
    const hashesForExisting = hashes.count;
    hashes.count = 0;
    const fresh = await signUpAs('brand.new@example.com');
    const hashesForNew = hashes.count;

    expect(again.status).toBe(fresh.status);
    expect(again.status).toBe(201);
    expect(shape(again.text, existing)).toBe(shape(fresh.text, 'brand.new@example.com'));
    // The existing-email path hashes the password too: no measurably faster answer.
    expect(hashesForExisting).toBe(1);
    expect(hashesForNew).toBe(1);

    // Still one account; its owner is told someone tried to sign up with the address.
    expect(await t.deps.db.select().from(users).where(eq(users.email, existing))).toHaveLength(1);
    const warned = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, existing), eq(mailOutbox.template, 'accounts.already-registered')));
    expect(warned).toHaveLength(1);
    // In the language of the existing account (its market, France: it chose none).
    expect(warned[0]!.subject).toBe(translator('fr-FR')('mail.alreadyRegistered.subject'));
  });
});
