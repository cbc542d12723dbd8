/**
 * Read model for API key authentication (api-keys.ts authenticateApiKey, on every /ws call):
 * unrevoked keys by token hash with their seller's status, in one round trip. Joins
 * seller_api_keys with sellers; never writes.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { sellerApiKeys } from './seller-api.schema.ts';

export async function unrevokedKeysByHash(db: Db, hashes: string[]) {
  return db
    .select({
      keyId: sellerApiKeys.id,
      sellerId: sellerApiKeys.sellerId,
      tokenHash: sellerApiKeys.tokenHash,
      lastUsedAt: sellerApiKeys.lastUsedAt,
      sellerStatus: sellers.status,
    })
    .from(sellerApiKeys)
    .innerJoin(sellers, eq(sellers.id, sellerApiKeys.sellerId))
    .where(and(inArray(sellerApiKeys.tokenHash, hashes), isNull(sellerApiKeys.revokedAt)));
}
