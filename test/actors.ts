import type { Deps } from '../src/app/deps.ts';
import { businessProfiles, operatorRoles, users } from '../src/modules/accounts/accounts.schema.ts';
import { createSession } from '../src/modules/accounts/create-session.ts';
import { acceptCurrentDocuments } from '../src/modules/accounts/legal-acceptance.ts';
import { sellerMembers } from '../src/modules/seller-team/seller-team.schema.ts';
import type { OperatorRole, SellerRole } from '../src/platform/http/actor.ts';
import { hashPassword } from '../src/platform/security/password.ts';
import { hmac } from '../src/platform/security/tokens.ts';

export type ActorSpec = {
  email: string;
  buyerType?: 'consumer' | 'business' | null;
  operator?: OperatorRole[];
  sellers?: Array<{ sellerId: number; role: SellerRole }>;
  password?: string;
};

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
  return {
    userId,
    email: spec.email,
    password,
    cookie: async () => {
      const token = await createSession(deps.db, {
        userId,
        isOperator: (spec.operator ?? []).length > 0,
        now: deps.clock.now(),
        meta: { ip: '203.0.113.1', userAgent: 'test' },
      });
      return `rl_session=${token}`;
    },
  };
}

/** A CSRF cookie and the matching header, for API calls made with a session cookie. */
export function csrfPair(deps: Deps): { cookie: string; header: string } {
  const seed = 'test-csrf-seed-0123456789abcdef';
  return { cookie: `rl_csrf=${seed}`, header: hmac(deps.secret, seed) };
}
