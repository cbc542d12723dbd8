/**
 * The time rules of reviews (issue 15), pure. Days are calendar days (`YYYY-MM-DD`) in the
 * market's time zone; business days follow the market's calendar (weekends and national public
 * holidays, platform/calendar.ts). Every "last day" is inclusive.
 *
 * - Request: about 7 days after delivery the buyer is asked for a review (once per line).
 * - Publication: text and rating are published without prior moderation, at the latest within
 *   1 business day of submission. Reloop publishes at submission; the deadline is what it promises.
 * - Photos: moderated by a person within 7 business days of their upload.
 * - Edit: the author may edit for 30 days from receiving the product (its delivery day).
 * - Retention: online 24 months from publication, or longer as long as the product is still sold
 *   (a live offer exists), unless moderated.
 */
import { addBusinessDays, addDays, addMonths, type Day } from '../../platform/calendar.ts';

export const REQUEST_AFTER_DAYS = 7;
export const PUBLISH_WITHIN_BUSINESS_DAYS = 1;
export const PHOTO_MODERATION_BUSINESS_DAYS = 7;
export const EDIT_WINDOW_DAYS = 30;
export const RETENTION_MONTHS = 24;
/** How long the emailed link to write a review stays valid. */
export const REQUEST_LINK_DAYS = 60;

const DAY_MS = 86_400_000;

/** The instant from which a line delivered at `deliveredAt` is due its review request. */
export function reviewRequestDueAt(deliveredAt: Date): Date {
  return new Date(deliveredAt.getTime() + REQUEST_AFTER_DAYS * DAY_MS);
}

/** Lines delivered at or before this instant are due their request at `now`. */
export function reviewRequestCutoff(now: Date): Date {
  return new Date(now.getTime() - REQUEST_AFTER_DAYS * DAY_MS);
}

export function isReviewRequestDue(deliveredAt: Date, now: Date): boolean {
  return now.getTime() >= reviewRequestDueAt(deliveredAt).getTime();
}

/** When the emailed link of a request sent at `sentAt` stops working. */
export function requestLinkExpiresAt(sentAt: Date): Date {
  return new Date(sentAt.getTime() + REQUEST_LINK_DAYS * DAY_MS);
}

/** The last day a review submitted on `submittedOn` may be published (1 business day later). */
export function publicationDeadline(submittedOn: Day, country: string): Day {
  return addBusinessDays(submittedOn, PUBLISH_WITHIN_BUSINESS_DAYS, country);
}

/** Whether publishing on `publishedOn` keeps the promise for a review submitted on `submittedOn`. */
export function publishedInTime(submittedOn: Day, publishedOn: Day, country: string): boolean {
  return publishedOn >= submittedOn && publishedOn <= publicationDeadline(submittedOn, country);
}

/** The last day a person must decide on photos uploaded on `uploadedOn`. */
export function photoModerationDueOn(uploadedOn: Day, country: string): Day {
  return addBusinessDays(uploadedOn, PHOTO_MODERATION_BUSINESS_DAYS, country);
}

/** The last day the author may edit a review of a product delivered on `deliveredOn`. */
export function editWindowEndsOn(deliveredOn: Day): Day {
  return addDays(deliveredOn, EDIT_WINDOW_DAYS);
}

export type EditWindow = { open: true; endsOn: Day } | { open: false; endedOn: Day };

export function editWindow(deliveredOn: Day, today: Day): EditWindow {
  const endsOn = editWindowEndsOn(deliveredOn);
  return today <= endsOn ? { open: true, endsOn } : { open: false, endedOn: endsOn };
}

/** The last day of the 24 months a review published on `publishedOn` stays online in any case. */
export function retentionEndsOn(publishedOn: Day): Day {
  return addDays(addMonths(publishedOn, RETENTION_MONTHS), -1);
}

/** A published review expires after its 24 months, unless its product is still sold. */
export function isExpired(o: { publishedOn: Day; today: Day; productStillSold: boolean }): boolean {
  return !o.productStillSold && o.today > retentionEndsOn(o.publishedOn);
}
