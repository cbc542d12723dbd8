/**
 * The shop's DSA forms (issue 16): report illegal content (`/:market/dsa/notices/new?url=…`,
 * anyone, signed in or not; rate-limited per IP like the contact form) and contest a decision
 * (`/:market/dsa/complaints/new?statement=<id>`, or `?notice=<id>&token=…` from the decision
 * email of a notice). The use cases check who may contest what.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { submitComplaint } from '../../modules/compliance/submit-complaint.ts';
import { submitDsaNotice } from '../../modules/compliance/submit-dsa-notice.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { readerLocale } from '../../platform/i18n.ts';
import { marketByCode } from '../../platform/markets.ts';
import { STANDALONE_FORM } from '../ui/form-errors.ts';
import { formAction } from '../ui/forms.ts';
import { formFields, requestContext } from '../ui/request-context.ts';
import {
  type ComplaintSubject,
  complaintFormPage,
  complaintPagePath,
  complaintSentPage,
  noticeFormPage,
  noticePath,
  noticeSentPage,
} from './dsa.pages.ts';

type C = Context<AppEnv>;

/** Anyone may report content or open the complaint form (the use cases check the rest). */
export const DSA_FORM_RULES = { forms: PUBLIC } as const;

const STOREFRONTS = ['/:market{[a-z]{2}-[a-z]{2}}', '/pro/:market{[a-z]{2}-[a-z]{2}}'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function subjectOf(q: Record<string, string | undefined>): ComplaintSubject {
  const statement = q.statement?.trim() ?? '';
  if (UUID.test(statement)) return { statementId: statement.toLowerCase() };
  const notice = q.notice?.trim() ?? '';
  const token = q.token?.trim() ?? '';
  if (/^[1-9][0-9]{0,9}$/.test(notice) && /^[A-Za-z0-9_-]{20,100}$/.test(token))
    return { noticeId: Number(notice), token };
  return null;
}

export function registerDsaPages(app: App, deps: Deps): void {
  for (const M of STOREFRONTS) {
    app.get(`${M}/dsa/notices/new`, DSA_FORM_RULES.forms, (c) => {
      const ctx = requestContext(c);
      c.header('cache-control', 'no-store');
      const sent = c.req.query('sent');
      if (sent && /^\d{1,12}$/.test(sent)) return c.html(noticeSentPage(ctx, sent));
      const url = (c.req.query('url') ?? '').slice(0, 2000);
      const kind = c.req.query('kind') ?? '';
      return c.html(noticeFormPage(ctx, { values: { url, contentKind: kind }, errors: [] }));
    });

    app.post(`${M}/dsa/notices/new`, DSA_FORM_RULES.forms, async (c: C) => {
      const ctx = requestContext(c);
      const values = await formFields(c);
      const actor = c.get('actor') ?? null;
      const locale = actor
        ? readerLocale(actor.language, marketByCode(actor.market) ?? ctx.market)
        : ctx.market.bcp47;
      return formAction(
        c,
        values,
        (form) => noticeFormPage(ctx, form),
        async () => {
          const { noticeId } = await submitDsaNotice(deps, {
            form: values,
            market: ctx.market.code,
            locale,
            userId: actor?.userId ?? null,
          });
          return c.redirect(`${noticePath(ctx.base)}?sent=${noticeId}`, 303);
        },
        STANDALONE_FORM,
      );
    });

    app.get(`${M}/dsa/complaints/new`, DSA_FORM_RULES.forms, (c) => {
      const ctx = requestContext(c);
      c.header('cache-control', 'no-store');
      c.header('referrer-policy', 'no-referrer');
      const sent = c.req.query('sent');
      if (sent && /^\d{1,12}$/.test(sent)) return c.html(complaintSentPage(ctx, sent));
      return c.html(complaintFormPage(ctx, subjectOf(c.req.query())));
    });

    app.post(`${M}/dsa/complaints/new`, DSA_FORM_RULES.forms, async (c: C) => {
      const ctx = requestContext(c);
      const values = await formFields(c);
      const subject = subjectOf(values);
      const actor = c.get('actor') ?? null;
      return formAction(
        c,
        values,
        (form) => complaintFormPage(ctx, subject, form),
        async () => {
          if (!subject) return c.html(complaintFormPage(ctx, null), 400);
          const { complaintId } = await submitComplaint(deps, {
            ...('statementId' in subject
              ? { statementId: subject.statementId }
              : { noticeId: subject.noticeId, token: subject.token }),
            explanation: values.explanation ?? '',
            email: values.email,
            userId: actor?.userId ?? null,
            sellerIds: actor ? [...actor.sellers.keys()] : [],
            market: ctx.market.code,
            locale: ctx.market.bcp47,
          });
          return c.redirect(`${complaintPagePath(ctx.base)}?sent=${complaintId}`, 303);
        },
        STANDALONE_FORM,
      );
    });
  }
}
