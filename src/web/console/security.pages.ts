import { html } from 'hono/html';
import type { SecondFactorStatus } from '../../modules/accounts/two-factor/two-factor.store.ts';
import { type FormState, field, notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { consoleErrorSummary, consoleLayout, csrfInput, type Viewer, when } from './console-layout.ts';

const empty: FormState = { values: {}, errors: [] };
const LABELS = { code: 'Code' };

/** Which form a refusal belongs to, so its error shows there. */
export type SecurityForm = 'confirm' | 'recovery' | 'disable';

const codeField = (form: FormState, hint: string) =>
  field(
    { ...form, values: {} },
    { name: 'code', label: 'Code', hint, autocomplete: 'one-time-code', required: true, maxlength: 20 },
  );

/** Base32 in groups of four, easier to type into an authenticator by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

export const SECURITY_DONE: Record<string, string> = {
  disabled: 'Two-factor authentication is off for your account.',
  started: 'Scan the QR code with your authenticator app, then enter the code it shows.',
};

export function securityPage(
  v: Viewer,
  s: SecondFactorStatus & { isAdmin: boolean; qrSvg: string | null },
  a: { form?: FormState; formFor?: SecurityForm; done?: string } = {},
): Html {
  const form = a.form ?? empty;
  const formOf = (which: SecurityForm) => (a.formFor === which ? form : empty);
  return consoleLayout(
    'Security',
    v.actor,
    v.csrf,
    html`<h1>Security</h1>
${notice(a.done ? SECURITY_DONE[a.done] : undefined)}
${consoleErrorSummary(form, LABELS)}
<section aria-labelledby="tfa-h"><h2 id="tfa-h">Two-factor authentication</h2>
<p>${
      s.isAdmin
        ? html`<strong>Two-factor authentication is required for admins.</strong> Until it is set up, the rest of the console stays closed.`
        : html`Two-factor authentication is optional for your role, and recommended: a stolen password alone then cannot open your account.`
    }</p>
<p>${s.enrolled ? html`Status: <strong>on</strong> since ${when(s.confirmedAt)}. Recovery codes left: ${s.recoveryCodesLeft}.` : html`Status: <strong>off</strong>.`}</p>
${
  s.pendingSecret && s.qrSvg
    ? html`<section aria-labelledby="enrol-h" class="console-action"><h3 id="enrol-h">${s.enrolled ? 'Set up a new authenticator' : 'Set up your authenticator'}</h3>
<ol>
<li>Scan this QR code with an authenticator app (such as FreeOTP, Aegis, Google Authenticator or 1Password).</li>
<li>Or type this key into the app: <code data-secret="${s.pendingSecret}">${grouped(s.pendingSecret)}</code></li>
<li>Enter the 6-digit code the app shows.</li>
</ol>
<p><img src="data:image/svg+xml;base64,${Buffer.from(s.qrSvg).toString('base64')}" alt="QR code of the authenticator key shown below it" width="200" height="200"></p>
<form method="post" action="/console/security/confirm" novalidate>${csrfInput(v.csrf)}
  ${codeField(formOf('confirm'), '6 digits, from the authenticator app')}
  <button type="submit">Turn on two-factor authentication</button>
</form></section>`
    : s.enrolled
      ? ''
      : html`<form method="post" action="/console/security/enrol" class="console-action">${csrfInput(v.csrf)}
  <button type="submit">Set up two-factor authentication</button>
</form>`
}
${
  s.enrolled
    ? html`<section aria-labelledby="recovery-h" class="console-action"><h3 id="recovery-h">Recovery codes</h3>
<p>Each recovery code signs you in once when you do not have your phone. New codes replace all the old ones.</p>
<form method="post" action="/console/security/recovery-codes" novalidate>${csrfInput(v.csrf)}
  ${codeField(formOf('recovery'), 'The current code of your authenticator app')}
  <button type="submit">Make new recovery codes</button>
</form></section>
${
  s.pendingSecret
    ? ''
    : html`<section aria-labelledby="replace-h" class="console-action"><h3 id="replace-h">New phone?</h3>
<p>Set up a new authenticator; the current one keeps working until the new one is confirmed.</p>
<form method="post" action="/console/security/enrol">${csrfInput(v.csrf)}<button type="submit">Set up a new authenticator</button></form></section>`
}
${
  s.isAdmin
    ? html`<p>Admins cannot turn two-factor authentication off; set up a new authenticator instead.</p>`
    : html`<section aria-labelledby="disable-h" class="console-action"><h3 id="disable-h">Turn off</h3>
<form method="post" action="/console/security/disable" novalidate>${csrfInput(v.csrf)}
  ${codeField(formOf('disable'), 'The current code of your authenticator app')}
  <button type="submit">Turn off two-factor authentication</button>
</form></section>`
}`
    : ''
}
</section>`,
  );
}

/** New recovery codes, shown this once. */
export function recoveryCodesPage(v: Viewer, codes: string[]): Html {
  return consoleLayout(
    'Recovery codes',
    v.actor,
    v.csrf,
    html`<h1>Your recovery codes</h1>
${notice('Two-factor authentication is on.')}
<p><strong>Write these codes down or keep them in your password manager now: they are shown only this once.</strong> Each one signs you in once when you do not have your authenticator.</p>
<ul class="recovery-codes">${codes.map((c) => html`<li><code>${c}</code></li>`)}</ul>
<p><a href="/console">Continue to the console</a></p>`,
  );
}
