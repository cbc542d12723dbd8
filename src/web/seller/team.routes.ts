/**
 * The seller's team: owners invite people by email. Every address gets the same emailed
 * invitation; nobody joins before accepting it, signed in as the invited address with the email
 * verified, or by creating an account from the link (src/modules/seller-team). Portal
 * routes start with the `sellerMember` rule on `:sellerId` and check the owner role themselves
 * (403 for staff); the invitation page is public, its token is the credential.
 */

import type { Deps } from '../../app/deps.ts';
import { normaliseEmail } from '../../modules/accounts/session.rules.ts';
import { readSessionCookies, setSessionCookies } from '../../modules/accounts/session-cookie.ts';
import { acceptInvitationWithNewAccount } from '../../modules/seller-team/accept-invitation-new-account.ts';
import { acceptInvitationSignedIn } from '../../modules/seller-team/accept-invitation-signed-in.ts';
import { cancelInvitation } from '../../modules/seller-team/cancel-invitation.ts';
import {
  findSellerInvitation,
  listPendingInvitations,
} from '../../modules/seller-team/invitations.read-model.ts';
import { inviteTeamMember } from '../../modules/seller-team/invite-team-member.ts';
import { removeTeamMember } from '../../modules/seller-team/remove-team-member.ts';
import {
  marketForSellerCountry,
  type SellerInvitation,
  sellerPortalPath,
} from '../../modules/seller-team/seller-team.store.ts';
import { setIntegrationsPermission } from '../../modules/seller-team/set-integrations-permission.ts';
import { listTeamMembers } from '../../modules/seller-team/team.read-model.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { access, PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { type MessageKey, readerLocale, translator } from '../../platform/i18n.ts';
import { marketByCode, marketFromAcceptLanguage } from '../../platform/markets.ts';
import { type FormErrorPolicy, formAction, SUBJECT_FORM } from '../ui/form-errors.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { formFields, requestMeta } from '../ui/request-context.ts';
import { type C, S, SELLER_PORTAL_RULE, see } from './portal.ts';
import { sellerIdOf, sellerViewOf } from './seller-view.ts';
import {
  type InvitationViewer,
  invitationInvalidPage,
  invitationPage,
  type MemberRow,
  teamPage,
} from './team.pages.ts';

const empty: FormState = { values: {}, errors: [] };

/** Team forms show refusals of what was submitted; the rest is the error page (form-errors.ts). */
const TEAM_FORM: FormErrorPolicy = SUBJECT_FORM;
/**
 * The invitation form also shows "sign in with that account" (UNAUTHORIZED / FORBIDDEN); a spent or
 * unknown invitation gets its own 404 page.
 */
const INVITATION_FORM: FormErrorPolicy = { alsoShow: ['FORBIDDEN', 'UNAUTHORIZED'] };

const TEAM_DONE: Record<string, MessageKey> = {
  invited: 'portal.team.done.invited',
  resent: 'portal.team.done.resent',
  cancelled: 'portal.team.done.cancelled',
  removed: 'portal.team.done.removed',
  permission: 'portal.team.done.permission',
};

/** Register the portal's team page and the invitee's public page. */
export function registerSellerTeamRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const OWNER = access({ kind: 'sellerMember', param: 'sellerId', roles: ['owner'] });
  const secure = deps.config.NODE_ENV === 'production';
  const meta = (c: C) => requestMeta(c, deps.config.TRUST_PROXY);
  const isOwner = (c: C) => c.get('actor')?.sellers.get(sellerIdOf(c)) === 'owner';
  const requireOwner = (c: C) => {
    if (!isOwner(c)) throw new AppError('FORBIDDEN', 'Only an owner of this seller can do this');
  };
  const view = (c: C) => sellerViewOf(c, deps.db, 'dashboard');

  // The portal's team page -------------------------------------------------------------------------

  const listMembers = (sellerId: number): Promise<MemberRow[]> => listTeamMembers(deps.db, sellerId);
  const renderTeam = async (c: C, form: FormState, done?: MessageKey) => {
    const v = await view(c);
    return teamPage(v, {
      members: await listMembers(sellerIdOf(c)),
      invitations: await listPendingInvitations(deps.db, sellerIdOf(c), deps.clock.now()),
      isOwner: isOwner(c),
      form,
      ...(done ? { done: v.t(done) } : {}),
    });
  };
  const pageAction = (
    c: C,
    values: Record<string, string>,
    action: () => Promise<Response>,
  ): Promise<Response> => formAction(c, values, (form) => renderTeam(c, form), action, TEAM_FORM);

  app.get(`${S}/team`, MEMBER, async (c) =>
    c.html(await renderTeam(c, empty, TEAM_DONE[c.req.query('done') ?? ''])),
  );

  app.post(`${S}/team`, MEMBER, async (c) => {
    requireOwner(c);
    const values = await formFields(c);
    return pageAction(c, values, async () => {
      const actor = c.get('actor')!;
      const r = await inviteTeamMember(deps, {
        sellerId: sellerIdOf(c),
        inviter: { userId: actor.userId, name: actor.name },
        input: { email: values.email ?? '', role: values.role || undefined },
        meta: meta(c),
      });
      return see(c, `/team?done=${r.resent ? 'resent' : 'invited'}`);
    });
  });

  app.post(`${S}/team/invitations/cancel`, MEMBER, async (c) => {
    requireOwner(c);
    const { email } = await formFields(c);
    return pageAction(c, {}, async () => {
      await cancelInvitation(deps, {
        sellerId: sellerIdOf(c),
        cancelledBy: c.get('actor')!.userId,
        email,
        meta: meta(c),
      });
      return see(c, '/team?done=cancelled');
    });
  });

  app.post(`${S}/team/:userId{[0-9]+}/remove`, MEMBER, async (c) => {
    requireOwner(c);
    const sellerId = sellerIdOf(c);
    const userId = Number(c.req.param('userId'));
    return pageAction(c, {}, async () => {
      // Also revokes the API keys and disables the webhooks the member created (audited).
      await removeTeamMember(deps, { sellerId, userId, removedBy: c.get('actor')!.userId, ip: meta(c).ip });
      // Removing oneself ends one's access to this seller.
      if (userId === c.get('actor')?.userId) return c.redirect('/', 303);
      return see(c, '/team?done=removed');
    });
  });

  app.post(`${S}/team/:userId{[0-9]+}/integrations`, OWNER, async (c) => {
    const { allow } = await formFields(c);
    return pageAction(c, {}, async () => {
      await setIntegrationsPermission(deps, {
        sellerId: sellerIdOf(c),
        userId: Number(c.req.param('userId')),
        allowed: allow === 'on',
        grantedBy: c.get('actor')!.userId,
        ip: meta(c).ip,
      });
      return see(c, '/team?done=permission');
    });
  });

  // The invitee's page (public: the emailed token is the credential) -------------------------------

  /** The invitee reads the page in their account language, else their browser's market language. */
  const viewer = (c: C): InvitationViewer => {
    const actor = c.get('actor') ?? null;
    const locale = readerLocale(actor?.language, marketFromAcceptLanguage(c.req.header('accept-language')));
    return { actor, csrf: c.get('csrf')(), locale, t: translator(locale) };
  };
  const invalid = (c: C) => {
    c.header('cache-control', 'no-store');
    return c.html(invitationInvalidPage(viewer(c)), 404);
  };
  const renderInvitation = (c: C, inv: SellerInvitation, token: string, form: FormState): Html => {
    const locale = marketByCode(marketForSellerCountry(inv.sellerCountry))?.locale ?? 'fr-fr';
    const here = `/seller/invitation?token=${encodeURIComponent(token)}`;
    return invitationPage(viewer(c), inv, {
      token,
      locale,
      form,
      signInHref: `/${locale}/sign-in?next=${encodeURIComponent(here)}`,
    });
  };
  /** The token is in the URL: never cached (the page itself sets no-referrer, see team.pages.ts). */
  const privatePage = (c: C) => {
    c.header('cache-control', 'no-store');
  };

  app.get('/seller/invitation', PUBLIC, async (c) => {
    const token = c.req.query('token') ?? '';
    const inv = await findSellerInvitation(deps.db, token, deps.clock.now());
    if (!inv) return invalid(c);
    privatePage(c);
    return c.html(renderInvitation(c, inv, token, empty));
  });

  app.post('/seller/invitation', PUBLIC, async (c) => {
    const values = await formFields(c);
    const token = values.token ?? '';
    const inv = await findSellerInvitation(deps.db, token, deps.clock.now());
    if (!inv) return invalid(c);
    privatePage(c);
    const actor = c.get('actor') ?? null;
    try {
      if (inv.existingAccount) {
        // The account exists (before or since the invitation): its owner accepts signed in.
        return await formAction(
          c,
          {},
          (form) => renderInvitation(c, inv, token, form),
          async () => {
            if (!actor || normaliseEmail(actor.email) !== inv.email)
              throw new AppError(
                actor ? 'FORBIDDEN' : 'UNAUTHORIZED',
                viewer(c).t('portal.invitation.signInFirst', { email: inv.email }),
              );
            const r = await acceptInvitationSignedIn(deps, { token, actor, meta: meta(c) });
            return c.redirect(sellerPortalPath(r.sellerId), 303);
          },
          INVITATION_FORM,
        );
      }
      const kept = {
        name: values.name ?? '',
        ...(values.acceptTerms ? { acceptTerms: values.acceptTerms } : {}),
      };
      return await formAction(
        c,
        kept,
        (form) => renderInvitation(c, inv, token, form),
        async () => {
          const r = await acceptInvitationWithNewAccount(deps, {
            token,
            input: {
              name: values.name ?? '',
              password: values.password ?? '',
              acceptTerms: values.acceptTerms ?? false,
            },
            meta: meta(c),
            previousSessionToken: readSessionCookies(c, secure).session,
          });
          setSessionCookies(c, secure, {
            sessionToken: r.sessionToken,
            deviceToken: r.deviceToken,
            operator: false,
          });
          return c.redirect(sellerPortalPath(r.sellerId), 303);
        },
        INVITATION_FORM,
      );
    } catch (e) {
      // Spent meanwhile (a second tab, a cancellation): the same page as an unknown link.
      if (isAppError(e) && e.code === 'NOT_FOUND') return invalid(c);
      throw e;
    }
  });
}
