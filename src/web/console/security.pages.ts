import { html } from 'hono/html';
import type { SecondFactorStatus } from '../../modules/accounts/two-factor/two-factor.store.ts';
import { type FormState, field, notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { consoleErrorSummary, consoleLayout, csrfInput, t, tx, type Viewer, when } from './console-layout.ts';

const empty: FormState = { values: {}, errors: [] };
const LABELS = { code: t('console.security.code') };

/** Which form a refusal belongs to, so its error shows there. */
export type SecurityForm = 'confirm' | 'recovery' | 'disable';

const codeField = (form: FormState, hint: string) =>
  field(
    { ...form, values: {} },
    {
      name: 'code',
      label: t('console.security.code'),
      hint,
      autocomplete: 'one-time-code',
      required: true,
      maxlength: 20,
    },
  );

/** Base32 in groups of four, easier to type into an authenticator by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

export const SECURITY_DONE: Record<string, string> = {
  disabled: t('console.security.done.disabled'),
  started: t('console.security.done.started'),
};

export function securityPage(
  v: Viewer,
  s: SecondFactorStatus & { isAdmin: boolean; qrSvg: string | null },
  a: { form?: FormState; formFor?: SecurityForm; done?: string } = {},
): Html {
  const form = a.form ?? empty;
  const formOf = (which: SecurityForm) => (a.formFor === which ? form : empty);
  return consoleLayout(
    t('console.nav.security'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.nav.security')}</h1>
${notice(a.done ? SECURITY_DONE[a.done] : undefined)}
${consoleErrorSummary(form, LABELS)}
<section aria-labelledby="tfa-h"><h2 id="tfa-h">${t('console.security.tfa')}</h2>
<p>${
      s.isAdmin
        ? html`<strong>${t('console.security.requiredForAdmins')}</strong> ${t('console.security.closedUntil')}`
        : t('console.security.optional')
    }</p>
<p>${s.enrolled ? tx('console.security.statusOn', { on: html`<strong>${t('console.security.on')}</strong>`, since: when(s.confirmedAt), left: s.recoveryCodesLeft }) : tx('console.security.statusOff', { off: html`<strong>${t('console.security.off')}</strong>` })}</p>
${
  s.pendingSecret && s.qrSvg
    ? html`<section aria-labelledby="enrol-h" class="console-action"><h3 id="enrol-h">${s.enrolled ? t('console.security.setUpNew') : t('console.security.setUpYours')}</h3>
<ol>
<li>${t('console.security.step.scan')}</li>
<li>${tx('console.security.step.type', { key: html`<code data-secret="${s.pendingSecret}">${grouped(s.pendingSecret)}</code>` })}</li>
<li>${t('console.security.step.enter')}</li>
</ol>
<p><img src="data:image/svg+xml;base64,${Buffer.from(s.qrSvg).toString('base64')}" alt="${t('console.security.qrAlt')}" width="200" height="200"></p>
<form method="post" action="/console/security/confirm" novalidate>${csrfInput(v.csrf)}
  ${codeField(formOf('confirm'), t('console.security.confirmHint'))}
  <button type="submit">${t('console.security.turnOn')}</button>
</form></section>`
    : s.enrolled
      ? ''
      : html`<form method="post" action="/console/security/enrol" class="console-action">${csrfInput(v.csrf)}
  <button type="submit">${t('console.security.setUp')}</button>
</form>`
}
${
  s.enrolled
    ? html`<section aria-labelledby="recovery-h" class="console-action"><h3 id="recovery-h">${t('console.security.recoveryCodes')}</h3>
<p>${t('console.security.recoveryIntro')}</p>
<form method="post" action="/console/security/recovery-codes" novalidate>${csrfInput(v.csrf)}
  ${codeField(formOf('recovery'), t('console.security.currentCodeHint'))}
  <button type="submit">${t('console.security.newCodes')}</button>
</form></section>
${
  s.pendingSecret
    ? ''
    : html`<section aria-labelledby="replace-h" class="console-action"><h3 id="replace-h">${t('console.security.newPhone')}</h3>
<p>${t('console.security.newPhoneIntro')}</p>
<form method="post" action="/console/security/enrol">${csrfInput(v.csrf)}<button type="submit">${t('console.security.setUpNew')}</button></form></section>`
}
${
  s.isAdmin
    ? html`<p>${t('console.security.adminsCannotDisable')}</p>`
    : html`<section aria-labelledby="disable-h" class="console-action"><h3 id="disable-h">${t('console.security.turnOffTitle')}</h3>
<form method="post" action="/console/security/disable" novalidate>${csrfInput(v.csrf)}
  ${codeField(formOf('disable'), t('console.security.currentCodeHint'))}
  <button type="submit">${t('console.security.turnOff')}</button>
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
    t('console.security.recoveryCodes'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.security.yourCodes')}</h1>
${notice(t('console.security.isOn'))}
<p><strong>${t('console.security.writeDown')}</strong> ${t('console.security.eachCode')}</p>
<ul class="recovery-codes">${codes.map((c) => html`<li><code>${c}</code></li>`)}</ul>
<p><a href="/console">${t('console.security.continue')}</a></p>`,
  );
}
