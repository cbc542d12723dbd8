import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { reviewedProduct } from '../../../test/reviews-display.ts';
import { reviewTranslations } from './reviews.schema.ts';
import { translateReviews } from './translate-reviews.ts';
import { createDeeplTranslator, createTranslator, noTranslator } from './translator.ts';

/** A local server speaking DeepL's /v2/translate: "[target] text", and what it was asked. */
async function fakeDeepl(opts: { failFor?: string } = {}) {
  const calls: Array<{ auth: string | undefined; source: string | null; target: string; texts: string[] }> =
    [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const form = new URLSearchParams(body);
      const target = form.get('target_lang') ?? '';
      const texts = form.getAll('text');
      calls.push({ auth: req.headers.authorization, source: form.get('source_lang'), target, texts });
      if (req.url !== '/v2/translate' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      if (opts.failFor && target.toLowerCase().startsWith(opts.failFor)) {
        res
          .writeHead(400, { 'content-type': 'application/json' })
          .end(JSON.stringify({ message: 'Bad request' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          translations: texts.map((text) => ({
            detected_source_language: (form.get('source_lang') ?? 'EN').toUpperCase(),
            text: `[${target}] ${text}`,
            billed_characters: text.length,
          })),
        }),
      );
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, calls, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

describe('Translator adapters', () => {
  it('none translates nothing and is off; DEEPL_AUTH_KEY selects DeepL', async () => {
    expect(noTranslator.enabled).toBe(false);
    expect(await noTranslator.translate(['Bonjour'], 'fr', 'en')).toEqual(['Bonjour']);
    expect(createTranslator({}).name).toBe('none');
    expect(createTranslator({ DEEPL_AUTH_KEY: 'k:fx', DEEPL_SERVER_URL: 'http://127.0.0.1:9' }).name).toBe(
      'deepl',
    );
  });

  it('the DeepL adapter speaks the API through the official SDK: key, source, target, texts in order', async () => {
    const server = await fakeDeepl();
    try {
      const tr = createDeeplTranslator({ authKey: 'test-key:fx', serverUrl: server.url });
      expect(await tr.translate(['Très bon état', 'Batterie faible'], 'fr', 'en')).toEqual([
        '[en-GB] Très bon état',
        '[en-GB] Batterie faible',
      ]);
      expect(await tr.translate(['Gut'], 'de', 'sv')).toEqual(['[sv] Gut']);
      // A language DeepL does not take as a source: it detects it.
      await tr.translate(['Dobry'], 'xx', 'fr');
      expect(server.calls.map((c) => [c.auth, c.source, c.target])).toEqual([
        ['DeepL-Auth-Key test-key:fx', 'fr', 'en-GB'],
        ['DeepL-Auth-Key test-key:fx', 'de', 'sv'],
        ['DeepL-Auth-Key test-key:fx', null, 'fr'],
      ]);
      expect(await tr.translate([], 'fr', 'en')).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe.each(ENGINES)('translate-reviews job on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let ids: number[];
  let productId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 20, sellers: 4, offers: 80 });
    const r = await reviewedProduct(t, 'tr@example.com');
    productId = r.productId;
    ids = await r.add([
      { rating: 5, comment: 'Parfait.', language: 'fr' },
      { rating: 4, comment: 'Great.', language: 'en' },
      { rating: 2, comment: 'Removed.', language: 'fr', status: 'removed' },
    ]);
  });
  afterAll(async () => t?.close());

  it('does nothing without a real translator', async () => {
    expect(await translateReviews({ ...t.deps, translator: noTranslator })).toEqual({ translated: 0 });
  });

  it('stores a translation of each published review into each other shop language, once; retries what failed', async () => {
    const server = await fakeDeepl({ failFor: 'sv' });
    try {
      const translator = createDeeplTranslator({ authKey: 'k:fx', serverUrl: server.url });
      const first = await translateReviews({ ...t.deps, translator });
      // Two reviews × six other languages, less Swedish (failed): 2 × 5.
      expect(first.translated).toBe(10);
      const rows = await t.deps.db
        .select()
        .from(reviewTranslations)
        .where(eq(reviewTranslations.reviewId, ids[0]!));
      expect(rows.map((r) => r.language).sort()).toEqual(['de', 'en', 'es', 'it', 'nl']);
      expect(rows.find((r) => r.language === 'en')).toMatchObject({
        comment: '[en-GB] Parfait.',
        translator: 'deepl',
      });
      const removed = await t.deps.db
        .select()
        .from(reviewTranslations)
        .where(eq(reviewTranslations.reviewId, ids[2]!));
      expect(removed).toEqual([]);
      // One request per source and target language.
      expect(server.calls).toHaveLength(12);
    } finally {
      await server.close();
    }
    const healthy = await fakeDeepl();
    try {
      const translator = createDeeplTranslator({ authKey: 'k:fx', serverUrl: healthy.url });
      expect(await translateReviews({ ...t.deps, translator })).toEqual({ translated: 2 });
      expect(healthy.calls.map((c) => c.target)).toEqual(['sv', 'sv']);
      expect(await translateReviews({ ...t.deps, translator })).toEqual({ translated: 0 });
    } finally {
      await healthy.close();
    }
    // The reader sees it: in Swedish, the translation, marked as one, with the original beside it.
    const sv = await t.get(`/api/v1/products/${productId}/reviews?market=sv-se&sort=highest`);
    expect(sv.body.reviews[0]).toMatchObject({
      comment: '[sv] Parfait.',
      translated: true,
      language: 'fr',
      originalComment: 'Parfait.',
    });
  });
});
