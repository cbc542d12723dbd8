/**
 * The shop's review moderation forms (issue 15): "Report this review" beside every review
 * (`/:market/reviews/:id/report`, `?target=reply` for the seller's reply) and the appeal form
 * (`/:market/reviews/appeal`). Anyone may send either, signed in or not (rate-limited per IP); a
 * signed-in person can only appeal decisions about their own reviews.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { submitReviewAppeal } from '../../modules/reviews/submit-review-appeal.ts';
import { submitReviewNotice } from '../../modules/reviews/submit-review-notice.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { readerLocale } from '../../platform/i18n.ts';
import { marketByCode } from '../../platform/markets.ts';
import { STANDALONE_FORM } from '../ui/form-errors.ts';
import { formAction } from '../ui/forms.ts';
import { formFields, requestContext } from '../ui/request-context.ts';
import {
  appealPage,
  appealPath,
  appealSentPage,
  reportReviewPage,
  reportReviewPath,
  reportSentPage,
} from './review-moderation.pages.ts';

type C = Context<AppEnv>;

/** Who may report a review or appeal: anyone (the use cases check the rest). */
export const REVIEW_FORM_RULES = { forms: PUBLIC } as const;

const STOREFRONTS = ['/:market{[a-z]{2}-[a-z]{2}}', '/pro/:market{[a-z]{2}-[a-z]{2}}'];

const reviewIdOf = (c: C) => {
  const raw = c.req.param('id') ?? '';
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) throw AppError.notFound('Review');
  return Number(raw);
};

export function registerReviewModerationPages(app: App, deps: Deps): void {
  for (const M of STOREFRONTS) {
    app.get(`${M}/reviews/:id{[0-9]+}/report`, REVIEW_FORM_RULES.forms, (c) => {
      const ctx = requestContext(c);
      c.header('cache-control', 'no-store');
      if (c.req.query('sent')) return c.html(reportSentPage(ctx));
      const target = c.req.query('target') === 'reply' ? 'reply' : 'review';
      return c.html(reportReviewPage(ctx, reviewIdOf(c), target));
    });

    app.post(`${M}/reviews/:id{[0-9]+}/report`, REVIEW_FORM_RULES.forms, async (c) => {
      const ctx = requestContext(c);
      const id = reviewIdOf(c);
      const values = await formFields(c);
      const target = values.target === 'reply' ? 'reply' : 'review';
      const actor = c.get('actor') ?? null;
      const locale = actor
        ? readerLocale(actor.language, marketByCode(actor.market) ?? ctx.market)
        : ctx.market.bcp47;
      return formAction(
        c,
        values,
        (form) => reportReviewPage(ctx, id, target, form),
        async () => {
          await submitReviewNotice(deps, {
            reviewId: id,
            target,
            criterion: values.criterion ?? '',
            explanation: values.explanation ?? '',
            name: values.name ?? '',
            email: values.email ?? '',
            userId: actor?.userId ?? null,
            locale,
          });
          return c.redirect(`${reportReviewPath(ctx.base, id, 'review')}?sent=1`, 303);
        },
      );
    });

    app.get(`${M}/reviews/appeal`, REVIEW_FORM_RULES.forms, (c) => {
      const ctx = requestContext(c);
      c.header('cache-control', 'no-store');
      const sent = c.req.query('sent');
      if (sent && /^\d{1,12}$/.test(sent)) return c.html(appealSentPage(ctx, sent));
      return c.html(appealPage(ctx));
    });

    app.post(`${M}/reviews/appeal`, REVIEW_FORM_RULES.forms, async (c) => {
      const ctx = requestContext(c);
      const values = await formFields(c);
      const actor = c.get('actor') ?? null;
      return formAction(
        c,
        values,
        (form) => appealPage(ctx, form),
        async () => {
          const { appealId } = await submitReviewAppeal(deps, {
            form: values,
            reference: values.reference?.trim() || undefined,
            userId: actor?.userId ?? null,
          });
          return c.redirect(`${appealPath(ctx.base)}?sent=${appealId}`, 303);
        },
        STANDALONE_FORM,
      );
    });
  }
}
