/** The team page of the seller portal, and the public page where an invitee accepts. */
import { html } from 'hono/html';
import type { PendingInvitationRow } from '../../modules/seller-team/invitations.read-model.ts';
import type { SellerInvitation } from '../../modules/seller-team/seller-team.store.ts';
import { TEAM_ROLES } from '../../modules/seller-team/seller-team.types.ts';
import type { Actor } from '../../platform/http/actor.ts';
import type { Translate } from '../../platform/i18n.ts';
import { checkbox, type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  csrfInput,
  integrationsNav,
  notice,
  portalShell,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

export type MemberRow = {
  userId: number;
  name: string;
  email: string;
  role: 'owner' | 'staff';
  canManageIntegrations?: boolean;
  createdAt: Date;
};

const roleOptions = (t: Translate) =>
  TEAM_ROLES.map((r) => ({
    value: r,
    label: r === 'staff' ? t('portal.team.roleStaff') : t('portal.team.roleOwner'),
  }));

/** A team role as people read it ("owner" is "propriétaire" in French). */
const roleName = (t: Translate, role: string) => t('portal.team.roleName', { role });

/**
 * Whether a staff member may manage API keys and webhooks, and for an owner the button that
 * changes it (owners always may).
 */
function integrationsCell(v: SellerView, m: MemberRow, isOwner: boolean): Html | string {
  const { t } = v;
  if (m.role !== 'staff') return '';
  const label = m.canManageIntegrations
    ? html`<br><span class="small">${t('portal.team.mayManage')}</span>`
    : html`<br><span class="small muted">${t('portal.team.noIntegrations')}</span>`;
  if (!isOwner) return label;
  return html`${label} <form method="post" action="${sellerBase(v.sellerId)}/team/${m.userId}/integrations" class="inline">${csrfInput(v.csrf)}${
    m.canManageIntegrations ? '' : html`<input type="hidden" name="allow" value="on">`
  }<button type="submit" class="secondary small">${m.canManageIntegrations ? t('portal.team.withdraw') : t('portal.team.allow')}<span class="visually-hidden"> ${t('portal.team.integrationsFor', { name: m.name })}</span></button></form>`;
}

export function teamPage(
  v: SellerView,
  a: {
    members: MemberRow[];
    invitations: PendingInvitationRow[];
    isOwner: boolean;
    form: FormState;
    done?: string;
  },
): Html {
  const { t } = v;
  const base = sellerBase(v.sellerId);
  const owners = a.members.filter((m) => m.role === 'owner').length;
  const form: FormState = { ...a.form, values: { role: 'staff', ...a.form.values } };
  const action = html`<th scope="col"><span class="visually-hidden">${t('portal.action')}</span></th>`;
  return sellerPage(
    t('portal.nav.team'),
    v,
    html`<h1>${t('portal.nav.team')}</h1>
${integrationsNav(v, 'team')}
<p>${t('portal.team.intro')}</p>
${notice(a.done)}
<section class="panel" aria-labelledby="team-h"><h2 id="team-h">${t('portal.team.members')}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.team.membersCaption')}</caption>
<thead><tr><th scope="col">${t('portal.team.name')}</th><th scope="col">${t('portal.team.email')}</th><th scope="col">${t('portal.team.role')}</th><th scope="col">${t('portal.team.since')}</th>${a.isOwner ? action : ''}</tr></thead>
<tbody>${a.members.map(
      (m) =>
        html`<tr><td>${m.name}</td><td>${m.email}</td><td>${roleName(t, m.role)}${integrationsCell(v, m, a.isOwner)}</td><td>${when(m.createdAt, v.locale)}</td>${
          a.isOwner
            ? html`<td>${
                m.role === 'owner' && owners <= 1
                  ? html`<span class="small muted">${t('portal.team.lastOwner')}</span>`
                  : html`<form method="post" action="${base}/team/${m.userId}/remove" class="inline">${csrfInput(v.csrf)}<button type="submit" class="secondary">${t('portal.team.remove')}<span class="visually-hidden"> ${m.name}</span></button></form>`
              }</td>`
            : ''
        }</tr>`,
    )}</tbody></table></div>
</section>
<section class="panel" aria-labelledby="inv-h"><h2 id="inv-h">${t('portal.team.pending')}</h2>
${
  a.invitations.length === 0
    ? html`<p class="empty">${t('portal.team.noPending')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.team.pendingCaption')}</caption>
<thead><tr><th scope="col">${t('portal.team.email')}</th><th scope="col">${t('portal.team.role')}</th><th scope="col">${t('portal.team.invitedOn')}</th><th scope="col">${t('portal.team.expires')}</th>${a.isOwner ? action : ''}</tr></thead>
<tbody>${a.invitations.map(
        (i) =>
          html`<tr><td>${i.email}</td><td>${roleName(t, i.role)}</td><td>${when(i.invitedAt, v.locale)}${i.invitedByName ? html` <span class="small muted">${t('portal.team.invitedBy', { name: i.invitedByName })}</span>` : ''}</td><td>${when(i.expiresAt, v.locale)}</td>${
            a.isOwner
              ? html`<td><form method="post" action="${base}/team/invitations/cancel" class="inline">${csrfInput(v.csrf)}<input type="hidden" name="email" value="${i.email}"><button type="submit" class="secondary">${t('portal.team.cancelInvitation')}<span class="visually-hidden"> ${t('portal.team.forEmail', { email: i.email })}</span></button></form></td>`
              : ''
          }</tr>`,
      )}</tbody></table></div>`
}
</section>
${
  a.isOwner
    ? html`${sellerErrorSummary(a.form, { email: t('portal.team.email'), role: t('portal.team.role') }, t)}
<section class="panel" aria-labelledby="add-h"><h2 id="add-h">${t('portal.team.invite')}</h2>
<p class="small muted">${t('portal.team.inviteNote')}</p>
<form method="post" action="${base}/team" novalidate>${csrfInput(v.csrf)}
${field(form, { name: 'email', label: t('portal.team.email'), type: 'email', autocomplete: 'off', required: true, maxlength: 254 })}
${field(form, { name: 'role', label: t('portal.team.role'), required: true, options: roleOptions(t) })}
<button type="submit">${t('portal.team.send')}</button>
</form></section>`
    : ''
}`,
  );
}

// Invitation (public) -----------------------------------------------------------------------------

/** Who looks at the public invitation page (maybe nobody signed in) and the form token. */
export type InvitationViewer = { actor: Actor | null; csrf: string; locale: string; t: Translate };

/**
 * The portal's look without its navigation: the invitee is not a member yet. The token is in the
 * page's URL, so no referrer is ever sent from it (the app's secure headers set the HTTP header).
 */
function invitationShell(title: string, v: InvitationViewer, body: Html): Html {
  return portalShell({
    title,
    locale: v.locale,
    t: v.t,
    actor: v.actor,
    csrf: v.csrf,
    home: '/',
    body,
    noReferrer: true,
  });
}

export function invitationMessagePage(v: InvitationViewer, title: string, body: Html): Html {
  return invitationShell(title, v, html`<h1>${title}</h1>${body}`);
}

/** The page of a spent, cancelled, replaced, expired or unknown invitation link. */
export function invitationInvalidPage(v: InvitationViewer): Html {
  return invitationMessagePage(
    v,
    v.t('portal.invitation.invalidTitle'),
    html`<p>${v.t('portal.invitation.invalid')}</p><p>${v.t('portal.invitation.askAgain')}</p>`,
  );
}

/** A date and time as words of a sentence, in the reader's locale, in UTC (said so). */
function whenText(d: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(d);
}

export function invitationPage(
  v: InvitationViewer,
  inv: SellerInvitation,
  a: { token: string; locale: string; form: FormState; signInHref: string },
): Html {
  const { t } = v;
  const title = t('portal.invitation.title', { seller: inv.sellerName });
  const intro = html`<p>${t('portal.invitation.intro', {
    seller: inv.sellerName,
    role: roleName(t, inv.role),
    email: inv.email,
    date: whenText(new Date(inv.expiresAt), v.locale),
  })}</p>`;
  const hidden = html`${csrfInput(v.csrf)}<input type="hidden" name="token" value="${a.token}">`;
  const signedInAs = v.actor?.email.toLowerCase();
  if (inv.existingAccount) {
    const body =
      signedInAs === inv.email && !v.actor?.emailVerified
        ? html`<p>${t('portal.invitation.unverified', { email: inv.email })}</p>`
        : signedInAs === inv.email
          ? html`<p>${t('portal.invitation.signedInAs', { email: inv.email })}</p>
<form method="post" action="/seller/invitation" novalidate>${hidden}
<button type="submit">${t('portal.invitation.join', { seller: inv.sellerName })}</button>
</form>`
          : v.actor
            ? html`<p>${t('portal.invitation.otherAccount', { email: inv.email, current: v.actor.email })}</p>`
            : html`<p>${t('portal.invitation.existing', { email: inv.email })}</p>
<p><a class="button" href="${a.signInHref}">${t('portal.invitation.signIn')}</a></p>`;
    return invitationShell(
      title,
      v,
      html`<h1>${title}</h1>
${sellerErrorSummary(a.form, {}, t)}
${intro}
${body}`,
    );
  }
  return invitationShell(
    title,
    v,
    html`<h1>${title}</h1>
${sellerErrorSummary(a.form, { name: t('portal.invitation.name'), password: t('portal.invitation.password'), acceptTerms: t('portal.invitation.terms') }, t)}
${intro}
<p>${t('portal.invitation.create')}</p>
${v.actor ? html`<p class="notice">${t('portal.invitation.signedInOther', { email: v.actor.email })}</p>` : ''}
<form method="post" action="/seller/invitation" novalidate>${hidden}
<input type="text" name="username" value="${inv.email}" autocomplete="username" hidden>
${field(a.form, { name: 'name', label: t('portal.invitation.name'), required: true, autocomplete: 'name', maxlength: 100 })}
${field(a.form, { name: 'password', label: t('portal.invitation.password'), type: 'password', hint: t('portal.invitation.passwordHint'), required: true, autocomplete: 'new-password' })}
${checkbox(a.form, {
  name: 'acceptTerms',
  required: true,
  label: html`${t('portal.invitation.accept')} (<a href="/${a.locale}/legal/terms">${t('portal.invitation.termsLink')}</a>, <a href="/${a.locale}/legal/privacy">${t('portal.invitation.privacyLink')}</a>)`,
})}
<button type="submit">${t('portal.invitation.submit')}</button>
</form>`,
  );
}
