import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS, type MessageKey } from '../src/platform/i18n.ts';
import { type RunningServer, startServer } from './server.ts';
import {
  assertNoProblems,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  checkA11y,
  completeSignIn,
  screenshot,
  serveAxe,
  watchPage,
  wordsIn,
  writeAxeReport,
} from './support.ts';

const fr = wordsIn('fr-FR');
const frMail = wordsIn('fr-FR', 'mail.');
/** A French mail template as written in the catalog (its placeholders unfilled). */
const frenchMail = (key: MessageKey) => CATALOGS.fr![key];

/**
 * Accounts in a real browser: a shopper signs up, confirms the address from the local mailbox
 * and signs in; a company signs up to Reloop Pro with a wrong then a right VAT number; an operator
 * closes an account and its owner finds the closure email with the reasons.
 */

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ readyTimeoutMs: 120_000 });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  writeAxeReport('axe-accounts');
  await browser?.close().catch(() => {});
  await server?.stop();
});

async function freshContext(): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  await serveAxe(context);
  return context;
}

/** Open the newest mail to `to` in the local mailbox and return its page. */
async function openNewestMail(page: Page, to: string, subject: string) {
  await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
  await page.getByRole('link', { name: subject }).first().click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('accounts', () => {
  it('consumer: sign up → confirm the email from the mailbox → sign in', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    const { problems } = watchPage(page);
    const a11y: string[] = [];
    const email = `lea.${Date.now()}@example.com`;

    await page.goto('/fr-fr');
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    expect(new URL(page.url()).pathname).toBe('/fr-fr/sign-up');
    a11y.push(...(await checkA11y(page, 'sign-up')));

    await page.getByLabel('Votre nom').fill('Léa Dupont');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('too short');
    await page.getByLabel(/J’accepte les conditions d’utilisation/).check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.textContent()).resolves.toContain(
      fr('must be at least {min} characters long', { min: 12 }),
    );
    expect(await page.getByLabel('Mot de passe', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Votre nom').inputValue()).toBe('Léa Dupont'); // kept, the password is not
    a11y.push(...(await checkA11y(page, 'sign-up-errors')));
    await screenshot(page, 'accounts-01-sign-up-errors');

    await page.getByLabel('Mot de passe', { exact: true }).fill('refurbished is the new new');
    await page.getByLabel(/J’accepte les conditions d’utilisation/).check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: 'Consultez votre boîte de réception' }).waitFor();

    await openNewestMail(page, email, frMail('Confirm your email address'));
    await page.getByRole('link', { name: /\/fr-fr\/verify-email\?token=/ }).click();
    await page.getByRole('button', { name: 'Confirmer mon adresse e-mail' }).click();
    await page.getByText('Votre adresse e-mail est confirmée').waitFor();
    await screenshot(page, 'accounts-02-email-confirmed');
    await page.getByRole('link', { name: 'Se connecter' }).last().click();

    a11y.push(...(await checkA11y(page, 'sign-in')));
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('refurbished is the new new');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr-fr');
    await page.getByRole('link', { name: 'Léa Dupont' }).click();
    await page.getByRole('heading', { name: 'Votre compte', exact: true }).waitFor();
    expect(await page.textContent('main')).toContain('Confirmée');
    a11y.push(...(await checkA11y(page, 'account')));
    await screenshot(page, 'accounts-03-account');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    assertNoProblems('consumer sign-up', [
      ...problems.filter((p) => !/(400.*\/fr-fr\/sign-up)/.test(p)),
      ...a11y,
    ]);
    await context.close();
  });

  it('Reloop Pro: a VAT number with wrong check digits is refused, a valid one is accepted', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    const a11y: string[] = [];
    const email = `buyer.${Date.now()}@atelier.example`;

    await page.goto('/pro/fr-fr');
    expect(await page.textContent('body')).toContain('Prix hors TVA');
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    await page.getByRole('heading', { name: 'Créer un compte Reloop Pro' }).waitFor();

    await page.getByLabel('Votre nom').fill('Camille Martin');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('refurbished laptops for the team');
    await page.getByLabel('Raison sociale de l’entreprise').fill('Atelier Numérique SARL');
    await page.getByLabel('Adresse (rue)').fill('8 quai de la Loire');
    await page.getByLabel('Code postal').fill('75019');
    await page.getByLabel('Ville').fill('Paris');
    await page.getByLabel('Pays d’établissement').selectOption('FR');
    await page.getByLabel('Numéro de TVA intracommunautaire').fill('FR84323140391');
    await page.getByLabel(/J’accepte les conditions d’utilisation/).check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const vat = page.getByLabel('Numéro de TVA intracommunautaire');
    expect(await vat.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').textContent()).toMatch(/Numéro de TVA intracommunautaire/);
    a11y.push(...(await checkA11y(page, 'pro-sign-up-invalid-vat')));
    await screenshot(page, 'accounts-04-pro-invalid-vat');

    await page.getByLabel('Mot de passe', { exact: true }).fill('refurbished laptops for the team');
    await vat.fill('FR 4Z 123456782');
    await page.getByLabel(/J’accepte les conditions d’utilisation/).check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: 'Consultez votre boîte de réception' }).waitFor();
    await screenshot(page, 'accounts-05-pro-signed-up');
    assertNoProblems('pro sign-up', a11y);
    await context.close();
  });

  it('operator: closes an account with a reason; its owner gets the email with reasons and date', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    const a11y: string[] = [];

    await page.goto('/console');
    expect(new URL(page.url()).pathname).toBe('/fr-fr/sign-in');
    await page.getByLabel('Adresse e-mail').fill('admin@reloop.example');
    await page.getByLabel('Mot de passe').fill('reloop demo admin');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // Admins set up two-factor authentication before anything else in the console.
    await completeSignIn(page, 'admin@reloop.example', a11y);
    await screenshot(page, 'accounts-06a-console-recovery-codes');
    await page.getByRole('link', { name: 'Continue to the console' }).click();
    await page.waitForURL('**/console/users');
    a11y.push(...(await checkA11y(page, 'console-users')));

    // Signing in again asks for a code after the password.
    const again = await (await freshContext()).newPage();
    await again.goto('/console');
    await again.getByLabel('Adresse e-mail').fill('admin@reloop.example');
    await again.getByLabel('Mot de passe').fill('reloop demo admin');
    await again.getByRole('button', { name: 'Se connecter' }).click();
    await completeSignIn(again, 'admin@reloop.example', a11y);
    await again.waitForURL('**/console/users');
    await again.context().close();

    await page.getByLabel('Email, name or id').fill('shopper@reloop.example');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Chloé Martin' }).click();
    await page.getByRole('heading', { name: /Chloé Martin/ }).waitFor();
    a11y.push(...(await checkA11y(page, 'console-user')));

    await page.getByLabel('Reason', { exact: true }).selectOption('payment_abuse');
    await page
      .getByLabel('Facts and circumstances')
      .fill('Seven chargebacks on delivered orders in October 2026.');
    await page.getByRole('button', { name: 'Close account' }).click();
    await page
      .getByText(/closed/i)
      .first()
      .waitFor();
    expect(await page.textContent('main')).toContain('Payment abuse');
    await screenshot(page, 'accounts-06-console-closed');

    // The shopper's account reads French: the email is French, the operator's facts as typed.
    await openNewestMail(page, 'shopper@reloop.example', frMail('We have closed your Reloop account'));
    const body = (await page.textContent('main')) ?? '';
    expect(body).toContain(frMail('Payment abuse (chargebacks, unpaid orders)'));
    expect(body).toContain('Seven chargebacks');
    expect(body).toContain(frenchMail('mail.closedByPlatform.body').split('{date}')[0]!);
    await screenshot(page, 'accounts-07-closure-email');

    // The closed account can no longer sign in.
    const shopper = await (await freshContext()).newPage();
    await shopper.goto('/fr-fr/sign-in');
    await shopper.getByLabel('Adresse e-mail').fill('shopper@reloop.example');
    await shopper.getByLabel('Mot de passe').fill('reloop demo shopper');
    await shopper.getByRole('button', { name: 'Se connecter' }).click();
    await shopper.getByText(fr('You could not be signed in with these details.')).waitFor();
    assertNoProblems('operator closure', a11y);
    await context.close();
  });
});
