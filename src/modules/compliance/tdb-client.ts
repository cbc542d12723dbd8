/**
 * The DSA Transparency Database's API (Art. 24(5)), behind an interface: `http` posts to the
 * database with its bearer token (there is no official SDK: plain fetch, JSON), `local` (no
 * credentials: development, demos, an installation not yet onboarded by its Digital Services
 * Coordinator) writes each statement to the log. Chosen by TDB_API_URL and TDB_API_TOKEN.
 */
import type { TConfig } from '../../config.ts';
import type { Logger } from '../../platform/logger.ts';
import type { TdbStatement } from './tdb.rules.ts';

export type TdbSubmission =
  /** 201: every statement stored; the database's uuid of each, by puid (when it said). */
  | { kind: 'stored'; uuids: Record<string, string> }
  /** 422: nothing stored; the errors by field (`statements.3.category`), as the database wrote them. */
  | { kind: 'rejected'; message: string; errors: Record<string, string[]> }
  /** Anything else (5xx, 401, network): nothing stored, try again later. */
  | { kind: 'failed'; status: number | null; message: string }
  /** The local adapter: written to the log, not submitted. */
  | { kind: 'logged' };

export interface TdbClient {
  /** 'tdb' submits to the database; 'local' only logs. */
  readonly name: 'tdb' | 'local';
  /** Submit up to 100 statements in one call of `POST /api/v1/statements`. */
  submit(statements: readonly TdbStatement[]): Promise<TdbSubmission>;
}

export function createHttpTdbClient(a: {
  baseUrl: string;
  token: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}): TdbClient {
  const url = `${a.baseUrl.replace(/\/$/, '')}/api/v1/statements`;
  const doFetch = a.fetch ?? fetch;
  return {
    name: 'tdb',
    async submit(statements) {
      let res: Response;
      try {
        res = await doFetch(url, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${a.token}`,
            Accept: 'application/json',
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ statements }),
          signal: AbortSignal.timeout(a.timeoutMs ?? 30_000),
        });
      } catch (err) {
        return { kind: 'failed', status: null, message: (err as Error).message };
      }
      const text = await res.text().catch(() => '');
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {}
      if (res.status === 201) {
        const uuids: Record<string, string> = {};
        const stored = (body as { statements?: Array<{ puid?: string; uuid?: string }> } | null)?.statements;
        for (const s of Array.isArray(stored) ? stored : [])
          if (typeof s?.puid === 'string' && typeof s.uuid === 'string') uuids[s.puid] = s.uuid;
        return { kind: 'stored', uuids };
      }
      if (res.status === 422) {
        const b = (body ?? {}) as { message?: unknown; errors?: unknown };
        const errors: Record<string, string[]> = {};
        if (b.errors && typeof b.errors === 'object')
          for (const [field, list] of Object.entries(b.errors as Record<string, unknown>))
            errors[field] = Array.isArray(list) ? list.map(String) : [String(list)];
        return {
          kind: 'rejected',
          message: typeof b.message === 'string' ? b.message : 'Unprocessable',
          errors,
        };
      }
      return { kind: 'failed', status: res.status, message: text.slice(0, 500) || res.statusText };
    },
  };
}

export function createLocalTdbClient(logger: Logger): TdbClient {
  return {
    name: 'local',
    async submit(statements) {
      for (const statement of statements)
        logger.info(
          { tdbStatement: statement },
          'DSA transparency database: statement logged, not submitted',
        );
      return { kind: 'logged' };
    },
  };
}

/** The database when TDB_API_URL and TDB_API_TOKEN are both set, else the log. */
export function createTdbClient(
  config: Pick<TConfig, 'TDB_API_URL' | 'TDB_API_TOKEN'>,
  logger: Logger,
): TdbClient {
  return config.TDB_API_URL && config.TDB_API_TOKEN
    ? createHttpTdbClient({ baseUrl: config.TDB_API_URL, token: config.TDB_API_TOKEN })
    : createLocalTdbClient(logger);
}
