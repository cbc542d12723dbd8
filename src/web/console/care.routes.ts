import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { FOLDER_STATUSES } from '../../modules/after-sales/care.rules.ts';
import { careActorOf } from '../../modules/after-sales/care-actor.ts';
import {
  careAttachmentFor,
  careQueue,
  careThread,
} from '../../modules/after-sales/care-folders.read-model.ts';
import { closeCareFolder } from '../../modules/after-sales/close-care-folder.ts';
import { assignCareFolder } from '../../modules/after-sales/escalate-care-folder.ts';
import { postCareMessage } from '../../modules/after-sales/post-care-message.ts';
import { type AuditAction, recordAudit } from '../../modules/audit/record-audit.ts';
import { AppError, type AppErrorCode } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { formAction } from '../ui/forms.ts';
import { formFields } from '../ui/request-context.ts';
import {
  CARE_DONE,
  type CareDone,
  type CareFilters,
  type CareSection,
  careFolderPage,
  careQueuePage,
} from './care.pages.ts';
import { t, type Viewer } from './console-layout.ts';

/** The audit action each console action on a care folder records. */
const AUDIT_OF: Readonly<Record<CareDone, AuditAction>> = {
  replied: 'care.folder_replied',
  noted: 'care.folder_noted',
  assigned: 'care.folder_assigned',
  unassigned: 'care.folder_unassigned',
  closed: 'care.folder_closed',
};

type C = Context<AppEnv>;

/** Customer service (support) and admins work the care queue. */
export const CARE_RULES = { care: access({ kind: 'operator', roles: ['support'] }) } as const;

/** Refusals the folder page shows next to its forms (a missing folder is the error page's 404). */
const FORM_ERRORS = new Set<AppErrorCode>([
  'INVALID_INPUT',
  'INVALID_STATE',
  'CONFLICT',
  'UNPROCESSABLE',
  'RATE_LIMITED',
]);

export function registerConsoleCareRoutes(app: App, deps: Deps): void {
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const actorOf = (c: C) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    return actor;
  };
  const folderId = (c: C) => Number(c.req.param('id'));
  const thread = (c: C, id: number) => careThread(deps.db, id, careActorOf(actorOf(c)), deps.clock.now());
  const base = (id: number) => `/console/care/${id}`;

  app.get('/console/care', CARE_RULES.care, async (c) => {
    const me = actorOf(c).userId;
    const rawStatus = c.req.query('status') ?? '';
    const rawAssigned = c.req.query('assigned') ?? '';
    const f: CareFilters = {
      status:
        (FOLDER_STATUSES as readonly string[]).includes(rawStatus) && rawStatus !== 'closed' ? rawStatus : '',
      assigned: rawAssigned === 'me' || rawAssigned === 'none' ? rawAssigned : '',
    };
    const rows = (await careQueue(deps.db, deps.clock.now())).filter(
      (r) =>
        (!f.status || r.status === f.status) &&
        (f.assigned !== 'me' || r.assignedOperatorId === me) &&
        (f.assigned !== 'none' || r.assignedOperatorId === null),
    );
    return c.html(careQueuePage(viewer(c), f, rows));
  });

  app.get('/console/care/:id{[0-9]+}', CARE_RULES.care, async (c) => {
    const done = c.req.query('done') ?? '';
    const f = await thread(c, folderId(c));
    return c.html(
      careFolderPage(viewer(c), f, undefined, done in CARE_DONE ? (done as CareDone) : undefined),
    );
  });

  app.get('/console/care/:id{[0-9]+}/files/:fileId{[0-9]+}', CARE_RULES.care, async (c) => {
    const f = await careAttachmentFor(
      deps.db,
      folderId(c),
      Number(c.req.param('fileId')),
      careActorOf(actorOf(c)),
    );
    const stored = f ? await deps.storage.get(f.storageKey) : null;
    if (!f || !stored) throw AppError.notFound('Attachment');
    return c.body(stored.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': f.contentType,
      'content-disposition': `attachment; filename="${f.fileName.replace(/["\\\r\n]/g, '_')}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  /** A folder form: on a refusal the page again with what was typed; else back to the folder. */
  const folderAction =
    (
      section: CareSection | null,
      done: CareDone,
      run: (c: C, id: number, v: Record<string, string>) => Promise<void>,
    ) =>
    async (c: C) => {
      const id = folderId(c);
      const values = await formFields(c);
      return formAction(
        c,
        values,
        async (form) =>
          careFolderPage(viewer(c), await thread(c, id), { ...form, ...(section ? { section } : {}) }),
        async () => {
          await run(c, id, values);
          await recordAudit(deps.db, {
            action: AUDIT_OF[done],
            at: deps.clock.now(),
            actorUserId: c.get('actor')?.userId ?? null,
            details: {
              folderId: id,
              ...(values.reason ? { reason: values.reason } : {}),
              ...(values.status ? { status: values.status } : {}),
            },
          });
          return c.redirect(`${base(id)}?done=${done}`, 303);
        },
        FORM_ERRORS,
      );
    };

  const message = (internal: boolean) => async (c: C, id: number, v: Record<string, string>) => {
    await postCareMessage(
      {
        db: deps.db,
        storage: deps.storage,
        now: deps.clock.now(),
        mailer: deps.mailer,
        siteUrl: deps.siteUrl,
      },
      { actor: careActorOf(actorOf(c)), folderId: id, body: v.body ?? '', internal },
    );
  };

  app.post(
    '/console/care/:id{[0-9]+}/reply',
    CARE_RULES.care,
    folderAction('reply', 'replied', message(false)),
  );
  app.post('/console/care/:id{[0-9]+}/note', CARE_RULES.care, folderAction('note', 'noted', message(true)));

  app.post(
    '/console/care/:id{[0-9]+}/assign',
    CARE_RULES.care,
    folderAction(null, 'assigned', async (c, id) => {
      const actor = actorOf(c);
      await assignCareFolder(
        { db: deps.db, now: deps.clock.now() },
        { actor: careActorOf(actor), folderId: id, operatorUserId: actor.userId },
      );
    }),
  );

  app.post(
    '/console/care/:id{[0-9]+}/unassign',
    CARE_RULES.care,
    folderAction(null, 'unassigned', async (c, id) => {
      await assignCareFolder(
        { db: deps.db, now: deps.clock.now() },
        { actor: careActorOf(actorOf(c)), folderId: id, operatorUserId: null },
      );
    }),
  );

  app.post(
    '/console/care/:id{[0-9]+}/close',
    CARE_RULES.care,
    folderAction('close', 'closed', async (c, id, v) => {
      await closeCareFolder(
        { db: deps.db, now: deps.clock.now(), mailer: deps.mailer, siteUrl: deps.siteUrl },
        { actor: careActorOf(actorOf(c)), folderId: id, reason: v.reason ?? '' },
      );
    }),
  );
}
