import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { LANGUAGES } from '../../platform/i18n.ts';
import type { Job } from '../../platform/jobs.ts';
import type { Logger } from '../../platform/logger.ts';
import { reviews, reviewTranslations } from './reviews.schema.ts';
import type { Translator } from './translator.ts';

export const TRANSLATE_BATCH = 50;

/**
 * Translate published reviews into every shop language they are not written in, when a real
 * translator is configured (none: nothing to do, the originals are shown). Oldest first, a batch
 * a run, one call per source and target language; what fails is retried on the next run.
 */
export async function translateReviews(
  deps: { db: Db; clock: Clock; translator: Translator; logger?: Logger },
  input: { languages?: readonly string[]; batch?: number } = {},
): Promise<{ translated: number }> {
  const { db, translator } = deps;
  if (!translator.enabled) return { translated: 0 };
  const languages = input.languages ?? LANGUAGES;
  const wanted = sql`array[${sql.join(
    languages.map((l) => sql`${l}`),
    sql`, `,
  )}]::text[]`;
  const due = await db
    .select({ id: reviews.id, comment: reviews.comment, language: reviews.language })
    .from(reviews)
    .where(
      and(
        eq(reviews.status, 'published'),
        sql`exists (select 1 from unnest(${wanted}) as l(code) where l.code <> ${reviews.language}
          and not exists (select 1 from review_translations t where t.review_id = ${reviews.id} and t.language = l.code))`,
      ),
    )
    .orderBy(asc(reviews.id))
    .limit(input.batch ?? TRANSLATE_BATCH);
  if (due.length === 0) return { translated: 0 };
  const have = await db
    .select({ reviewId: reviewTranslations.reviewId, language: reviewTranslations.language })
    .from(reviewTranslations)
    .where(
      inArray(
        reviewTranslations.reviewId,
        due.map((r) => r.id),
      ),
    );
  const done = new Set(have.map((h) => `${h.reviewId}|${h.language}`));
  // One request per (source, target): DeepL takes many texts at once.
  const groups = new Map<string, { from: string; to: string; items: typeof due }>();
  for (const r of due)
    for (const to of languages) {
      if (to === r.language || done.has(`${r.id}|${to}`)) continue;
      const key = `${r.language}|${to}`;
      const g = groups.get(key) ?? { from: r.language, to, items: [] };
      g.items.push(r);
      groups.set(key, g);
    }
  let translated = 0;
  for (const g of groups.values()) {
    let texts: string[];
    try {
      texts = await translator.translate(
        g.items.map((r) => r.comment),
        g.from,
        g.to,
      );
    } catch (e) {
      deps.logger?.warn({ err: e, from: g.from, to: g.to }, 'review translation failed; retried next run');
      continue;
    }
    const now = deps.clock.now();
    await db
      .insert(reviewTranslations)
      .values(
        g.items.map((r, i) => ({
          reviewId: r.id,
          language: g.to,
          comment: texts[i] ?? r.comment,
          translator: translator.name,
          translatedAt: now,
        })),
      )
      .onConflictDoNothing();
    translated += g.items.length;
  }
  return { translated };
}

export const translateReviewsJob = (deps: {
  db: Db;
  clock: Clock;
  translator: Translator;
  logger: Logger;
}): Job => ({
  name: 'translate-reviews',
  everyMs: 5 * 60_000,
  run: () => translateReviews(deps),
});
