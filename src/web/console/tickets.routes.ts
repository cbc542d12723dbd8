import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { type AuditAction, recordAudit } from '../../modules/audit/record-audit.ts';
import {
  addTicketNote,
  assignTicket,
  replyToTicket,
  setTicketStatus,
  type TicketDeps,
} from '../../modules/customer-service/handle-support-ticket.ts';
import { TICKET_STATUSES, type TicketStatus } from '../../modules/customer-service/support-ticket.rules.ts';
import { listTickets, ticketDetail } from '../../modules/customer-service/tickets.queries.ts';
import { AppError, type AppErrorCode } from '../../platform/errors.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { formAction } from '../ui/forms.ts';
import { formFields } from '../ui/request-context.ts';
import { CARE_RULES } from './care.routes.ts';
import { t, type Viewer } from './console-layout.ts';
import {
  TICKET_DONE,
  type TicketDone,
  type TicketFilters,
  type TicketSection,
  ticketPage,
  ticketsPage,
} from './tickets.pages.ts';

/** The audit action each console action on a ticket records. */
const AUDIT_OF: Readonly<Record<TicketDone, AuditAction>> = {
  replied: 'support.ticket_replied',
  noted: 'support.ticket_noted',
  assigned: 'support.ticket_assigned',
  unassigned: 'support.ticket_unassigned',
  status: 'support.ticket_status_changed',
};

type C = Context<AppEnv>;

const FORM_ERRORS = new Set<AppErrorCode>([
  'INVALID_INPUT',
  'INVALID_STATE',
  'CONFLICT',
  'UNPROCESSABLE',
  'RATE_LIMITED',
]);

/** Platform tickets: customer service (support) and admins, like the care queue. */
export function registerConsoleTicketRoutes(app: App, deps: Deps): void {
  const rule = CARE_RULES.care;
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const operatorId = (c: C) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    return actor.userId;
  };
  const ticketDeps = (): TicketDeps => ({ db: deps.db, mailer: deps.mailer, now: deps.clock.now() });
  const ticketId = (c: C) => Number(c.req.param('id'));
  const load = async (id: number) => {
    const d = await ticketDetail(deps.db, id);
    if (!d) throw AppError.notFound('Ticket');
    return d;
  };

  app.get('/console/tickets', rule, async (c) => {
    const rawStatus = c.req.query('status') ?? '';
    const rawAssignee = c.req.query('assignee') ?? '';
    const f: TicketFilters = {
      status: (TICKET_STATUSES as readonly string[]).includes(rawStatus) ? rawStatus : '',
      assignee: rawAssignee === 'me' || rawAssignee === 'none' ? rawAssignee : '',
    };
    const rows = await listTickets(deps.db, {
      ...(f.status ? { status: f.status as TicketStatus } : {}),
      ...(f.assignee ? { assignee: f.assignee } : {}),
      operatorId: operatorId(c),
    });
    return c.html(ticketsPage(viewer(c), f, rows));
  });

  app.get('/console/tickets/:id{[0-9]+}', rule, async (c) => {
    const done = c.req.query('done') ?? '';
    return c.html(
      ticketPage(
        viewer(c),
        await load(ticketId(c)),
        undefined,
        done in TICKET_DONE ? (done as TicketDone) : undefined,
      ),
    );
  });

  const ticketAction =
    (
      section: TicketSection | null,
      done: TicketDone,
      run: (c: C, id: number, v: Record<string, string>) => Promise<void>,
    ) =>
    async (c: C) => {
      const id = ticketId(c);
      const values = await formFields(c);
      await load(id);
      return formAction(
        c,
        values,
        async (form) => ticketPage(viewer(c), await load(id), { ...form, ...(section ? { section } : {}) }),
        async () => {
          await run(c, id, values);
          await recordAudit(deps.db, {
            action: AUDIT_OF[done],
            at: deps.clock.now(),
            actorUserId: c.get('actor')?.userId ?? null,
            details: {
              ticketId: id,
              ...(values.reason ? { reason: values.reason } : {}),
              ...(values.status ? { status: values.status } : {}),
            },
          });
          return c.redirect(`/console/tickets/${id}?done=${done}`, 303);
        },
        FORM_ERRORS,
      );
    };

  app.post(
    '/console/tickets/:id{[0-9]+}/reply',
    rule,
    ticketAction('reply', 'replied', async (c, id, v) => {
      await replyToTicket(ticketDeps(), { operatorId: operatorId(c), ticketId: id, body: v.body ?? '' });
    }),
  );
  app.post(
    '/console/tickets/:id{[0-9]+}/note',
    rule,
    ticketAction('note', 'noted', async (c, id, v) => {
      await addTicketNote(ticketDeps(), { operatorId: operatorId(c), ticketId: id, body: v.body ?? '' });
    }),
  );
  app.post(
    '/console/tickets/:id{[0-9]+}/assign',
    rule,
    ticketAction(null, 'assigned', async (c, id) => {
      await assignTicket(ticketDeps(), { ticketId: id, operatorUserId: operatorId(c) });
    }),
  );
  app.post(
    '/console/tickets/:id{[0-9]+}/unassign',
    rule,
    ticketAction(null, 'unassigned', async (_c, id) => {
      await assignTicket(ticketDeps(), { ticketId: id, operatorUserId: null });
    }),
  );
  app.post(
    '/console/tickets/:id{[0-9]+}/status',
    rule,
    ticketAction('status', 'status', async (_c, id, v) => {
      await setTicketStatus(ticketDeps(), { ticketId: id, status: v.status ?? '' });
    }),
  );
}
