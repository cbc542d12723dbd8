import type { Db } from '../../platform/db/client.ts';
import { sellers } from './sellers.schema.ts';
import { slugsLike } from './sellers.store.ts';
import { firstFreeSlug, slugify } from './slug.rules.ts';

export type NewSeller = {
  shopName: string;
  legalName: string;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  tradeRegister: string;
  tradeRegisterNumber: string;
  vatNumber: string | null;
  email: string;
  phone: string;
  iban: string | null;
  accountHolder: string | null;
  /** Trader information checked (DSA Art. 30(2)). */
  verified: boolean;
};

/**
 * Create an active seller under a unique slug from the shop name (`-2`, `-3`, … appended when
 * taken). Two creations of the same name at once: the loser fails with a unique violation and
 * may retry (see approveApplication).
 */
export async function createSeller(
  deps: { db: Db; now: Date },
  s: NewSeller,
): Promise<{ sellerId: number; slug: string }> {
  const base = slugify(s.shopName);
  const slug = firstFreeSlug(base, await slugsLike(deps.db, base));
  const [row] = await deps.db
    .insert(sellers)
    .values({
      slug,
      name: s.shopName,
      legalName: s.legalName,
      addressLine: s.addressLine,
      postalCode: s.postalCode,
      city: s.city,
      country: s.country,
      tradeRegister: s.tradeRegister,
      tradeRegisterNumber: s.tradeRegisterNumber,
      vatNumber: s.vatNumber,
      email: s.email,
      phone: s.phone,
      status: 'active',
      verified: s.verified,
      iban: s.iban,
      accountHolder: s.accountHolder,
      createdAt: deps.now,
    })
    .returning({ id: sellers.id });
  return { sellerId: row!.id, slug };
}
