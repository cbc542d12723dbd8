import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { findUser } from '../../modules/accounts/accounts.store.ts';
import { findStatement } from '../../modules/compliance/list-statements.ts';
import { qualityHistory } from '../../modules/quality/quality-history.ts';
import { flaggedSellers } from '../../modules/quality/quality-queue.ts';
import { reviewQualityFlag } from '../../modules/quality/review-quality-flag.ts';
import { listApplications } from '../../modules/seller-onboarding/applications.read-model.ts';
import { endSellerContract } from '../../modules/seller-onboarding/end-seller-contract.ts';
import type { OnboardingDeps } from '../../modules/seller-onboarding/onboarding.deps.ts';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  findApplication,
} from '../../modules/seller-onboarding/onboarding.store.ts';
import { reinstateSeller } from '../../modules/seller-onboarding/reinstate-seller.ts';
import {
  approveApplication,
  rejectApplication,
  requestCorrection,
} from '../../modules/seller-onboarding/review-application.ts';
import { suspendSeller } from '../../modules/seller-onboarding/suspend-seller.ts';
import {
  findSeller,
  listSellers,
  SELLER_STATUSES,
  type SellerStatus,
} from '../../modules/sellers/sellers.store.ts';
import { AppError, type AppErrorCode } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import type { Storage } from '../../platform/storage.ts';
import { type FormState, formAction as runFormAction } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { formFields } from '../ui/request-context.ts';
import { t, type Viewer } from './console-layout.ts';
import { qualityQueuePage } from './quality.pages.ts';
import {
  applicationDetailPage,
  applicationsPage,
  REVIEW_DONE,
  type ReviewAction,
  SELLER_DONE,
  type SellerAction,
  sellerDetailPage,
  sellersNav,
  sellersPage,
} from './sellers.pages.ts';

type C = Context<AppEnv>;

/** Seller verification is compliance work (admins pass every operator rule). */
export const CONSOLE_SELLER_RULES = {
  compliance: access({ kind: 'operator', roles: ['compliance'] }),
} as const;

/** Refusals shown on the page; a missing application or seller goes to the error page. */
const FORM_ERRORS = new Set<AppErrorCode>(['INVALID_INPUT', 'CONFLICT', 'UNPROCESSABLE']);

const formAction = (
  c: C,
  values: Record<string, string>,
  render: (form: FormState) => Html | Promise<Html>,
  action: () => Promise<Response>,
) => runFormAction(c, values, render as (form: FormState) => Html, action, FORM_ERRORS);

/** The operator console's seller pages: the application review queue, and sellers' suspensions. */
export function registerConsoleSellerRoutes(app: App, deps: Deps, opts: { storage: Storage }): void {
  const onboarding: OnboardingDeps = { ...deps, storage: opts.storage };
  const RULE = CONSOLE_SELLER_RULES.compliance;
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const operatorId = (c: C) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    return actor.userId;
  };
  const idParam = (c: C, name: string) => Number(c.req.param(name));

  const loadApplication = async (id: number) => {
    const a = await findApplication(deps.db, id);
    if (!a) throw AppError.notFound('Application');
    const u = await findUser(deps.db, a.applicantUserId);
    const seller = a.sellerId ? await findSeller(deps.db, a.sellerId) : undefined;
    return {
      ...a,
      applicantEmail: u?.email ?? '',
      applicantName: u?.name ?? '',
      sellerSlug: seller?.slug ?? null,
    };
  };
  const loadSeller = async (id: number) => {
    const s = await findSeller(deps.db, id);
    if (!s) throw AppError.notFound('Seller');
    const statement = s.suspensionStatementId
      ? ((await findStatement(deps.db, s.suspensionStatementId)) ?? null)
      : null;
    return { s, statement, history: await qualityHistory(deps.db, id, deps.clock.now()) };
  };

  // Applications ------------------------------------------------------------------------------

  app.get('/console/sellers/applications', RULE, async (c) => {
    const q = c.req.query('status') ?? '';
    const status: ApplicationStatus = (APPLICATION_STATUSES as readonly string[]).includes(q)
      ? (q as ApplicationStatus)
      : 'submitted';
    return c.html(applicationsPage(viewer(c), status, await listApplications(deps.db, status)));
  });

  app.get('/console/sellers/applications/:id{[0-9]+}', RULE, async (c) => {
    const a = await loadApplication(idParam(c, 'id'));
    const done = c.req.query('done');
    return c.html(
      applicationDetailPage(viewer(c), a, undefined, done && done in REVIEW_DONE ? done : undefined),
    );
  });

  app.get('/console/sellers/applications/:id{[0-9]+}/document', RULE, async (c) => {
    const a = await findApplication(deps.db, idParam(c, 'id'));
    if (!a) throw AppError.notFound('Application');
    const file = await opts.storage.get(a.idDocumentKey);
    if (!file) throw AppError.notFound('Document');
    const name = a.idDocumentName.replace(/[^\w.-]+/g, '_');
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${name}"`,
      'content-length': String(file.bytes.length),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  const review = (
    section: ReviewAction,
    done: string,
    run: (c: C, id: number, values: Record<string, string>) => Promise<unknown>,
  ) => {
    return async (c: C) => {
      const id = idParam(c, 'id');
      const values = await formFields(c);
      return formAction(
        c,
        values,
        async (form) => applicationDetailPage(viewer(c), await loadApplication(id), { ...form, section }),
        async () => {
          await run(c, id, values);
          return c.redirect(`/console/sellers/applications/${id}?done=${done}`, 303);
        },
      );
    };
  };

  app.post(
    '/console/sellers/applications/:id{[0-9]+}/approve',
    RULE,
    review('approve', 'approved', (c, applicationId, v) =>
      approveApplication(onboarding, {
        operatorId: operatorId(c),
        applicationId,
        input: { note: v.note ?? '' },
      }),
    ),
  );
  app.post(
    '/console/sellers/applications/:id{[0-9]+}/reject',
    RULE,
    review('reject', 'rejected', (c, applicationId, v) =>
      rejectApplication(onboarding, {
        operatorId: operatorId(c),
        applicationId,
        input: { reasons: v.reasons ?? '' },
      }),
    ),
  );
  app.post(
    '/console/sellers/applications/:id{[0-9]+}/request-correction',
    RULE,
    review('correction', 'correction', (c, applicationId, v) =>
      requestCorrection(onboarding, {
        operatorId: operatorId(c),
        applicationId,
        input: { reasons: v.reasons ?? '' },
      }),
    ),
  );

  // Sellers -----------------------------------------------------------------------------------

  app.get('/console/sellers', RULE, async (c) => {
    const q = c.req.query('status') ?? '';
    const status: SellerStatus | '' = (SELLER_STATUSES as readonly string[]).includes(q)
      ? (q as SellerStatus)
      : '';
    return c.html(sellersPage(viewer(c), status, await listSellers(deps.db, status)));
  });

  app.get('/console/sellers/quality', RULE, async (c) =>
    c.html(qualityQueuePage(viewer(c), await flaggedSellers(deps.db), sellersNav('quality'))),
  );

  app.get('/console/sellers/:sellerId{[0-9]+}', RULE, async (c) => {
    const { s, statement, history } = await loadSeller(idParam(c, 'sellerId'));
    const done = c.req.query('done');
    return c.html(
      sellerDetailPage(
        viewer(c),
        s,
        statement,
        history,
        undefined,
        done && done in SELLER_DONE ? done : undefined,
      ),
    );
  });

  const sellerAction = (
    section: SellerAction,
    done: string,
    run: (c: C, sellerId: number, values: Record<string, string>) => Promise<unknown>,
  ) => {
    return async (c: C) => {
      const sellerId = idParam(c, 'sellerId');
      const values = await formFields(c);
      return formAction(
        c,
        values,
        async (form) => {
          const { s, statement, history } = await loadSeller(sellerId);
          return sellerDetailPage(viewer(c), s, statement, history, { ...form, section });
        },
        async () => {
          await run(c, sellerId, values);
          return c.redirect(`/console/sellers/${sellerId}?done=${done}`, 303);
        },
      );
    };
  };

  app.post(
    '/console/sellers/:sellerId{[0-9]+}/suspend',
    RULE,
    sellerAction('suspend', 'suspended', (c, sellerId, v) =>
      suspendSeller(onboarding, {
        operatorId: operatorId(c),
        sellerId,
        input: { reason: v.reason ?? '', details: v.details ?? '' },
      }),
    ),
  );
  app.post(
    '/console/sellers/:sellerId{[0-9]+}/reinstate',
    RULE,
    sellerAction('reinstate', 'reinstated', (c, sellerId, v) =>
      reinstateSeller(onboarding, { operatorId: operatorId(c), sellerId, input: { note: v.note ?? '' } }),
    ),
  );
  app.post(
    '/console/sellers/:sellerId{[0-9]+}/quality-review',
    RULE,
    sellerAction('quality', 'reviewed', (c, sellerId, v) =>
      reviewQualityFlag(onboarding, {
        operatorId: operatorId(c),
        sellerId,
        input: { outcome: v.outcome ?? '', note: v.note ?? '' },
      }),
    ),
  );
  app.post(
    '/console/sellers/:sellerId{[0-9]+}/end-contract',
    RULE,
    sellerAction('end', 'ended', (c, sellerId, v) =>
      endSellerContract(onboarding, {
        operatorId: operatorId(c),
        sellerId,
        input: { by: v.by ?? '', details: v.details ?? '' },
      }),
    ),
  );
}
