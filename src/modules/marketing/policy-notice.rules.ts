/**
 * New versions of the privacy policy and the terms are announced to every active user of their
 * market before they take effect (issue 16). Pure: no I/O, no clock reads.
 *
 * A version is announced from the moment it is published (`createdAt`) until it takes effect
 * (`effectiveAt`); once in force it is no longer "new" (the terms gate asks for acceptance then).
 * Reloop publishes a version at least 30 days ahead (NOTICE_LEAD_DAYS): a version published later
 * than that is still announced, and the job reports it as late so an operator sees it.
 */

/** The documents whose new versions are announced. */
export const ANNOUNCED_KINDS = ['terms', 'privacy'] as const;
export type AnnouncedKind = (typeof ANNOUNCED_KINDS)[number];

export const NOTICE_LEAD_DAYS = 30;
const DAY = 86_400_000;

export type PublishedVersion = { kind: string; createdAt: Date; effectiveAt: Date };

/** Whether the version is to be announced at `now`: published, announced kind, not yet in force. */
export function announceable(v: PublishedVersion, now: Date): boolean {
  return (
    (ANNOUNCED_KINDS as readonly string[]).includes(v.kind) &&
    v.createdAt.getTime() <= now.getTime() &&
    v.effectiveAt.getTime() > now.getTime()
  );
}

/** Whether the notice leaves people less than NOTICE_LEAD_DAYS before the version takes effect. */
export function noticeIsLate(v: PublishedVersion, now: Date): boolean {
  return v.effectiveAt.getTime() - now.getTime() < NOTICE_LEAD_DAYS * DAY;
}
