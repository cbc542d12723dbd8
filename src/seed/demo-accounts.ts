import { eq, sql } from 'drizzle-orm';
import { businessProfiles, operatorRoles, users } from '../modules/accounts/accounts.schema.ts';
import { acceptCurrentDocuments } from '../modules/accounts/legal-acceptance.ts';
import { closeAccountByPlatform } from '../modules/accounts/operator/close-account-by-platform.ts';
import { qualityDay } from '../modules/quality/quality.rules.ts';
import { sellerQualityDays } from '../modules/quality/quality.schema.ts';
import { seedDemoApiKey } from '../modules/seller-api/api-keys.ts';
import { sellerMembers } from '../modules/seller-team/seller-team.schema.ts';
import { sellers } from '../modules/sellers/sellers.schema.ts';
import { createLocalVatVerifier } from '../modules/tax/local-vat-verifier.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/client.ts';
import type { OperatorRole } from '../platform/http/actor.ts';
import { createMailer } from '../platform/mail/mailer.ts';
import { hashPassword } from '../platform/security/password.ts';

/** Demo sign-ins, printed by `npm start` and listed in the README. Never used outside the demo. */
export const DEMO_ACCOUNTS = [
  {
    email: 'admin@reloop.example',
    password: 'reloop demo admin',
    name: 'Ada Admin',
    kind: 'operator',
    role: 'admin',
  },
  {
    email: 'support@reloop.example',
    password: 'reloop demo support',
    name: 'Sam Support',
    kind: 'operator',
    role: 'support',
  },
  {
    email: 'shopper@reloop.example',
    password: 'reloop demo shopper',
    name: 'Chloé Martin',
    kind: 'consumer',
  },
  { email: 'pro@reloop.example', password: 'reloop demo business', name: 'Marie Curie', kind: 'business' },
  { email: 'seller@reloop.example', password: 'reloop demo seller', name: 'Sofia Seller', kind: 'seller' },
  { email: 'scraper@reloop.example', password: 'reloop demo scraper', name: 'Scrappy Bot', kind: 'closed' },
] as const;

/** Idempotent: does nothing once the demo admin exists. */
export async function seedDemoAccounts({ db, clock }: { db: Db; clock: Clock }): Promise<boolean> {
  const [exists] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, DEMO_ACCOUNTS[0].email));
  if (exists) return false;
  const now = clock.now();
  const ids = new Map<string, number>();
  for (const a of DEMO_ACCOUNTS) {
    const buyerType = a.kind === 'operator' ? null : a.kind === 'business' ? 'business' : 'consumer';
    const [u] = await db
      .insert(users)
      .values({
        email: a.email,
        name: a.name,
        passwordHash: await hashPassword(a.password),
        buyerType,
        market: 'FR',
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id });
    const userId = u!.id;
    ids.set(a.kind, userId);
    if (buyerType) await acceptCurrentDocuments(db, { userId, market: 'FR', now, ip: '' });
    if ('role' in a)
      await db.insert(operatorRoles).values({ userId, role: a.role as OperatorRole, grantedAt: now });
    if (a.kind === 'seller') {
      await db.insert(sellerMembers).values({ sellerId: 1, userId, role: 'owner', createdAt: now });
      // The demo seller is approved, and has the documented demo API key for trying the /ws API.
      await db.update(sellers).set({ verified: true, status: 'active' }).where(eq(sellers.id, 1));
      await seedDemoApiKey(db, 1, now);
    }
    if (a.kind === 'business') {
      await db.insert(businessProfiles).values({
        userId,
        legalName: 'Radium Labs SAS',
        addressLine: '11 rue Pierre et Marie Curie',
        postalCode: '75005',
        city: 'Paris',
        country: 'FR',
        vatNumber: 'FR40303265045',
        vatVerifiedAt: now,
        vatConsultationRef: 'LOCAL-DEMO',
        vatVerifiedBy: 'local',
      });
    }
  }
  // One account closed by the platform, so the console shows a statement of reasons and its email.
  await closeAccountByPlatform(
    {
      db,
      clock,
      mailer: createMailer({ clock }),
      vatVerifier: createLocalVatVerifier({ clock }),
      siteUrl: (p) => p,
      secret: '',
    },
    {
      operatorId: ids.get('operator')!,
      userId: ids.get('closed')!,
      input: {
        reason: 'scraping',
        details: 'About 40,000 product pages fetched in one hour from rotating IPs.',
      },
      meta: { ip: '127.0.0.1', userAgent: 'seed' },
    },
  );
  await seedQualityFlag(db, now);
  return true;
}

/** The demo seller #1's shop is fine; seller #3's late deliveries rose above the threshold: flagged. */
export const DEMO_FLAGGED_SELLER_ID = 3;

async function seedQualityFlag(db: Db, now: Date): Promise<void> {
  const id = DEMO_FLAGGED_SELLER_ID;
  const today = qualityDay(now);
  // A rising trend: 4 % ninety days ago to 14.5 % today (threshold 10 %).
  await db
    .update(sellerQualityDays)
    .set({
      lateDeliveryBp: sql`round(400 + 1050 * (1 - (${today}::date - ${sellerQualityDays.day}) / 89.0))::int`,
    })
    .where(eq(sellerQualityDays.sellerId, id));
  await db.update(sellers).set({ lateDeliveryBp: 1450, qualityFlaggedAt: now }).where(eq(sellers.id, id));
}

/** The demo admin: its presence marks a demo database from before databases were claimed. */
export const DEMO_ADMIN_EMAIL = DEMO_ACCOUNTS[0].email;
