import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { applyAsSeller } from '../../modules/seller-onboarding/apply-as-seller.ts';
import type { OnboardingDeps, UploadedFile } from '../../modules/seller-onboarding/onboarding.deps.ts';
import { latestApplicationOf } from '../../modules/seller-onboarding/onboarding.store.ts';
import { resubmitApplication } from '../../modules/seller-onboarding/resubmit-application.ts';
import { findSeller } from '../../modules/sellers/sellers.store.ts';
import { AppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { CSRF_FIELD } from '../../platform/security/csrf.ts';
import type { Storage } from '../../platform/storage.ts';
import { formAction } from '../ui/forms.ts';
import { requestContext } from '../ui/request-context.ts';
import { sellPage } from './sell.pages.ts';

type C = Context<AppEnv>;

/** Who may apply: anyone signed in (a buyer account, or a staff member's). */
export const ONBOARDING_RULES = { applicant: access({ kind: 'signedIn' }) } as const;

/**
 * Request bodies of the application form: the 5 MB document, its multipart framing and the text
 * fields. The server's global body limit (256 KiB) must let `isSellerApplicationUpload` requests
 * through for documents over ~250 KB to be accepted; this route enforces its own limit.
 */
export const SELLER_APPLICATION_MAX_BODY_BYTES = 6 * 1024 * 1024;
export const isSellerApplicationUpload = (method: string, path: string): boolean =>
  method === 'POST' && /^\/[a-z]{2}-[a-z]{2}\/sell$/.test(path);

/** The form's text fields, and the uploaded document if any (files never become text fields). */
async function multipartForm(c: C): Promise<{ values: Record<string, string>; file: UploadedFile | null }> {
  const length = Number(c.req.header('content-length') ?? '0');
  if (length > SELLER_APPLICATION_MAX_BODY_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'The identity document must be at most 5 MB');
  }
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  let file: UploadedFile | null = null;
  for (const [k, v] of Object.entries(body)) {
    if (k === CSRF_FIELD) continue;
    if (typeof v === 'string') {
      if (k !== 'idDocument') values[k] = v;
    } else if (k === 'idDocument' && v instanceof File && v.size > 0) {
      file = { name: v.name, bytes: new Uint8Array(await v.arrayBuffer()) };
    }
  }
  return { values, file };
}

/** The applicant's pages: apply, follow the review, correct and resubmit. */
export function registerSellerOnboardingRoutes(app: App, deps: Deps, opts: { storage: Storage }): void {
  const onboarding: OnboardingDeps = { ...deps, storage: opts.storage };
  const M = '/:market{[a-z]{2}-[a-z]{2}}';
  const userOf = (c: C) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', 'Sign in to continue');
    return actor.userId;
  };
  const shopPath = async (c: C, sellerId: number | null) => {
    if (!sellerId) return null;
    const s = await findSeller(deps.db, sellerId);
    return s ? `${requestContext(c).base}/s/${s.slug}` : null;
  };

  app.get(`${M}/sell`, ONBOARDING_RULES.applicant, async (c) => {
    const ctx = requestContext(c);
    const latest = await latestApplicationOf(deps.db, userOf(c));
    c.header('cache-control', 'no-store');
    return c.html(
      sellPage(ctx, latest, undefined, {
        sent: c.req.query('sent') === '1',
        shopPath: await shopPath(c, latest?.sellerId ?? null),
      }),
    );
  });

  app.post(`${M}/sell`, ONBOARDING_RULES.applicant, async (c) => {
    const ctx = requestContext(c);
    const userId = userOf(c);
    const { values, file } = await multipartForm(c);
    const latest = await latestApplicationOf(deps.db, userId);
    return formAction(
      c,
      values,
      (form) => sellPage(ctx, latest, form),
      async () => {
        if (latest?.status === 'needs_correction') {
          await resubmitApplication(onboarding, { userId, applicationId: latest.id, input: values, file });
        } else {
          await applyAsSeller(onboarding, { userId, input: values, file });
        }
        return c.redirect(`${ctx.base}/sell?sent=1`, 303);
      },
    );
  });
}
