import path from 'node:path';
import type { TConfig } from '../config.ts';
import type { CatalogReads } from '../modules/catalog/catalog-reads.ts';
import { createCatalogReads } from '../modules/catalog/catalog-reads.ts';
import {
  CachedSearchProvider,
  PostgresSearchProvider,
  type SearchProvider,
} from '../modules/catalog/search.ts';
import { createPaymentProvider } from '../modules/payments/create-payment-provider.ts';
import type { PaymentProvider } from '../modules/payments/payment-provider.ts';
import { type InsuranceProvider, LocalInsuranceProvider } from '../modules/pricing/insurance.rules.ts';
import { createReviewReads, type ReviewReads } from '../modules/reviews/review-reads.ts';
import { createTranslator, type Translator } from '../modules/reviews/translator.ts';
import { createLocalVatVerifier } from '../modules/tax/local-vat-verifier.ts';
import type { VatNumberVerifier } from '../modules/tax/vat-number-verifier.ts';
import { createViesVerifier } from '../modules/tax/vies-verifier.ts';
import type { CacheBus } from '../platform/cache-bus.ts';
import { openCacheBus } from '../platform/cache-bus-channels.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database, Db } from '../platform/db/client.ts';
import type { Logger } from '../platform/logger.ts';
import { createMailer, type Mailer } from '../platform/mail/mailer.ts';
import { deriveKey } from '../platform/security/keys.ts';
import { createLocalStorage, createMemoryStorage, type Storage } from '../platform/storage.ts';
import { localInsuranceRecords } from './local-insurance-records.ts';

/** What use cases and routes are given: built once in main.ts (or by a test). */
export type Deps = {
  config: TConfig;
  database: Database;
  db: Db;
  clock: Clock;
  logger: Logger;
  search: SearchProvider;
  reads: CatalogReads;
  /** Published reviews and seller ratings as pages and the public API read them (cached). */
  reviewReads: ReviewReads;
  mailer: Mailer;
  vatVerifier: VatNumberVerifier;
  payments: PaymentProvider;
  insurance: InsuranceProvider;
  /** Uploaded documents (seller ID documents, invoices). */
  storage: Storage;
  /** The server secret: used only through `deriveKey(secret, purpose)` (platform/security/keys.ts). */
  secret: string;
  /** Absolute URL of a site path, for emailed links. */
  siteUrl: (path: string) => string;
  /** Machine translation of reviews: DeepL with DEEPL_AUTH_KEY, else none (originals shown). */
  translator: Translator;
  /** Carries cache invalidations to the other processes (decision 0018); close it on shutdown. */
  cacheBus: CacheBus;
};

/** Wire the services every entry point (server, worker, CLI, tests) shares. */
export function assembleDeps(a: {
  config: TConfig;
  database: Database;
  clock: Clock;
  logger: Logger;
  secret: string;
}): Deps {
  const { config, database, clock } = a;
  const base = (config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`).replace(/\/$/, '');
  return {
    config,
    database,
    db: database.db,
    clock,
    logger: a.logger,
    search: new CachedSearchProvider(new PostgresSearchProvider(database), config.CATALOG_CACHE_TTL_MS),
    reads: createCatalogReads(database.db, config.CATALOG_CACHE_TTL_MS),
    reviewReads: createReviewReads(database.db, config.CATALOG_CACHE_TTL_MS),
    mailer: createMailer({ clock }),
    vatVerifier:
      config.VAT_VERIFIER === 'vies'
        ? createViesVerifier({ baseUrl: config.VIES_URL, clock })
        : createLocalVatVerifier({ clock }),
    payments: createPaymentProvider(
      {
        ...config,
        SANDBOX_WEBHOOK_SECRET:
          config.SANDBOX_WEBHOOK_SECRET ?? deriveKey(a.secret, 'sandbox-webhooks').toString('base64url'),
        PUBLIC_URL: base,
      },
      clock,
    ),
    insurance: new LocalInsuranceProvider({ records: localInsuranceRecords(database.db), clock }),
    storage:
      config.NODE_ENV === 'test'
        ? createMemoryStorage()
        : createLocalStorage(path.resolve(config.DATA_DIR, 'files')),
    secret: a.secret,
    siteUrl: (path) => `${base}${path}`,
    translator: createTranslator(config),
    cacheBus: openCacheBus({ database, redisUrl: config.REDIS_URL, logger: a.logger }),
  };
}
