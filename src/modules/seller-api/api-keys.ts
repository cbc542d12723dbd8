/**
 * Seller API keys for the Back Market–compatible seller API (`Authorization: Basic <token>`).
 * The token is shown once at creation; only its SHA-256 is stored (a leaked table gives no working
 * key). A revoked key stops working at once; `last_used_at` is written at most once a minute so a
 * busy integration does not turn every read into a write.
 */
import { and, asc, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
import { invalidateEverywhere, onInvalidate } from '../../platform/cache-bus.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { hashToken, randomToken } from '../../platform/security/tokens.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { unrevokedKeysByHash } from './api-key-owners.read-model.ts';
import { sellerApiKeys } from './seller-api.schema.ts';

/** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = 'rlk_';
/** Characters of the token kept in clear to recognise a key in the portal. */
const SHOWN_PREFIX_LENGTH = 10;
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The demo seller's key, written by the demo seed only (seedDemoApiKey) and documented so that
 * anyone can try the seller API against a demo instance. Never seed it on a real deployment.
 */
export const DEMO_SELLER_API_KEY = 'rlk_demo_0000000000000000000000000000000000000000';

export type ApiKeySummary = {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

function validName(name: string): string {
  const n = name.trim();
  if (n.length < 1 || n.length > 80)
    throw AppError.invalid([{ field: 'name', message: 'must be 1 to 80 characters' }]);
  return n;
}

/**
 * Create a key for a seller, tied to the member who creates it (`createdBy`; null for the
 * platform), and audited. The returned token is the only time it is ever visible.
 */
export async function createApiKey(
  db: Db,
  a: { sellerId: number; name: string; createdBy: number | null; now: Date; ip?: string | null },
): Promise<{ id: number; token: string; prefix: string }> {
  const name = validName(a.name);
  const token = `${API_KEY_PREFIX}${randomToken(32)}`;
  const prefix = token.slice(0, SHOWN_PREFIX_LENGTH);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sellerApiKeys)
      .values({
        sellerId: a.sellerId,
        name,
        prefix,
        tokenHash: hashToken(token),
        createdBy: a.createdBy,
        createdAt: a.now,
      })
      .returning({ id: sellerApiKeys.id });
    await recordAudit(tx, {
      action: 'seller.api_key_created',
      at: a.now,
      actorUserId: a.createdBy,
      ip: a.ip ?? null,
      details: { sellerId: a.sellerId, keyId: row!.id, name, prefix },
    });
    return row!.id;
  });
  return { id, token, prefix };
}

export type KeyRevocationReason = 'revoked' | 'member_removed' | 'account_closed';

/**
 * Revoke one of the seller's own keys, audited; another seller's key does not exist for them
 * (404). Revoking twice is harmless.
 */
export async function revokeApiKey(
  db: Db,
  a: { sellerId: number; keyId: number; now: Date; actorUserId?: number | null; ip?: string | null },
): Promise<void> {
  forgetAuthenticatedKeys();
  const [row] = await db
    .select({ id: sellerApiKeys.id, revokedAt: sellerApiKeys.revokedAt })
    .from(sellerApiKeys)
    .where(and(eq(sellerApiKeys.id, a.keyId), eq(sellerApiKeys.sellerId, a.sellerId)));
  if (!row) throw AppError.notFound('API key');
  if (row.revokedAt) return;
  await revokeKeys(db, {
    where: eq(sellerApiKeys.id, a.keyId),
    now: a.now,
    actorUserId: a.actorUserId ?? null,
    reason: 'revoked',
    ip: a.ip ?? null,
  });
}

/**
 * Revoke the unrevoked keys matching `where` and record one audit event each (subject: the key's
 * creator). Pass a transaction to revoke along with the change that causes it.
 */
export async function revokeKeys(
  db: Pick<Db, 'update' | 'insert'>,
  a: {
    where: SQL | undefined;
    now: Date;
    actorUserId: number | null;
    reason: KeyRevocationReason;
    ip?: string | null;
  },
): Promise<number> {
  forgetAuthenticatedKeys();
  const revoked = await db
    .update(sellerApiKeys)
    .set({ revokedAt: a.now })
    .where(and(a.where, isNull(sellerApiKeys.revokedAt)))
    .returning({
      id: sellerApiKeys.id,
      sellerId: sellerApiKeys.sellerId,
      createdBy: sellerApiKeys.createdBy,
    });
  for (const k of revoked.sort((x, y) => x.id - y.id)) {
    await recordAudit(db, {
      action: 'seller.api_key_revoked',
      at: a.now,
      actorUserId: a.actorUserId,
      subjectUserId: k.createdBy,
      ip: a.ip ?? null,
      details: { sellerId: k.sellerId, keyId: k.id, reason: a.reason },
    });
  }
  return revoked.length;
}

/** The seller's keys, revoked ones included, oldest first. Never the token or its hash. */
export async function listApiKeys(db: Db, sellerId: number): Promise<ApiKeySummary[]> {
  return db
    .select({
      id: sellerApiKeys.id,
      name: sellerApiKeys.name,
      prefix: sellerApiKeys.prefix,
      createdAt: sellerApiKeys.createdAt,
      lastUsedAt: sellerApiKeys.lastUsedAt,
      revokedAt: sellerApiKeys.revokedAt,
    })
    .from(sellerApiKeys)
    .where(eq(sellerApiKeys.sellerId, sellerId))
    .orderBy(asc(sellerApiKeys.id));
}

/**
 * The seller and key behind a token, or null (unknown, revoked, or the seller is closed). Several
 * candidate tokens may be given (the raw `Basic` value and its base64 `user:token` reading): the
 * first that matches wins.
 */
export async function authenticateApiKey(
  db: Db,
  token: string | readonly string[],
  now: Date,
  opts: { waitForLastUsed: boolean } = { waitForLastUsed: true },
): Promise<{ sellerId: number; keyId: number } | null> {
  const candidates = (typeof token === 'string' ? [token] : [...token]).filter(
    (t) => t.length >= 16 && t.length <= 512,
  );
  if (candidates.length === 0) return null;
  const hashes = candidates.map(hashToken);
  const rows = await unrevokedKeysByHash(db, hashes);
  const row = hashes.map((h) => rows.find((r) => r.tokenHash === h)).find((r) => r !== undefined);
  if (!row || row.sellerStatus === 'closed') return null;
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || new Date(row.lastUsedAt) < staleBefore) {
    const touch = db
      .update(sellerApiKeys)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(sellerApiKeys.id, row.keyId),
          or(isNull(sellerApiKeys.lastUsedAt), lt(sellerApiKeys.lastUsedAt, staleBefore)),
        ),
      );
    // Bookkeeping: an API call need not wait for it (a lost write only makes the date older).
    if (opts.waitForLastUsed) await touch;
    else touch.then(undefined, () => {});
  }
  return { sellerId: row.sellerId, keyId: row.keyId };
}

/** Give the demo seller the documented demo key (idempotent). For the demo seed only. */
export async function seedDemoApiKey(db: Db, sellerId: number, now: Date): Promise<{ id: number }> {
  const tokenHash = hashToken(DEMO_SELLER_API_KEY);
  await db
    .insert(sellerApiKeys)
    .values({
      sellerId,
      name: 'Demo integration',
      prefix: DEMO_SELLER_API_KEY.slice(0, SHOWN_PREFIX_LENGTH),
      tokenHash,
      createdBy: null,
      createdAt: now,
    })
    .onConflictDoNothing({ target: sellerApiKeys.tokenHash });
  const [row] = await db
    .select({ id: sellerApiKeys.id })
    .from(sellerApiKeys)
    .where(eq(sellerApiKeys.tokenHash, tokenHash));
  return { id: row!.id };
}

/**
 * Integrations call the API many times a second with the same key: a successful lookup is kept in
 * memory for AUTH_CACHE_MS (failures are not cached). Revoking clears the cache of every process
 * at once through the cache bus; a process that missed the message notices within that delay.
 */
export const AUTH_CACHE_MS = 30_000;
const authCache = new Map<string, { auth: { sellerId: number; keyId: number }; until: number }>();
const AUTH_CACHE_TOPIC = 'seller-api-keys';
onInvalidate(AUTH_CACHE_TOPIC, () => authCache.clear());

/** Forget the successful lookups of every process (after any revocation). */
export function forgetAuthenticatedKeys(): void {
  invalidateEverywhere(AUTH_CACHE_TOPIC);
}

export async function authenticateApiKeyCached(
  db: Db,
  candidates: readonly string[],
  now: Date,
): Promise<{ sellerId: number; keyId: number } | null> {
  const key = candidates.join('\n');
  const hit = authCache.get(key);
  if (hit && hit.until > now.getTime()) return hit.auth;
  const auth = await authenticateApiKey(db, candidates, now, { waitForLastUsed: false });
  if (auth) {
    if (authCache.size > 10_000) authCache.clear();
    authCache.set(key, { auth, until: now.getTime() + AUTH_CACHE_MS });
  } else authCache.delete(key);
  return auth;
}
