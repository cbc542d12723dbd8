/** The team page of the seller portal, and the public page where an invitee accepts. */
import { html } from 'hono/html';
import type { PendingInvitationRow } from '../../modules/seller-team/invitations.read-model.ts';
import type { SellerInvitation } from '../../modules/seller-team/seller-team.store.ts';
import { TEAM_ROLES } from '../../modules/seller-team/seller-team.types.ts';
import type { Actor } from '../../platform/http/actor.ts';
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

const ROLE_OPTIONS = TEAM_ROLES.map((r) => ({
  value: r,
  label: r === 'staff' ? 'Staff' : 'Owner (can also add and remove people)',
}));

/**
 * Whether a staff member may manage API keys and webhooks, and for an owner the button that
 * changes it (owners always may).
 */
function integrationsCell(v: SellerView, m: MemberRow, isOwner: boolean): Html | string {
  if (m.role !== 'staff') return '';
  const label = m.canManageIntegrations
    ? html`<br><span class="small">May manage API keys and webhooks</span>`
    : html`<br><span class="small muted">No API keys or webhooks</span>`;
  if (!isOwner) return label;
  return html`${label} <form method="post" action="${sellerBase(v.sellerId)}/team/${m.userId}/integrations" class="inline">${csrfInput(v.csrf)}${
    m.canManageIntegrations ? '' : html`<input type="hidden" name="allow" value="on">`
  }<button type="submit" class="secondary small">${m.canManageIntegrations ? 'Withdraw' : 'Allow'}<span class="visually-hidden"> API keys and webhooks for ${m.name}</span></button></form>`;
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
  const base = sellerBase(v.sellerId);
  const owners = a.members.filter((m) => m.role === 'owner').length;
  const form: FormState = { ...a.form, values: { role: 'staff', ...a.form.values } };
  return sellerPage(
    'Team',
    v,
    html`<h1>Team</h1>
${integrationsNav(v, 'team')}
<p>Owners and staff can use the whole portal; only owners add and remove people, and create API keys and webhooks (or staff they allow to).</p>
${notice(a.done)}
<section class="panel" aria-labelledby="team-h"><h2 id="team-h">Members</h2>
<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Members of this seller</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Since</th>${a.isOwner ? html`<th scope="col"><span class="visually-hidden">Action</span></th>` : ''}</tr></thead>
<tbody>${a.members.map(
      (m) =>
        html`<tr><td>${m.name}</td><td>${m.email}</td><td>${m.role}${integrationsCell(v, m, a.isOwner)}</td><td>${when(m.createdAt)}</td>${
          a.isOwner
            ? html`<td>${
                m.role === 'owner' && owners <= 1
                  ? html`<span class="small muted">Last owner</span>`
                  : html`<form method="post" action="${base}/team/${m.userId}/remove" class="inline">${csrfInput(v.csrf)}<button type="submit" class="secondary">Remove<span class="visually-hidden"> ${m.name}</span></button></form>`
              }</td>`
            : ''
        }</tr>`,
    )}</tbody></table></div>
</section>
<section class="panel" aria-labelledby="inv-h"><h2 id="inv-h">Pending invitations</h2>
${
  a.invitations.length === 0
    ? html`<p class="empty">No pending invitation.</p>`
    : html`<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Invitations not accepted yet, oldest first</caption>
<thead><tr><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Invited on</th><th scope="col">Expires</th>${a.isOwner ? html`<th scope="col"><span class="visually-hidden">Action</span></th>` : ''}</tr></thead>
<tbody>${a.invitations.map(
        (i) =>
          html`<tr><td>${i.email}</td><td>${i.role}</td><td>${when(i.invitedAt)}${i.invitedByName ? html` <span class="small muted">by ${i.invitedByName}</span>` : ''}</td><td>${when(i.expiresAt)}</td>${
            a.isOwner
              ? html`<td><form method="post" action="${base}/team/invitations/cancel" class="inline">${csrfInput(v.csrf)}<input type="hidden" name="email" value="${i.email}"><button type="submit" class="secondary">Cancel invitation<span class="visually-hidden"> for ${i.email}</span></button></form></td>`
              : ''
          }</tr>`,
      )}</tbody></table></div>`
}
</section>
${
  a.isOwner
    ? html`${sellerErrorSummary(a.form, { email: 'Email', role: 'Role' })}
<section class="panel" aria-labelledby="add-h"><h2 id="add-h">Invite someone</h2>
<p class="small muted">Everyone receives the same link by email, valid once for 7 days. Someone with a Reloop account joins by accepting it signed in as that address, with the email verified; anyone else creates their account from the link. Nobody joins before accepting. Inviting the same email again sends a new link and cancels the previous one.</p>
<form method="post" action="${base}/team" novalidate>${csrfInput(v.csrf)}
${field(form, { name: 'email', label: 'Email', type: 'email', autocomplete: 'off', required: true, maxlength: 254 })}
${field(form, { name: 'role', label: 'Role', required: true, options: ROLE_OPTIONS })}
<button type="submit">Send invitation</button>
</form></section>`
    : ''
}`,
  );
}

// Invitation (public) -----------------------------------------------------------------------------

/** Who looks at the public invitation page (maybe nobody signed in) and the form token. */
export type InvitationViewer = { actor: Actor | null; csrf: string };

/**
 * The portal's look without its navigation: the invitee is not a member yet. The token is in the
 * page's URL, so no referrer is ever sent from it (the app's secure headers set the HTTP header).
 */
function invitationShell(title: string, v: InvitationViewer, body: Html): Html {
  return portalShell({ title, actor: v.actor, csrf: v.csrf, home: '/', body, noReferrer: true });
}

export function invitationMessagePage(v: InvitationViewer, title: string, body: Html): Html {
  return invitationShell(title, v, html`<h1>${title}</h1>${body}`);
}

export function invitationInvalidPage(v: InvitationViewer, message: string): Html {
  return invitationMessagePage(
    v,
    'Invitation not valid',
    html`<p>${message}.</p><p>Ask an owner of the shop to invite you again: the new email has a fresh link.</p>`,
  );
}

export function invitationPage(
  v: InvitationViewer,
  inv: SellerInvitation,
  a: { token: string; locale: string; form: FormState; signInHref: string },
): Html {
  const title = `Join ${inv.sellerName} on Reloop`;
  const intro = html`<p>You are invited to the seller portal of <strong>${inv.sellerName}</strong> as <strong>${inv.role}</strong>, with the email address <strong>${inv.email}</strong>. The invitation expires on ${when(inv.expiresAt)}.</p>`;
  const hidden = html`${csrfInput(v.csrf)}<input type="hidden" name="token" value="${a.token}">`;
  const signedInAs = v.actor?.email.toLowerCase();
  if (inv.existingAccount) {
    const body =
      signedInAs === inv.email && !v.actor?.emailVerified
        ? html`<p>You are signed in as ${inv.email}, but this address is not verified yet, so it cannot join a team. Follow the link of the verification email, or reset your password with “Forgot password” (the reset link confirms the address too), then open this invitation again.</p>`
        : signedInAs === inv.email
          ? html`<p>You are signed in as ${inv.email}.</p>
<form method="post" action="/seller/invitation" novalidate>${hidden}
<button type="submit">Join ${inv.sellerName}</button>
</form>`
          : v.actor
            ? html`<p>${inv.email} has a Reloop account, but you are signed in as ${v.actor.email}. Sign out, then sign in as ${inv.email} (verified) and open this link again.</p>`
            : html`<p>${inv.email} already has a Reloop account: sign in as ${inv.email} (verified) to accept the invitation. Access goes to that account only when its owner accepts.</p>
<p><a class="button" href="${a.signInHref}">Sign in to accept</a></p>`;
    return invitationShell(
      title,
      v,
      html`<h1>${title}</h1>
${sellerErrorSummary(a.form)}
${intro}
${body}`,
    );
  }
  return invitationShell(
    title,
    v,
    html`<h1>${title}</h1>
${sellerErrorSummary(a.form, { name: 'Your name', password: 'Password', acceptTerms: 'Terms of use' })}
${intro}
<p>Create your Reloop account to accept: your email address is confirmed by this link.</p>
${v.actor ? html`<p class="notice">You are signed in as ${v.actor.email}: accepting signs you out of that account and into the new one.</p>` : ''}
<form method="post" action="/seller/invitation" novalidate>${hidden}
<input type="text" name="username" value="${inv.email}" autocomplete="username" hidden>
${field(a.form, { name: 'name', label: 'Your name', required: true, autocomplete: 'name', maxlength: 100 })}
${field(a.form, { name: 'password', label: 'Password', type: 'password', hint: 'At least 12 characters; a passphrase of several words is easiest.', required: true, autocomplete: 'new-password' })}
${checkbox(a.form, {
  name: 'acceptTerms',
  required: true,
  label: html`I accept the terms of use and the privacy policy (<a href="/${a.locale}/legal/terms">terms of use</a>, <a href="/${a.locale}/legal/privacy">privacy policy</a>)`,
})}
<button type="submit">Create my account and join</button>
</form>`,
  );
}
