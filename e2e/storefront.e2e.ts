import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server.ts';
import {
  assertNoProblems,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  checkA11y,
  minorUnits,
  screenshot,
  serveAxe,
  watchPage,
  writeAxeReport,
} from './support.ts';

/**
 * The shopper's journey through the storefront, in a real browser against a freshly seeded server:
 * home → category → filters and sort → product → another condition; search with a typo; a 404;
 * keyboard access. Every page visited is checked with axe-core and saved under artifacts/e2e/.
 */

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

const path = (p: Page) => new URL(p.url()).pathname;
const query = (p: Page) => new URL(p.url()).searchParams;

const squash = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
/** Text content of one element, whitespace collapsed. */
const text = async (locator: Locator) => squash(await locator.textContent());
/** Text content of every matching element, whitespace collapsed. */
const texts = async (locator: Locator) => (await locator.allTextContents()).map(squash);

/** Open a fresh tab that records console/network problems. */
async function openPage() {
  const page = await context.newPage();
  return { page, ...watchPage(page) };
}

beforeAll(async () => {
  server = await startServer({ readyTimeoutMs: 120_000 });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: 'fr-FR',
    extraHTTPHeaders: { 'Accept-Language': 'fr-FR' },
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  await serveAxe(context);
});

afterAll(async () => {
  writeAxeReport('axe-storefront');
  await context?.close().catch(() => {});
  await browser?.close().catch(() => {});
  await server?.stop();
});

describe('storefront', () => {
  it('home → category → filters → product → another condition', async () => {
    const { page, problems } = await openPage();
    const a11y: string[] = [];

    // 1. `/` with Accept-Language fr-FR lands on the French storefront.
    const res = await page.goto('/');
    expect(res?.status()).toBe(200);
    expect(path(page)).toBe('/fr-fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr-FR');
    const categories = page.getByRole('region', { name: 'Acheter par catégorie' });
    const bestsellers = page.getByRole('region', { name: 'Meilleures ventes' });
    await categories.waitFor();
    await bestsellers.waitFor();
    expect(await categories.locator('ul.categories > li').count()).toBeGreaterThan(0);
    expect(await bestsellers.locator('li.card').count()).toBeGreaterThan(0);
    await bestsellers.locator('li.card').first().waitFor();
    await screenshot(page, '01-home');
    a11y.push(...(await checkA11y(page, 'home')));

    // 2. The Smartphones category.
    await categories.getByRole('link', { name: /^Smartphones\b/ }).click();
    await page.waitForURL((u) => u.pathname === '/fr-fr/c/smartphones');
    await page.getByRole('heading', { level: 1, name: 'Smartphones' }).waitFor();
    const status = page.getByRole('status');
    const totalBefore = minorUnits(await text(status));
    expect(totalBefore).toBeGreaterThan(0);
    await screenshot(page, '02-category');
    a11y.push(...(await checkA11y(page, 'category')));

    // 3. Filter Apple + a condition, sort by price ascending, apply.
    const filters = page.getByRole('form', { name: 'Filtres' });
    await filters
      .getByRole('group', { name: 'Marque' })
      .getByLabel(/^Apple\b/)
      .check();
    const conditions = filters.getByRole('group', { name: 'État' });
    const excellent = conditions.getByLabel(/^Parfait état/);
    const condition = (await excellent.count()) > 0 ? excellent : conditions.getByRole('checkbox').first();
    const conditionValue = await condition.getAttribute('value');
    await condition.check();
    await filters.getByLabel('Trier par').selectOption({ label: 'Prix croissant' });
    await filters.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'price_asc');
    const q = query(page);
    expect(q.getAll('brand')).toEqual(['Apple']);
    expect(q.getAll('grade')).toEqual([conditionValue]);
    // The form reflects what was applied.
    expect(
      await filters
        .getByRole('group', { name: 'Marque' })
        .getByLabel(/^Apple\b/)
        .isChecked(),
    ).toBe(true);
    expect(await filters.locator(`input[name="grade"][value="${conditionValue}"]`).isChecked()).toBe(true);
    expect(await filters.getByLabel('Trier par').inputValue()).toBe('price_asc');

    const totalAfter = minorUnits(await text(status));
    expect(totalAfter).toBeGreaterThan(0);
    expect(totalAfter).toBeLessThanOrEqual(totalBefore);
    const cards = page.locator('section.results li.card');
    expect(await cards.count()).toBeGreaterThan(0);
    const prices = (await texts(cards.locator('.card-price'))).map(minorUnits);
    expect(prices.length).toBe(await cards.count());
    expect(prices).toEqual([...prices].sort((a, b) => a - b));

    // Every card is an Apple product (the card shows only the name: ask the API for the brand).
    const hrefs = await cards
      .locator('a.card-link')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    const brands = await Promise.all(
      hrefs.map(async (href) => {
        const slug = (href.split('/p/')[1] ?? '').split('?')[0] ?? '';
        const r = await page.request.get(`/api/v1/products/${encodeURIComponent(slug)}?market=fr-fr`);
        expect(r.status(), `GET product ${slug}`).toBe(200);
        return `${slug}: ${((await r.json()) as { brand: string }).brand}`;
      }),
    );
    expect(brands.filter((b) => !b.endsWith(': Apple'))).toEqual([]);
    await screenshot(page, '03-category-filtered');
    a11y.push(...(await checkA11y(page, 'category (filtered)')));

    // 4. The first product card.
    const first = cards.first();
    const firstName = await text(first.locator('.card-name'));
    await first.getByRole('link', { name: firstName }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/fr-fr/p/'));
    await page.getByRole('heading', { level: 1, name: firstName }).waitFor();
    await screenshot(page, '04-product');
    a11y.push(...(await checkA11y(page, 'product')));

    // 5. The grade selector: pick another available condition. If this product offers only one,
    // go on to the next card of the filtered listing (still Apple, still sorted).
    const selector = page.getByRole('navigation', { name: 'Choisissez un état' });
    let others = selector.locator('a.grade:not(.is-selected):not(.is-unavailable)');
    for (let i = 1; (await others.count()) === 0 && i < hrefs.length; i++) {
      await page.goto(hrefs[i]!);
      others = selector.locator('a.grade:not(.is-selected):not(.is-unavailable)');
    }
    expect(await others.count(), 'a product with more than one condition on offer').toBeGreaterThan(0);
    const grades = selector.locator('ul.grades a.grade');
    expect(await grades.count()).toBeGreaterThanOrEqual(4);
    for (const g of await texts(grades)) expect(g).toMatch(/\d,\d\d\s€|Indisponible/);
    const before = selector.locator('a.grade.is-selected');
    expect(await before.count()).toBe(1);
    const beforeName = await text(before.locator('.grade-name'));
    const target = others.first();
    const targetName = await text(target.locator('.grade-name'));
    const targetPrice = await text(target.locator('.grade-price'));
    const targetGrade = new URL((await target.getAttribute('href'))!, server.baseUrl).searchParams.get(
      'grade',
    );
    await target.click();
    await page.waitForURL((u) => u.searchParams.get('grade') === targetGrade);
    expect(page.url()).toContain('?grade=');

    const after = selector.locator('a.grade.is-selected');
    expect(await after.count()).toBe(1);
    const afterName = await text(after.locator('.grade-name'));
    expect(afterName).toBe(targetName);
    expect(afterName).not.toBe(beforeName);
    expect(await after.getAttribute('aria-current')).toBe('true');

    // The winning offer of that condition.
    const winnerPrice = page.locator('#winner-price');
    await winnerPrice.waitFor();
    const price = await text(winnerPrice);
    expect(price).toMatch(/^\d[\d\s\u202f\u00a0]*,\d\d\s€$/);
    expect(price).toBe(targetPrice);
    const winner = page.locator('section.winner');
    const facts = await texts(winner.locator('ul.facts > li'));
    expect(facts.find((f) => f.startsWith('Vendu par '))).toBeTruthy();
    expect(
      await winner
        .getByText(/^Vendu par /)
        .getByRole('link')
        .count(),
    ).toBe(1);
    expect(facts.some((f) => /^Garantie \d+ mois$/.test(f))).toBe(true);
    expect(facts.some((f) => /^(Livraison gratuite|Livraison \d[\d\s]*,\d\d\s€) · \d+ jours?$/.test(f))).toBe(
      true,
    );

    const otherOffers = page.getByRole('region', { name: 'Autres offres dans cet état' });
    await otherOffers.waitFor();
    const rows = await otherOffers.locator('table.offers tbody tr').count();
    const none = await otherOffers.getByText('Aucun autre vendeur ne propose cet état.').count();
    expect(rows + none).toBeGreaterThan(0);

    const trader = page.getByRole('region', { name: 'Informations sur le vendeur' });
    await trader.waitFor();
    const legalName = trader
      .locator('dt', { hasText: 'Raison sociale' })
      .locator('xpath=following-sibling::dd[1]');
    expect((await text(legalName)).length).toBeGreaterThan(0);
    for (const label of ['Adresse', 'Registre du commerce', 'Contact']) {
      expect(await trader.locator('dt', { hasText: label }).count(), label).toBe(1);
    }
    await screenshot(page, '05-product-other-grade');
    a11y.push(...(await checkA11y(page, 'product (other condition)')));

    await page.close();
    assertNoProblems('Browser problems', problems);
    assertNoProblems('Blocking accessibility violations (critical/serious)', a11y);
  });

  it('search tolerates a typo', async () => {
    const { page, problems } = await openPage();
    await page.goto('/fr-fr');
    const box = page.getByRole('search').getByLabel('Rechercher un appareil');
    await box.fill('iphnoe 13');
    await box.press('Enter');
    await page.waitForURL((u) => u.pathname === '/fr-fr/search' && u.searchParams.get('q') === 'iphnoe 13');
    await page.getByRole('heading', { level: 1, name: 'Résultats pour « iphnoe 13 »' }).waitFor();
    await page.getByText('Résultats affichés pour « iphone 13 »').waitFor();
    expect(await page.getByRole('search').getByLabel('Rechercher un appareil').inputValue()).toBe(
      'iphnoe 13',
    );
    const names = await texts(page.locator('section.results li.card .card-name'));
    expect(names.length).toBeGreaterThan(0);
    expect(names[0]).toMatch(/iPhone 13/i);
    await screenshot(page, '06-search-typo');
    const a11y = await checkA11y(page, 'search');
    await page.close();
    assertNoProblems('Browser problems', problems);
    assertNoProblems('Blocking accessibility violations (critical/serious)', a11y);
  });

  it('an unknown product answers 404 inside the layout', async () => {
    const { page, problems, expect404 } = await openPage();
    const url = new URL('/fr-fr/p/does-not-exist', server.baseUrl).toString();
    expect404(url);
    const res = await page.goto(url);
    expect(res?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Nous n’avons pas trouvé cette page.' }).waitFor();
    expect(await page.getByRole('search').getByLabel('Rechercher un appareil').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Retour à l’accueil' }).getAttribute('href')).toBe('/fr-fr');
    expect(await page.locator('footer.site-footer').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('fr-FR');
    await screenshot(page, '07-not-found');
    const a11y = await checkA11y(page, 'not found');
    await page.close();
    assertNoProblems('Browser problems', problems);
    assertNoProblems('Blocking accessibility violations (critical/serious)', a11y);
  });

  it('the first Tab stop is "Skip to content", which moves focus to the main content', async () => {
    const { page, problems } = await openPage();
    await page.goto('/fr-fr');
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const el = (
          globalThis as unknown as {
            document: { activeElement: { tagName: string; id: string; textContent: string | null } | null };
          }
        ).document.activeElement;
        return el ? { tag: el.tagName, id: el.id, text: (el.textContent ?? '').trim() } : null;
      });
    expect(await focused()).toMatchObject({ tag: 'A', text: 'Aller au contenu' });
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    expect(await skip.isVisible()).toBe(true);
    await screenshot(page, '08-skip-link-focused');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash === '#main');
    expect(await focused()).toMatchObject({ tag: 'MAIN', id: 'main' });
    await page.close();
    assertNoProblems('Browser problems', problems);
  });
});
