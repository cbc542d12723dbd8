/**
 * Demo data-subject requests (issue 16), through the privacy module's use cases, so that the
 * console's request desk (/console/privacy-requests) has work on the first `npm start`: an access
 * request sent by the public form 27 days ago (due in a few days), and an erasure request from 20
 * days ago that an operator extended with reasons. Once: nothing when requests exist already.
 */
import { count, eq } from 'drizzle-orm';
import type { Deps } from '../app/deps.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { extendPrivacyRequest } from '../modules/privacy/extend-privacy-request.ts';
import { signRequestLink } from '../modules/privacy/privacy-request-token.ts';
import { privacyRequests } from '../modules/privacy/privacy-requests.schema.ts';
import { submitPrivacyRequest } from '../modules/privacy/submit-privacy-request.ts';
import { verifyPrivacyRequest } from '../modules/privacy/verify-privacy-request.ts';
import { type Clock, DAY_MS } from '../platform/clock.ts';

const daysAgo = (deps: Deps, days: number): Deps => {
  const clock: Clock = { now: () => new Date(deps.clock.now().getTime() - days * DAY_MS) };
  return { ...deps, clock };
};

/** A request sent by the form `days` ago and confirmed from its email the same day. */
async function confirmedRequest(
  deps: Deps,
  days: number,
  r: { market: string; locale: string; kind: string; name: string; email: string; details: string },
): Promise<number> {
  const then = daysAgo(deps, days);
  const { requestId } = await submitPrivacyRequest(then, { ...r, userId: null });
  const token = signRequestLink(deps.secret, 'verify', {
    requestId,
    expiresAt: new Date(then.clock.now().getTime() + DAY_MS),
  });
  await verifyPrivacyRequest(then, { token });
  return requestId;
}

export async function seedDemoPrivacyRequests(deps: Deps): Promise<number> {
  const [{ n } = { n: 0 }] = await deps.db.select({ n: count() }).from(privacyRequests);
  if (n > 0) return 0;
  // The demo's support operator extends the second one.
  const [support] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'support@reloop.example'));
  const operatorUserId = support?.id ?? null;
  // The requesters are fictitious: their emails are not written to the demo's outbox.
  const quiet: Deps = { ...deps, mailer: { send: async () => ({ id: 0 }) } };
  await confirmedRequest(quiet, 27, {
    market: 'FR',
    locale: 'fr-FR',
    kind: 'access',
    name: 'Camille Durand',
    email: 'camille.durand@example.com',
    details: 'Je souhaite obtenir une copie de toutes les données me concernant, y compris mes commandes.',
  });
  const extended = await confirmedRequest(quiet, 20, {
    market: 'DE',
    locale: 'de-DE',
    kind: 'erasure',
    name: 'Jonas Becker',
    email: 'jonas.becker@example.com',
    details: 'Bitte löschen Sie alle meine Daten, auch aus früheren Bestellungen.',
  });
  if (operatorUserId !== null) {
    await extendPrivacyRequest(daysAgo(quiet, 5), {
      requestId: extended,
      operatorUserId,
      reason: 'Several accounts and guest orders use this address: each must be checked before erasure.',
      by: 2,
    });
  }
  return operatorUserId !== null ? 2 : 1;
}
