/**
 * Review moderation in the console (issue 15): the queues (photos by deadline, overdue first;
 * notices; appeals; blocks), one review's case with its photos, and the decisions — each audited
 * like the other console actions. Moderators and admins.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { type AuditAction, recordAudit } from '../../modules/audit/record-audit.ts';
import { blockReviewer } from '../../modules/reviews/block-reviewer.ts';
import { decideReviewAppeal } from '../../modules/reviews/decide-review-appeal.ts';
import { decideReviewNotice } from '../../modules/reviews/decide-review-notice.ts';
import { moderateReviewPhotos } from '../../modules/reviews/moderate-review-photos.ts';
import { removeReview } from '../../modules/reviews/remove-review.ts';
import { removeReviewReply } from '../../modules/reviews/remove-review-reply.ts';
import {
  blocksInForce,
  openAppeals,
  openNotices,
  photoQueue,
  reviewCase,
  reviewPhotoFile,
} from '../../modules/reviews/review-moderation.read-model.ts';
import { localDay } from '../../platform/calendar.ts';
import { AppError, type AppErrorCode, isAppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { DEFAULT_MARKET } from '../../platform/markets.ts';
import { formAction } from '../ui/forms.ts';
import { formFields } from '../ui/request-context.ts';
import { t, type Viewer } from './console-layout.ts';
import {
  REVIEW_DONE,
  type ReviewDone,
  type ReviewSection,
  reviewCasePage,
  reviewQueuePage,
} from './reviews.pages.ts';

type C = Context<AppEnv>;

/** Moderators (and admins) moderate reviews. */
export const CONSOLE_REVIEW_RULES = { moderate: access({ kind: 'operator', roles: ['moderator'] }) } as const;

const FORM_ERRORS = new Set<AppErrorCode>([
  'INVALID_INPUT',
  'INVALID_STATE',
  'CONFLICT',
  'UNPROCESSABLE',
  'NOT_ELIGIBLE',
]);

/** The use cases name `criterion` and `facts`; each form of the case page names them its own way. */
const PREFIX: Record<ReviewSection, string> = { photos: 'photo', remove: '', reply: 'reply' };
const renamed = (section: ReviewSection, e: unknown) => {
  if (!isAppError(e) || !PREFIX[section]) return e;
  const out = new AppError(
    e.code,
    e.message,
    e.fields.map((f) => ({
      ...f,
      field: `${PREFIX[section]}${f.field[0]!.toUpperCase()}${f.field.slice(1)}`,
    })),
  );
  return out;
};

export function registerConsoleReviewRoutes(app: App, deps: Deps): void {
  const MOD = CONSOLE_REVIEW_RULES.moderate;
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const me = (c: C) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    return actor.userId;
  };
  const idOf = (c: C, name = 'id') => Number(c.req.param(name));
  const queues = async () => {
    const now = deps.clock.now();
    const [photos, notices, appeals, blocks] = await Promise.all([
      photoQueue(deps.db, localDay(now, DEFAULT_MARKET.timeZone)),
      openNotices(deps.db),
      openAppeals(deps.db),
      blocksInForce(deps.db, now),
    ]);
    return { photos, notices, appeals, blocks };
  };
  const doneOf = (c: C) => {
    const d = c.req.query('done') ?? '';
    return d in REVIEW_DONE ? (d as ReviewDone) : undefined;
  };
  const audit = (c: C, action: AuditAction, details: Record<string, unknown>) =>
    recordAudit(deps.db, { action, at: deps.clock.now(), actorUserId: me(c), details });
  const loadCase = async (id: number) => {
    const r = await reviewCase(deps.db, id);
    if (!r) throw AppError.notFound('Review');
    return r;
  };

  app.get('/console/reviews', MOD, async (c) =>
    c.html(reviewQueuePage(viewer(c), await queues(), undefined, doneOf(c))),
  );

  app.get('/console/reviews/:id{[0-9]+}', MOD, async (c) =>
    c.html(reviewCasePage(viewer(c), await loadCase(idOf(c)), undefined, doneOf(c))),
  );

  app.get('/console/reviews/photos/:photoId{[0-9]+}', MOD, async (c) => {
    const f = await reviewPhotoFile(deps.db, idOf(c, 'photoId'));
    const stored = f ? await deps.storage.get(f.storageKey) : null;
    if (!f || !stored) throw AppError.notFound('Photo');
    return c.body(stored.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': f.contentType,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  /** A form of the case page: on a refusal the page again with what was typed; else back to it. */
  const caseAction =
    (
      section: ReviewSection,
      done: ReviewDone | ((v: Record<string, string>) => ReviewDone),
      action: AuditAction,
      run: (c: C, id: number, v: Record<string, string>) => Promise<Record<string, unknown>>,
    ) =>
    async (c: C) => {
      const id = idOf(c);
      const values = await formFields(c);
      return formAction(
        c,
        values,
        async (form) => reviewCasePage(viewer(c), await loadCase(id), { ...form, section }),
        async () => {
          let details: Record<string, unknown>;
          try {
            details = await run(c, id, values);
          } catch (e) {
            throw renamed(section, e);
          }
          await audit(c, action, { reviewId: id, ...details });
          return c.redirect(
            `/console/reviews/${id}?done=${typeof done === 'string' ? done : done(values)}`,
            303,
          );
        },
        FORM_ERRORS,
      );
    };

  app.post(
    '/console/reviews/:id{[0-9]+}/photos',
    MOD,
    caseAction(
      'photos',
      (v) => (v.decision === 'approve' ? 'photosApproved' : 'photosRejected'),
      'review.photos_moderated',
      async (c, id, v) => {
        const r = await moderateReviewPhotos(
          deps,
          v.decision === 'approve'
            ? { reviewId: id, operatorUserId: me(c), decision: 'approve' }
            : {
                reviewId: id,
                operatorUserId: me(c),
                decision: 'reject',
                criterion: v.photoCriterion ?? '',
                facts: v.photoFacts ?? '',
              },
        );
        return { ...r, criterion: v.photoCriterion ?? null };
      },
    ),
  );

  app.post(
    '/console/reviews/:id{[0-9]+}/remove',
    MOD,
    caseAction('remove', 'removed', 'review.removed', async (c, id, v) => {
      const r = await removeReview(deps, {
        reviewId: id,
        criterion: v.criterion ?? '',
        facts: v.facts ?? '',
        legalGround: v.legalGround ?? null,
        operatorUserId: me(c),
      });
      return { ...r, criterion: v.criterion };
    }),
  );

  app.post(
    '/console/reviews/:id{[0-9]+}/reply/remove',
    MOD,
    caseAction('reply', 'replyRemoved', 'review.reply_removed', async (c, id, v) => {
      const r = await removeReviewReply(deps, {
        reviewId: id,
        criterion: v.replyCriterion ?? '',
        facts: v.replyFacts ?? '',
        operatorUserId: me(c),
      });
      return { ...r, criterion: v.replyCriterion };
    }),
  );

  /** A queue form: on a refusal the queue page with the message; else back to the queue. */
  const queueAction =
    (
      done: ReviewDone,
      action: AuditAction,
      run: (c: C, v: Record<string, string>) => Promise<Record<string, unknown>>,
    ) =>
    async (c: C) => {
      const values = await formFields(c);
      return formAction(
        c,
        values,
        async (form) => reviewQueuePage(viewer(c), await queues(), form),
        async () => {
          await audit(c, action, await run(c, values));
          return c.redirect(`/console/reviews?done=${done}`, 303);
        },
        FORM_ERRORS,
      );
    };

  app.post(
    '/console/reviews/notices/:id{[0-9]+}/decide',
    MOD,
    queueAction('noticeDecided', 'review.notice_decided', async (c, v) => {
      if (v.decision !== 'uphold' && v.decision !== 'dismiss')
        throw AppError.invalid([{ field: 'decision', message: 'must be uphold or dismiss' }]);
      const r = await decideReviewNotice(deps, {
        noticeId: idOf(c),
        uphold: v.decision === 'uphold',
        facts: v.facts ?? '',
        operatorUserId: me(c),
      });
      return { noticeId: idOf(c), ...r };
    }),
  );

  app.post(
    '/console/reviews/appeals/:id{[0-9]+}/decide',
    MOD,
    queueAction('appealDecided', 'review.appeal_decided', async (c, v) => {
      if (v.decision !== 'reverse' && v.decision !== 'uphold')
        throw AppError.invalid([{ field: 'decision', message: 'must be reverse or uphold' }]);
      const r = await decideReviewAppeal(deps, {
        appealId: idOf(c),
        reverse: v.decision === 'reverse',
        note: v.note ?? '',
        operatorUserId: me(c),
      });
      return { appealId: idOf(c), ...r };
    }),
  );

  app.post(
    '/console/reviews/blocks',
    MOD,
    queueAction('blocked', 'review.reviewer_blocked', async (c, v) => {
      const userId = /^[1-9][0-9]{0,9}$/.test((v.userId ?? '').trim()) ? Number(v.userId) : Number.NaN;
      if (!Number.isSafeInteger(userId))
        throw AppError.invalid([{ field: 'userId', message: 'must be an account number' }]);
      const r = await blockReviewer(deps, {
        userId,
        duration: v.duration ?? '',
        facts: v.facts ?? '',
        operatorUserId: me(c),
      });
      return { userId, duration: v.duration, ...r };
    }),
  );
}
