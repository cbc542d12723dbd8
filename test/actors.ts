import type { Deps } from '../src/app/deps.ts';
import {
  businessProfiles,
  operatorRoles,
  operatorSecondFactors,
  users,
} from '../src/modules/accounts/accounts.schema.ts';
import { createSession } from '../src/modules/accounts/create-session.ts';
import { acceptCurrentDocuments } from '../src/modules/accounts/legal-acceptance.ts';
import { newTotpSecret } from '../src/modules/accounts/two-factor/totp.ts';
import { sellerMembers } from '../src/modules/seller-team/seller-team.schema.ts';
import type { OperatorRole, SellerRole } from '../src/platform/http/actor.ts';
import { csrfTokenFor, issueCsrfSeed } from '../src/platform/security/csrf.ts';
import { hashPassword } from '../src/platform/security/password.ts';

export type ActorSpec = {
  email: string;
  buyerType?: 'consumer' | 'business' | null;
  operator?: OperatorRole[];
  sellers?: Array<{ sellerId: number; role: SellerRole }>;
  password?: string;
  /**
   * A confirmed authenticator, and `cookie()` sessions that passed it. Default: for admins (who
   * cannot use the console without one), not for others.
   */
  secondFactor?: boolean;
};

/** A confirmed authenticator for the user, as if enrolled; returns its TOTP secret. */
export async function enrolSecondFactor(deps: Pick<Deps, 'db' | 'clock'>, userId: number): Promise<string> {
  const secret = newTotpSecret();
  const now = deps.clock.now();
  await deps.db.insert(operatorSecondFactors).values({ userId, secret, confirmedAt: now, updatedAt: now });
  return secret;
}

/** A verified user with roles, who accepted the current terms; `cookie()` opens a new session. */
export async function createActor(deps: Deps, spec: ActorSpec) {
  const now = deps.clock.now();
  const password = spec.password ?? 'a long enough passphrase';
  const [u] = await deps.db
    .insert(users)
    .values({
      email: spec.email,
      name: spec.email.split('@')[0]!,
      passwordHash: await hashPassword(password),
      buyerType: spec.buyerType === undefined ? 'consumer' : spec.buyerType,
      market: 'FR',
      emailVerifiedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: users.id });
  const userId = u!.id;
  if (spec.buyerType === 'business') {
    await deps.db.insert(businessProfiles).values({
      userId,
      legalName: `${spec.email} SAS`,
      addressLine: '1 rue de la Paix',
      postalCode: '75002',
      city: 'Paris',
      country: 'FR',
      vatNumber: null,
    });
  }
  for (const role of spec.operator ?? []) {
    await deps.db.insert(operatorRoles).values({ userId, role, grantedAt: now });
  }
  for (const m of spec.sellers ?? []) {
    await deps.db.insert(sellerMembers).values({ ...m, userId, createdAt: now });
  }
  await acceptCurrentDocuments(deps.db, { userId, market: 'FR', now, ip: '' });
  const secondFactor = spec.secondFactor ?? (spec.operator ?? []).includes('admin');
  const totpSecret = secondFactor ? await enrolSecondFactor(deps, userId) : null;
  return {
    userId,
    email: spec.email,
    password,
    totpSecret,
    cookie: async () => {
      const token = await createSession(deps.db, {
        userId,
        isOperator: (spec.operator ?? []).length > 0,
        now: deps.clock.now(),
        meta: { ip: '203.0.113.1', userAgent: 'test' },
        ...(secondFactor ? { secondFactorAt: deps.clock.now() } : {}),
      });
      return `rl_session=${token}`;
    },
  };
}

/** A CSRF cookie and the matching header, for API calls made with a session cookie. */
export function csrfPair(deps: Deps): { cookie: string; header: string } {
  const seed = issueCsrfSeed(deps.secret, 'test-csrf-seed-0123456789abcdef');
  return { cookie: `rl_csrf=${seed}`, header: csrfTokenFor(deps.secret, seed)! };
}
