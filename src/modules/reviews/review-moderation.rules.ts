import { addMonths, type Day } from '../../platform/calendar.ts';
import { DAY_MS } from '../../platform/clock.ts';
import type { FieldIssue } from '../../platform/errors.ts';

/**
 * The moderation of reviews (issue 15), as pure rules: the CLOSED list of criteria an operator
 * removes a review, a seller's reply or a review's photos under, and a third party's removal
 * notice names (the seeds' review rules, NL/SV §3); the photo rule (one photo breaking the rules
 * withholds all of that review's photos); reviewer blocks and what makes a violation "repeated";
 * the appeal form's match against the decision it contests. No I/O, no clock.
 */

/** What a criterion can be applied to. */
export type ModerationTarget = 'review' | 'reply' | 'photos';

export type Criterion = {
  /** What it may be applied to (photo criteria only to photos). */
  targets: readonly ModerationTarget[];
  /** Serious: one upheld removal under it is enough to block the author. */
  serious: boolean;
  /** Art. 17(3)(d): illegal content names its legal ground; the rest breaks the review rules. */
  ground: 'illegal_content' | 'incompatible_terms';
  /** The review rules' wording, quoted in the statement of reasons (English: the statement's language). */
  rule: string;
};

const TEXT = ['review', 'reply', 'photos'] as const satisfies readonly ModerationTarget[];
const WORDS = ['review', 'reply'] as const satisfies readonly ModerationTarget[];
const PHOTOS = ['photos'] as const satisfies readonly ModerationTarget[];

export const MODERATION_CRITERIA = {
  not_about_experience: {
    targets: WORDS,
    serious: false,
    ground: 'incompatible_terms',
    rule: 'A review is about the product received and the purchase experience (delivery, packaging, seller); a reply answers the review.',
  },
  off_topic: {
    targets: WORDS,
    serious: false,
    ground: 'incompatible_terms',
    rule: 'Reviews and replies stay on topic: no political, religious or other unrelated content.',
  },
  offensive: {
    targets: TEXT,
    serious: false,
    ground: 'incompatible_terms',
    rule: 'No insulting, threatening, obscene or vulgar content, in words or images.',
  },
  discriminatory: {
    targets: TEXT,
    serious: true,
    ground: 'incompatible_terms',
    rule: 'No discriminatory or hateful content about a person or a group.',
  },
  personal_data: {
    targets: TEXT,
    serious: false,
    ground: 'incompatible_terms',
    rule: "No personal data: names, addresses, phone numbers, email addresses or other people's order details.",
  },
  advertising: {
    targets: TEXT,
    serious: false,
    ground: 'incompatible_terms',
    rule: 'No advertising or promotion, no links, no contact details, no referral codes.',
  },
  not_authentic: {
    targets: WORDS,
    serious: true,
    ground: 'incompatible_terms',
    rule: 'A review is written by the buyer about their own purchase, without conflict of interest (no seller, competitor, or review given in exchange for anything).',
  },
  illegal_content: {
    targets: TEXT,
    serious: true,
    ground: 'illegal_content',
    rule: 'No content that is illegal under EU or national law (e.g. defamation, infringement of intellectual property, incitement).',
  },
  spam: {
    targets: TEXT,
    serious: false,
    ground: 'incompatible_terms',
    rule: 'No spam: no repeated, duplicate or meaningless content.',
  },
  photo_not_product: {
    targets: PHOTOS,
    serious: false,
    ground: 'incompatible_terms',
    rule: 'Photos show the product received, its packaging or its condition.',
  },
  photo_people: {
    targets: PHOTOS,
    serious: false,
    ground: 'incompatible_terms',
    rule: "Photos show no person's face and nothing that identifies a person.",
  },
  photo_unsuitable: {
    targets: PHOTOS,
    serious: false,
    ground: 'incompatible_terms',
    rule: 'Photos are suitable for everyone: nothing explicit, violent or shocking, and the product can be seen.',
  },
} as const satisfies Record<string, Criterion>;

export type CriterionCode = keyof typeof MODERATION_CRITERIA;
export const CRITERION_CODES = Object.keys(MODERATION_CRITERIA) as CriterionCode[];

/** The contractual ground every statement about a review quotes. */
export const REVIEW_RULES_GROUND = 'Reloop review rules (Terms of Use, reviews section)';
/** The legal ground of a removal for illegal content when the operator names none more precise. */
export const DEFAULT_LEGAL_GROUND = 'Content illegal under the law of the market of publication';

/** The criteria that may be applied to `target`, in list order (forms show these). */
export const criteriaFor = (target: ModerationTarget): CriterionCode[] =>
  CRITERION_CODES.filter((c) => (MODERATION_CRITERIA[c].targets as readonly string[]).includes(target));

/**
 * A criterion code from a form or an API call, checked against the closed list and the target:
 * anything else is an issue naming `criterion` (the routes answer 422).
 */
export function checkCriterion(raw: unknown, target: ModerationTarget): CriterionCode | FieldIssue {
  const code = typeof raw === 'string' ? raw.trim() : '';
  if (!code) return { field: 'criterion', message: 'is required' };
  if (!Object.hasOwn(MODERATION_CRITERIA, code))
    return {
      field: 'criterion',
      message: `is not a moderation criterion (one of ${CRITERION_CODES.join(', ')})`,
    };
  if (!criteriaFor(target).includes(code as CriterionCode))
    return { field: 'criterion', message: `does not apply to ${target}` };
  return code as CriterionCode;
}

export const isCriterionIssue = (x: CriterionCode | FieldIssue): x is FieldIssue => typeof x !== 'string';

/** The ground of a statement of reasons under `criterion` (compliance's StatementGround). */
export function statementGround(criterion: CriterionCode, legalGround?: string | null) {
  const c = MODERATION_CRITERIA[criterion];
  return c.ground === 'illegal_content'
    ? ({
        type: 'illegal_content',
        legalGround: legalGround?.trim() || DEFAULT_LEGAL_GROUND,
        contractualGround: REVIEW_RULES_GROUND,
      } as const)
    : ({ type: 'incompatible_terms', contractualGround: `${REVIEW_RULES_GROUND}: ${c.rule}` } as const);
}

/**
 * The photo rule: a review's photos are published only if every one of them is approved. A
 * decision is "approve all" or "reject" under a criterion; a rejection withholds all of them.
 */
export type PhotoStatus = 'pending' | 'approved' | 'rejected';
export function photosAfterDecision(
  photos: readonly { id: number; status: PhotoStatus }[],
  decision: { approve: true } | { approve: false; criterion: CriterionCode },
): { id: number; status: 'approved' | 'rejected' }[] {
  const status = decision.approve ? 'approved' : 'rejected';
  return photos.map((p) => ({ id: p.id, status }));
}

/** Whether a review shows its photos: at least one, and none pending or rejected. */
export const photosPublished = (statuses: readonly PhotoStatus[]): boolean =>
  statuses.length > 0 && statuses.every((s) => s === 'approved');

/** Blocks from reviewing: temporary (30 or 90 days) or permanent. */
export const BLOCK_DURATIONS = { days_30: 30, days_90: 90, permanent: null } as const;
export type BlockDuration = keyof typeof BLOCK_DURATIONS;
export const BLOCK_DURATION_CODES = Object.keys(BLOCK_DURATIONS) as BlockDuration[];

/**
 * "Repeated" violations: at least 3 reviews of the author removed (and not restored on appeal)
 * within the last 12 months (365 days) before the block. "Serious": one such removal under a
 * serious criterion (discriminatory, not authentic, illegal content).
 */
export const REPEATED_REMOVALS = 3;
export const REPEATED_WINDOW_DAYS = 365;

export type RemovalRecord = { criterion: string; removedAt: Date };

/** The author's removals that count toward a block at `now` (within the window). */
export const removalsInWindow = (removals: readonly RemovalRecord[], now: Date): RemovalRecord[] =>
  removals.filter(
    (r) =>
      r.removedAt.getTime() <= now.getTime() &&
      now.getTime() - r.removedAt.getTime() < REPEATED_WINDOW_DAYS * DAY_MS,
  );

/** Why a block is justified ('serious' | 'repeated'), or null when it is not. */
export function blockJustification(
  removals: readonly RemovalRecord[],
  now: Date,
): 'serious' | 'repeated' | null {
  const recent = removalsInWindow(removals, now);
  if (
    recent.some(
      (r) =>
        Object.hasOwn(MODERATION_CRITERIA, r.criterion) &&
        MODERATION_CRITERIA[r.criterion as CriterionCode].serious,
    )
  )
    return 'serious';
  return recent.length >= REPEATED_REMOVALS ? 'repeated' : null;
}

/** When a block of `duration` given at `now` ends (null: permanent). */
export function blockEndsAt(duration: BlockDuration, now: Date): Date | null {
  const days = BLOCK_DURATIONS[duration];
  return days === null ? null : new Date(now.getTime() + days * DAY_MS);
}

/** A block in force at `now`: not lifted and not ended. */
export const blockInForce = (b: { until: Date | null; liftedAt: Date | null }, now: Date): boolean =>
  !b.liftedAt && (b.until === null || b.until.getTime() > now.getTime());

/** The appeal form's fields, as typed. */
export type AppealForm = { email: string; orderNumber: string; reviewDate: string; explanation: string };
export const APPEAL_EXPLANATION_MAX = 5000;
export const NOTICE_EXPLANATION_MAX = 5000;
export const REPLY_MAX = 2000;

/** The appeal form checked: every wrong field named. */
export function checkAppealForm(
  raw: Partial<Record<keyof AppealForm, unknown>>,
): { ok: true; value: AppealForm } | { ok: false; issues: FieldIssue[] } {
  const s = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const issues: FieldIssue[] = [];
  const email = s(raw.email).toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
    issues.push({ field: 'email', message: 'must be an email address' });
  const orderNumber = s(raw.orderNumber).replace(/^#/, '');
  if (!/^[1-9][0-9]{0,9}$/.test(orderNumber))
    issues.push({ field: 'orderNumber', message: 'must be an order number' });
  const reviewDate = s(raw.reviewDate);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewDate) || Number.isNaN(Date.parse(`${reviewDate}T00:00:00Z`)))
    issues.push({ field: 'reviewDate', message: 'must be a date (YYYY-MM-DD)' });
  const explanation = s(raw.explanation);
  if (!explanation) issues.push({ field: 'explanation', message: 'is required' });
  else if (explanation.length > APPEAL_EXPLANATION_MAX)
    issues.push({ field: 'explanation', message: `must be at most ${APPEAL_EXPLANATION_MAX} characters` });
  return issues.length
    ? { ok: false, issues }
    : { ok: true, value: { email, orderNumber, reviewDate, explanation } };
}

/** A decision the author may contest: its statement, and what it is about. */
export type ContestableDecision = {
  statementId: string;
  kind: 'removal' | 'photos' | 'block';
  reviewId: number | null;
  blockId: number | null;
};

/**
 * The decision an appeal contests, from the review the form matched (same order, the author's
 * email, written on that local day): its removal, else its photos' rejection, else the author's
 * block in force. Null: nothing to contest (the form is refused without saying more).
 */
export function contestedDecision(r: {
  reviewId: number;
  removalStatementId: string | null;
  photoStatementId: string | null;
  block: { id: number; statementId: string } | null;
}): ContestableDecision | null {
  if (r.removalStatementId)
    return { statementId: r.removalStatementId, kind: 'removal', reviewId: r.reviewId, blockId: null };
  if (r.photoStatementId)
    return { statementId: r.photoStatementId, kind: 'photos', reviewId: r.reviewId, blockId: null };
  if (r.block)
    return { statementId: r.block.statementId, kind: 'block', reviewId: null, blockId: r.block.id };
  return null;
}

/** The appeal form's identity check: the email of the review's author, and the day it was written. */
export const appealMatches = (
  form: Pick<AppealForm, 'email' | 'reviewDate'>,
  review: { authorEmail: string; submittedDay: string },
): boolean =>
  form.email.trim().toLowerCase() === review.authorEmail.trim().toLowerCase() &&
  form.reviewDate === review.submittedDay;

/**
 * DSA Art. 20(1): a decision can be contested for at least 6 months after the author was told.
 * Open through the last day of that sixth month (days in the market's calendar, `YYYY-MM-DD`).
 */
export const APPEAL_WINDOW_MONTHS = 6;
export const appealWindowOpen = (decidedOn: Day, today: Day): boolean =>
  today <= addMonths(decidedOn, APPEAL_WINDOW_MONTHS);
