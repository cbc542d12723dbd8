import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { totpCodeAt } from '../src/modules/accounts/two-factor/totp.ts';
import { type MessageKey, translator } from '../src/platform/i18n.ts';
import { en } from '../src/platform/messages/catalogs.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** Same-origin path the axe script is served from (by page.route), so the app's CSP `script-src 'self'` stays on. */
const AXE_PATH = '/__e2e__/axe.min.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function resetArtifacts(): void {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export async function serveAxe(context: BrowserContext): Promise<void> {
  await context.route(`**${AXE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/javascript; charset=utf-8', body: AXE_SOURCE }),
  );
}

type AxeNode = { target: unknown[]; html: string; failureSummary?: string };
type AxeViolation = { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] };
type AxeWindow = {
  document: unknown;
  axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
};

export type AxeFinding = { page: string; url: string; violations: AxeViolation[] };

/** Accessibility findings of every page checked, written to artifacts/e2e/axe.json at the end. */
export const axeFindings: AxeFinding[] = [];

const BLOCKING = new Set(['critical', 'serious']);

function formatViolation(v: AxeViolation): string {
  const nodes = v.nodes
    .slice(0, 5)
    .map(
      (n) =>
        `      - ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`,
    )
    .join('\n');
  const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
  return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n    ${v.helpUrl}\n${nodes}${more}`;
}

/**
 * Inject axe-core into the current document and run it. Returns the blocking (critical/serious)
 * violations as readable text, so a journey can go on and report them all at the end.
 */
export async function checkA11y(page: Page, name: string): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as unknown as AxeWindow).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ url: new URL(AXE_PATH, page.url()).toString() });
  const violations = await page.evaluate(async () => {
    const w = globalThis as unknown as AxeWindow;
    const result = await w.axe!.run(w.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
  axeFindings.push({ page: name, url: page.url(), violations });
  const minor = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (minor.length)
    console.warn(`axe (non-blocking) on ${name} ${page.url()}:\n${minor.map(formatViolation).join('\n')}`);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  return blocking.length
    ? [`axe on ${name} ${page.url()}:\n${blocking.map(formatViolation).join('\n')}`]
    : [];
}

export function writeAxeReport(name = 'axe'): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, `${name}.json`), `${JSON.stringify(axeFindings, null, 2)}\n`);
}

/**
 * Watch a page for what a shopper would notice or the console would show: script errors, console
 * errors (CSP refusals among them), failed requests and HTTP errors. `expected` lists URLs whose
 * error status is the point of the test (a 404 page).
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  const expected = new Set<string>();
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const at = msg.location().url;
    if (expected.has(at) && /status of 404/.test(msg.text())) return;
    problems.push(`console error: ${msg.text()} (${at})`);
  });
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    // Leaving a page (a click, a form post, a redirect) aborts what it was still loading — images,
    // stylesheets, fonts: nothing a shopper notices. A resource that fails for real has another error
    // text or an HTTP status, both still reported.
    if (error.includes('net::ERR_ABORTED')) return;
    problems.push(`request failed: ${req.url()} ${error}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !expected.has(res.url())) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { problems, expect404: (url: string) => expected.add(url) };
}

/** Parse a localised money text such as "from 1 234,56 €" into minor units (cents). */
export function minorUnits(text: string): number {
  const digits = text.replace(/\D/g, '');
  if (!digits) throw new Error(`No price in "${text}"`);
  return Number(digits);
}

export function assertNoProblems(title: string, problems: string[]): void {
  if (problems.length) throw new Error(`${title}:\n\n${problems.join('\n\n')}`);
}

/** Authenticator secrets of the operators a journey enrolled, and the last time step it used. */
const authenticators = new Map<string, { secret: string; lastStep: number }>();

/** A code the server has not seen yet: waits for the next 30-second step when this one was used. */
async function freshCode(email: string): Promise<string> {
  const a = authenticators.get(email);
  if (!a) throw new Error(`${email} has no authenticator in this journey`);
  let step = Math.floor(Date.now() / 30_000);
  if (step <= a.lastStep) {
    await new Promise((r) => setTimeout(r, (a.lastStep + 1) * 30_000 - Date.now() + 500));
    step = Math.floor(Date.now() / 30_000);
  }
  a.lastStep = step;
  return totpCodeAt(a.secret, new Date());
}

/**
 * After "Sign in" was clicked: the second step when the account has a second factor, or the
 * enrolment an admin goes through on the first console visit (the code made with otplib, as an
 * authenticator app would). Resolves once off the sign-in and security pages' forms.
 */
export async function completeSignIn(page: Page, email: string, a11y?: string[]): Promise<void> {
  const stepField = page.locator('input[name="secondStep"]');
  await Promise.race([
    page.waitForURL((u) => !u.pathname.endsWith('/sign-in')),
    stepField.waitFor({ state: 'attached' }),
  ]);
  if (await stepField.count()) {
    if (a11y) a11y.push(...(await checkA11y(page, 'sign-in-second-factor')));
    await page.getByLabel('Code').fill(await freshCode(email));
    // The second step is a storefront page, in the market's language (fr-fr: "Vérifier").
    await page.getByRole('button', { name: /^(Verify|Vérifier)$/ }).click();
    await page.waitForURL((u) => !/\/sign-in(\/second-factor)?$/.test(u.pathname));
  }
  if (new URL(page.url()).pathname !== '/console/security') return;
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  const secret = await page.locator('[data-secret]').getAttribute('data-secret');
  if (!secret) throw new Error('the security page shows no authenticator key');
  authenticators.set(email, { secret, lastStep: 0 });
  if (a11y) a11y.push(...(await checkA11y(page, 'console-security-enrol')));
  await page.getByLabel('Code').fill(await freshCode(email));
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  if (a11y) a11y.push(...(await checkA11y(page, 'console-recovery-codes')));
}

const ENGLISH = Object.entries(en) as Array<[MessageKey, string]>;

/**
 * A journey's words in the page's language, written as their English catalog message: `fr('Orders')`
 * is what a French page says for "Orders". Throws when the English text is no catalog message, so
 * a journey cannot assert words the pages never use.
 */
export function wordsIn(
  locale: string,
  /** The catalog area, when the same English words exist in several: 'doc.' for PDFs, 'portal.', 'mail.'. */
  area = '',
): (english: string, values?: Record<string, string | number>) => string {
  const t = translator(locale);
  return (english, values) => {
    const key = ENGLISH.find(([k, v]) => v === english && k.startsWith(area))?.[0];
    if (!key)
      throw new Error(`No catalog message ${area ? `of ${area}* ` : ''}reads "${english}" in English`);
    return t(key, values);
  };
}
