import type { TConfig } from '../config.ts';
import type { CatalogReads } from '../modules/catalog/catalog-reads.ts';
import type { SearchProvider } from '../modules/catalog/search.ts';
import type { Clock } from './clock.ts';
import type { Database, Db } from './db/client.ts';
import type { Logger } from './logger.ts';

/** What use cases and routes are given: built once in main.ts (or by a test). */
export type Deps = {
  config: TConfig;
  database: Database;
  db: Db;
  clock: Clock;
  logger: Logger;
  search: SearchProvider;
  reads: CatalogReads;
};
