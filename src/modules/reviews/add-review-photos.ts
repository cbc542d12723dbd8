import { eq } from 'drizzle-orm';
import { localDay } from '../../platform/calendar.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { checkPhotoBatch, MAX_PHOTOS } from './review-content.rules.ts';
import { reencodePhoto, reviewPhotoKey } from './review-photos.ts';
import { editWindow, photoModerationDueOn } from './review-time.rules.ts';
import { findOwnReview, photosOf } from './review-writing.store.ts';
import type { WriteRefusal } from './review-writing.types.ts';
import type { ReviewsDeps } from './reviews.deps.ts';
import { reviewPhotos, reviews } from './reviews.schema.ts';

const PROBLEMS = {
  none: 'add at least one photo',
  too_many: `at most ${MAX_PHOTOS} photos per review`,
  too_large: 'each photo must be at most 5 MB',
  empty: 'a photo is empty',
} as const;

/**
 * The author adds photos to their published review (within its edit window): each must be an
 * image by its bytes, is re-encoded without metadata and stored, and waits for a person's
 * decision, due within 7 business days of the market's calendar. Nothing is stored unless every
 * photo of the batch is accepted.
 */
export async function addReviewPhotos(
  deps: ReviewsDeps,
  input: { userId: number; reviewId: number; photos: readonly Uint8Array[] },
): Promise<{ ok: true; photoIds: number[]; moderationDueOn: string } | WriteRefusal> {
  const review = await findOwnReview(deps.db, input.reviewId, input.userId);
  if (!review) return { ok: false, reason: 'not_found' };
  if (review.status !== 'published') return { ok: false, reason: 'not_published' };
  const market = marketByCode(review.market) ?? DEFAULT_MARKET;
  const now = deps.clock.now();
  const today = localDay(now, market.timeZone);
  const window = editWindow(localDay(review.deliveredAt, market.timeZone), today);
  if (!window.open) return { ok: false, reason: 'window_closed', endedOn: window.endedOn };

  const existing = (await photosOf(deps.db, review.id)).filter((p) => p.status !== 'rejected').length;
  const batch = checkPhotoBatch(
    existing,
    input.photos.map((p) => p.length),
  );
  if (!batch.ok) {
    return { ok: false, reason: 'invalid', fields: [{ field: 'photos', message: PROBLEMS[batch.problem] }] };
  }
  const encoded = [];
  for (const [i, bytes] of input.photos.entries()) {
    const photo = await reencodePhoto(bytes);
    if (!photo) {
      return {
        ok: false,
        reason: 'invalid',
        fields: [{ field: `photos[${i}]`, message: 'must be a JPEG, PNG, WebP or HEIC image' }],
      };
    }
    encoded.push(photo);
  }
  const dueOn = photoModerationDueOn(today, market.code);
  const rows: Array<typeof reviewPhotos.$inferInsert> = [];
  for (const photo of encoded) {
    const key = reviewPhotoKey(review.id);
    // The file first: a row never points at a missing file.
    await deps.storage.put(key, photo.bytes, photo.contentType);
    rows.push({
      reviewId: review.id,
      storageKey: key,
      contentType: photo.contentType,
      bytes: photo.bytes.length,
      width: photo.width,
      height: photo.height,
      status: 'pending' as const,
      moderationDueOn: dueOn,
      uploadedAt: now,
    });
  }
  // Counted again under the review's row lock: two batches sent at once cannot pass the limit.
  const inserted = await deps.db.transaction(async (tx) => {
    await tx.select({ id: reviews.id }).from(reviews).where(eq(reviews.id, review.id)).for('update');
    const held = (await photosOf(tx, review.id)).filter((p) => p.status !== 'rejected').length;
    const sizes = input.photos.map((p) => p.length);
    if (!checkPhotoBatch(held, sizes).ok) return null;
    return tx.insert(reviewPhotos).values(rows).returning({ id: reviewPhotos.id });
  });
  if (!inserted) {
    for (const r of rows) await deps.storage.delete(r.storageKey);
    return { ok: false, reason: 'invalid', fields: [{ field: 'photos', message: PROBLEMS.too_many }] };
  }
  return { ok: true, photoIds: inserted.map((r) => r.id), moderationDueOn: dueOn };
}
