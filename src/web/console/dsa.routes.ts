/**
 * DSA notice and action in the console (issue 16): the notice queue and one notice (decide; inform
 * buyers under Art. 32), and the complaint queue (decide). Compliance operators and moderators
 * (and admins); every decision audited like the other console actions.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { type AuditAction, recordAudit } from '../../modules/audit/record-audit.ts';
import { contestedDecision, decideComplaint } from '../../modules/compliance/decide-complaint.ts';
import { decideDsaNotice } from '../../modules/compliance/decide-dsa-notice.ts';
import { noticeContent } from '../../modules/compliance/dsa-content.read-model.ts';
import {
  findNotice,
  openComplaints,
  openNotices,
  safetyNoticesOf,
} from '../../modules/compliance/dsa-notices.store.ts';
import { findStatement } from '../../modules/compliance/list-statements.ts';
import { notifyBuyersOfIllegalProduct } from '../../modules/compliance/notify-buyers-of-illegal-product.ts';
import { AppError, type AppErrorCode, isAppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { formAction } from '../ui/forms.ts';
import { formFields } from '../ui/request-context.ts';
import { t, type Viewer } from './console-layout.ts';
import {
  type ComplaintView,
  complaintQueuePage,
  DSA_DONE,
  type DsaDone,
  noticeCasePage,
  noticeQueuePage,
} from './dsa.pages.ts';

type C = Context<AppEnv>;

/** Compliance operators and moderators decide notices and complaints (admins may too). */
export const CONSOLE_DSA_RULES = {
  decide: access({ kind: 'operator', roles: ['compliance', 'moderator'] }),
} as const;

const FORM_ERRORS = new Set<AppErrorCode>([
  'INVALID_INPUT',
  'INVALID_STATE',
  'CONFLICT',
  'UNPROCESSABLE',
  'FORBIDDEN',
]);

export function registerConsoleDsaRoutes(app: App, deps: Deps): void {
  const RULE = CONSOLE_DSA_RULES.decide;
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const me = (c: C) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    return actor.userId;
  };
  const doneOf = (c: C) => {
    const d = c.req.query('done') ?? '';
    return d in DSA_DONE ? (d as DsaDone) : undefined;
  };
  const audit = (c: C, action: AuditAction, details: Record<string, unknown>) =>
    recordAudit(deps.db, { action, at: deps.clock.now(), actorUserId: me(c), details });
  const loadNotice = async (id: number) => {
    const notice = await findNotice(deps.db, id);
    if (!notice) throw AppError.notFound('Notice');
    const [content, safety] = await Promise.all([
      noticeContent(deps.db, notice),
      notice.productId ? safetyNoticesOf(deps.db, notice.productId) : Promise.resolve([]),
    ]);
    return { notice, content, safety, now: deps.clock.now() };
  };
  const complaintViews = async (): Promise<ComplaintView[]> =>
    Promise.all(
      (await openComplaints(deps.db)).map(async (complaint) => {
        const { decision, decidedBy } = await contestedDecision(deps.db, complaint);
        const statement = complaint.statementId ? await findStatement(deps.db, complaint.statementId) : null;
        const notice = complaint.noticeId ? await findNotice(deps.db, complaint.noticeId) : null;
        const summary = statement
          ? `${statement.measure} · ${statement.facts}`
          : notice
            ? `${notice.decision ?? ''} · ${notice.decisionReason ?? ''}`
            : '';
        return { complaint, decision, decidedBy, summary };
      }),
    );
  const idOf = (c: C) => Number(c.req.param('id'));

  app.get('/console/dsa/notices', RULE, async (c) =>
    c.html(noticeQueuePage(viewer(c), await openNotices(deps.db), deps.clock.now(), doneOf(c))),
  );

  app.get('/console/dsa/notices/:id{[0-9]+}', RULE, async (c) =>
    c.html(noticeCasePage(viewer(c), await loadNotice(idOf(c)), {}, doneOf(c))),
  );

  app.post('/console/dsa/notices/:id{[0-9]+}/decide', RULE, async (c) => {
    const id = idOf(c);
    const values = await formFields(c);
    return formAction(
      c,
      values,
      async (form) => noticeCasePage(viewer(c), await loadNotice(id), { decide: form }),
      async () => {
        const r = await decideDsaNotice(deps, {
          noticeId: id,
          decision: values.decision ?? '',
          reason: values.reason ?? '',
          ground: values.ground === 'incompatible_terms' ? 'incompatible_terms' : 'illegal_content',
          legalGround: values.legalGround,
          contractualGround: values.contractualGround,
          operatorUserId: me(c),
        });
        await audit(c, 'dsa.notice_decided', { noticeId: id, ...r });
        return c.redirect(`/console/dsa/notices/${id}?done=noticeDecided`, 303);
      },
      FORM_ERRORS,
    );
  });

  app.post('/console/dsa/notices/:id{[0-9]+}/buyers', RULE, async (c) => {
    const id = idOf(c);
    const values = await formFields(c);
    return formAction(
      c,
      values,
      async (form) => noticeCasePage(viewer(c), await loadNotice(id), { buyers: form }),
      async () => {
        const notice = await findNotice(deps.db, id);
        if (!notice?.productId) throw AppError.notFound('Product');
        const scope = values.scope ?? 'all';
        const r = await notifyBuyersOfIllegalProduct(deps, {
          productId: notice.productId,
          offerId: scope === 'offer' ? notice.offerId : null,
          sellerId: scope === 'all' ? null : notice.sellerId,
          noticeId: notice.id,
          illegality: values.illegality ?? '',
          legalGround: values.legalGround ?? '',
          publish: values.publish === 'always',
          operatorUserId: me(c),
        });
        await audit(c, 'dsa.buyers_informed', {
          noticeId: id,
          safetyNoticeId: r.noticeId,
          notified: r.notified,
          withoutContact: r.withoutContact,
          published: r.published,
        });
        return c.redirect(`/console/dsa/notices/${id}?done=buyersInformed`, 303);
      },
      FORM_ERRORS,
    );
  });

  app.get('/console/dsa/complaints', RULE, async (c) =>
    c.html(complaintQueuePage(viewer(c), await complaintViews(), deps.clock.now(), null, doneOf(c))),
  );

  app.post('/console/dsa/complaints/:id{[0-9]+}/decide', RULE, async (c) => {
    const id = idOf(c);
    const values = await formFields(c);
    const noteField = `note-${id}`;
    return formAction(
      c,
      { ...values },
      async (form) =>
        complaintQueuePage(viewer(c), await complaintViews(), deps.clock.now(), {
          id,
          state: {
            ...form,
            errors: form.errors.map((e) => (e.field === 'note' ? { ...e, field: noteField } : e)),
          },
        }),
      async () => {
        try {
          const r = await decideComplaint(deps, {
            complaintId: id,
            uphold: values.decision === 'uphold',
            note: values[noteField] ?? '',
            operatorUserId: me(c),
          });
          await audit(c, 'dsa.complaint_decided', { complaintId: id, ...r });
        } catch (e) {
          // A refusal without a field (another operator must decide) is shown as the form's message.
          if (isAppError(e) && e.code === 'FORBIDDEN')
            throw new AppError('INVALID_STATE', e.message, [{ field: noteField, message: e.message }]);
          throw e;
        }
        return c.redirect('/console/dsa/complaints?done=complaintDecided', 303);
      },
      FORM_ERRORS,
    );
  });
}
