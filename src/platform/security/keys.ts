import { hkdfSync } from 'node:crypto';

/**
 * Every use of the server secret gets its own key, so a value computed for one purpose (a CSRF
 * token a page renders for anyone) is never valid for another (a device cookie). A new use adds
 * its purpose here; nothing MACs with the secret itself.
 */
export const KEY_PURPOSES = [
  /** Signs the CSRF seed cookie: only seeds the server issued are accepted. */
  'csrf-seed',
  /** The CSRF token a form echoes: MAC of the seed. */
  'csrf-token',
  /** Device cookies: proof that this browser signed in to this account before. */
  'device-cookie',
  /** The sandbox payment provider's webhook signing secret when none is configured. */
  'sandbox-webhooks',
  /** The emailed link that opens a review form for one order line and its buyer, without signing in. */
  'review-request',
  /** The unsubscribe link of a marketing email: one person, one list, no sign-in (issue 16). */
  'marketing-unsubscribe',
  /** The emailed link that lets a notifier contest the decision on their DSA notice (compliance). */
  'dsa-complaint',
  /** The emailed link that confirms a data-subject request sent without an account (privacy). */
  'privacy-request-verify',
  /** The emailed link to the ZIP answering an access request, built when opened (privacy). */
  'privacy-request-download',
] as const;

export type KeyPurpose = (typeof KEY_PURPOSES)[number];

/** A key derived for one purpose (`derivedFor` exists in types only: a plain secret or Buffer is no key). */
export type DerivedKey<P extends KeyPurpose = KeyPurpose> = Buffer & { readonly derivedFor: P };

const derived = new Map<string, Buffer>();

/** HKDF-SHA256(secret, purpose): 256 bits, the same for one secret and purpose in every process. */
export function deriveKey<P extends KeyPurpose>(secret: string, purpose: P): DerivedKey<P> {
  if (!KEY_PURPOSES.includes(purpose)) throw new Error(`Unknown key purpose: ${String(purpose)}`);
  if (!secret) throw new Error('The server secret must not be empty');
  const id = `${purpose}\u0000${secret}`;
  let key = derived.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'reloop', `reloop/v1/${purpose}`, 32));
    derived.set(id, key);
  }
  return key as unknown as DerivedKey<P>;
}
