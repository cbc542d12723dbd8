/**
 * What every seller portal route shares: its path prefix, its access rule, the page view of the
 * route's seller, and the portal's form policy. Every route starts with the access rule
 * `sellerMember` on the route's seller id, so a member sees only the sellers they belong to; every
 * query is scoped by that id as well (another seller's offer or order is a 404). Writes are POST
 * forms carrying the CSRF token, answered with a redirect (post/redirect/get) or the same page with
 * its errors and the error's status.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { ACCESS_RULE, access, judge } from '../../platform/http/access.ts';
import type { AppEnv } from '../../platform/http/app.ts';
import { type FormErrorPolicy, formAction, SUBJECT_FORM } from '../ui/form-errors.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import type { SellerSection, SellerView } from './seller-layout.ts';
import { sellerIdOf, sellerViewOf } from './seller-view.ts';

export type C = Context<AppEnv>;

/** Who may use the portal: members of the seller in the path (any role). */
export const SELLER_PORTAL_RULE = access({ kind: 'sellerMember', param: 'sellerId' });
/** Who may create and revoke API keys and webhooks: owners, and staff an owner allowed to. */
export const SELLER_INTEGRATIONS_RULE = access({
  kind: 'sellerMember',
  param: 'sellerId',
  permission: 'manage_integrations',
});
/** May the signed-in member create and revoke the route's seller's API keys and webhooks. */
export const mayManageIntegrations = (c: C): boolean =>
  judge(
    SELLER_INTEGRATIONS_RULE[ACCESS_RULE],
    c.get('actor') ?? null,
    c.req.param() as Record<string, string>,
  ) === 'allowed';
/** The path of the portal of the seller in `:sellerId`. */
export const S = '/seller/:sellerId{[0-9]+}';

/**
 * Portal forms show refusals of what was submitted on their own page; a missing seller, order or
 * offer is the 404 page (the one policy: src/web/ui/form-errors.ts).
 */
export const pageAction = (
  c: C,
  values: Record<string, string>,
  render: (form: FormState) => Promise<Html>,
  action: () => Promise<Response>,
  policy: FormErrorPolicy = SUBJECT_FORM,
) => formAction(c, values, render, action, policy);

export const positiveInt = (s: string | undefined): number | undefined =>
  s && /^\d{1,9}$/.test(s) && Number(s) > 0 ? Number(s) : undefined;
/** The `?page=` of a portal list (1 when absent or invalid). */
export const pageOf = (c: C) => Math.min(positiveInt(c.req.query('page')) ?? 1, 10_000);

/** The page view of the route's seller, with `section` current in the navigation. */
export const portalView =
  (deps: Pick<Deps, 'db'>) =>
  (c: C, section: SellerSection): Promise<SellerView> =>
    sellerViewOf(c, deps.db, section);

/** Post/redirect/get to a page of the route's seller. */
export const see = (c: C, path: string) => c.redirect(`/seller/${sellerIdOf(c)}${path}`, 303);
