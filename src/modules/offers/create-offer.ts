import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { parseMoney } from '../../platform/money.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { productExists } from '../catalog/product-lookup.ts';
import { assertCanPublish, CANNOT_PUBLISH } from '../seller-onboarding/can-publish.ts';
import { offerPrices, offers, skuTaken } from './offers.store.ts';
import { ZCreateOfferInputSchema } from './offers.types.ts';
import { refreshBuybox } from './refresh-buybox.ts';
import { marketAccessIssues, marketIssuesFor } from './seller-markets.ts';

function minor(value: string, currency: string): number {
  const r = parseMoney(value, currency);
  if (!r.ok) throw new Error('validated before');
  return r.amountMinor;
}

const SKU_TAKEN = 'is already used by another of your offers (SKUs are case-insensitive)';

/** A seller lists a catalog product in one grade, with per-market terms. */
export async function createOffer({
  db,
  clock,
  sellerId,
  input,
  deferBuybox,
  known = {},
}: {
  db: Db;
  clock: Clock;
  sellerId: number;
  input: unknown;
  /** Bulk imports refresh buyboxes once per chunk: collect the product instead of refreshing now. */
  deferBuybox?: (productId: string) => void;
  /**
   * What the caller already checked in this unit of work (a bulk import checks the seller once
   * per batch and has just looked the product and the SKU up): those reads are skipped. The
   * unique index still refuses a SKU taken meanwhile.
   */
  known?: { productExists?: true; skuFree?: true; seller?: { country: string; mayPublish: boolean } };
}): Promise<{ offerId: number }> {
  const offer = parseOrThrow(ZCreateOfferInputSchema, input);
  // Only approved (verified, active) sellers publish; others may prepare unpublished offers.
  if (offer.published) {
    if (!known.seller) await assertCanPublish(db, sellerId);
    else if (!known.seller.mayPublish) throw new AppError('FORBIDDEN', CANNOT_PUBLISH);
  }
  const issues: FieldIssue[] = [];
  if (!known.productExists && !(await productExists(db, offer.productId)))
    issues.push({ field: 'productId', message: 'unknown product' });
  if (!known.skuFree && (await skuTaken(db, sellerId, offer.sku)))
    issues.push({ field: 'sku', message: SKU_TAKEN });
  const markets = offer.markets.map((m, i) => ({
    code: marketByLocale(m.market)!.code,
    field: `markets.${i}.market`,
  }));
  issues.push(
    ...(known.seller
      ? marketIssuesFor(known.seller.country, markets)
      : await marketAccessIssues(db, sellerId, markets)),
  );
  if (issues.length) throw AppError.invalid(issues);

  const now = clock.now();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(offers)
        .values({
          sellerId,
          productId: offer.productId,
          grade: offer.grade,
          sku: offer.sku,
          quantity: offer.quantity,
          warrantyMonths: offer.warrantyMonths,
          vatType: offer.vatType,
          published: offer.published,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: offers.id });
      const offerId = row!.id;
      await tx.insert(offerPrices).values(
        offer.markets.map((m) => {
          const market = marketByLocale(m.market)!;
          return {
            offerId,
            market: market.code,
            currency: market.currency,
            priceMinor: minor(m.price, market.currency),
            minPriceMinor: m.minPrice === undefined ? null : minor(m.minPrice, market.currency),
            comment: m.comment,
            shipping: m.shipping.map((s) => ({
              carrier: s.carrier,
              priceMinor: minor(s.price, market.currency),
              delayDays: s.delayDays,
            })),
          };
        }),
      );
      if (deferBuybox) deferBuybox(offer.productId);
      else await refreshBuybox({ db: tx, productIds: [offer.productId] });
      return { offerId };
    });
  } catch (e) {
    // A concurrent insert of the same SKU loses on the unique index.
    if (isUniqueViolation(e)) throw AppError.invalid([{ field: 'sku', message: SKU_TAKEN }]);
    throw e;
  }
}
