import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const SIZE = { products: 4, sellers: 2, offers: 10 };

describe.each(ENGINES)('the en-XA pseudo-locale on %s', (engine) => {
  let dev: T;
  let prod: T;
  beforeAll(async () => {
    dev = await createTestApp(engine, SIZE, { DEV_TOOLS: 'true' });
    prod = await createTestApp(engine, SIZE);
  });
  afterAll(async () => {
    await dev?.close();
    await prod?.close();
  });

  it('renders the page in accented, bracketed English with ?locale=en-XA when the dev tools are on', async () => {
    const res = await dev.get('/fr-fr/search?q=iphone&locale=en-XA');
    expect(res.status).toBe(200);
    expect(res.text).toContain('[Ŕéšûļţš ƒöŕ “iphone”]');
    expect(res.text).toContain('[Šéàŕçĥ]');
    expect(res.text).not.toContain('Rechercher');
  });

  it('is not selectable without the dev tools: the market language stays', async () => {
    const res = await prod.get('/fr-fr/search?q=iphone&locale=en-XA');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('Ŕéšûļţš');
    expect(res.text).toContain('Résultats pour « iphone »');
  });

  it('translates the storefront into the market language', async () => {
    const fr = await prod.get('/fr-be/search?q=iphone');
    expect(fr.text).toContain('Résultats pour « iphone »');
    const sv = await prod.get('/sv-se/search?q=iphone');
    expect(sv.text).toContain('Resultat för ”iphone”');
    const gb = await prod.get('/en-gb/search?q=iphone');
    expect(gb.text).toContain('Results for “iphone”');
  });
});
