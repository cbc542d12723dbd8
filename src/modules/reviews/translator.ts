/**
 * Machine translation of review comments. `none` (the embedded default) translates nothing:
 * readers see the originals. `deepl` uses DeepL through its official SDK (deepl-node), selected by
 * DEEPL_AUTH_KEY (app/deps.ts). Each review's language is detected locally at submission; the
 * translations are stored (review_translations) by the translate-reviews job.
 */
import * as deepl from 'deepl-node';

export interface Translator {
  /** Stored beside each translation (`review_translations.translator`). */
  readonly name: string;
  /** False: nothing is translated and the job does not run. */
  readonly enabled: boolean;
  /** Translate each text from `from` (a primary language tag, e.g. `fr`) into `to`; same order. */
  translate(texts: readonly string[], from: string, to: string): Promise<string[]>;
}

export const noTranslator: Translator = {
  name: 'none',
  enabled: false,
  translate: async (texts) => [...texts],
};

/** DeepL's target codes for the shop languages (English needs a variant). */
const DEEPL_TARGET: Record<string, deepl.TargetLanguageCode> = {
  en: 'en-GB',
  fr: 'fr',
  de: 'de',
  nl: 'nl',
  sv: 'sv',
  es: 'es',
  it: 'it',
};

/** Source languages DeepL accepts; for any other the SDK asks DeepL to detect it. */
const DEEPL_SOURCES = new Set([
  'ar',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'nb',
  'nl',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sv',
  'tr',
  'uk',
  'zh',
]);

export function createDeeplTranslator(o: { authKey: string; serverUrl?: string | undefined }): Translator {
  const client = new deepl.Translator(o.authKey, {
    ...(o.serverUrl ? { serverUrl: o.serverUrl } : {}),
    maxRetries: 2,
    minTimeout: 5_000,
    sendPlatformInfo: false,
    appInfo: { appName: 'reloop-reviews', appVersion: '1' },
  });
  return {
    name: 'deepl',
    enabled: true,
    async translate(texts, from, to) {
      const target = DEEPL_TARGET[to];
      if (!target) throw new Error(`No DeepL target language for "${to}"`);
      if (texts.length === 0) return [];
      const source = DEEPL_SOURCES.has(from) ? (from as deepl.SourceLanguageCode) : null;
      const results = await client.translateText([...texts], source, target);
      return results.map((r) => r.text);
    },
  };
}

export function createTranslator(config: {
  DEEPL_AUTH_KEY?: string | undefined;
  DEEPL_SERVER_URL?: string | undefined;
}): Translator {
  return config.DEEPL_AUTH_KEY
    ? createDeeplTranslator({ authKey: config.DEEPL_AUTH_KEY, serverUrl: config.DEEPL_SERVER_URL })
    : noTranslator;
}
