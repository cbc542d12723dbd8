import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { findUser } from '../accounts/accounts.store.ts';
import { holdsPersonalData, type PersonalDataExport } from './personal-data-export.ts';
import { PERSONAL_DATA_EXPORTS } from './personal-data-exporters.ts';

/**
 * Everything Reloop holds about one person, module by module (GDPR Arts. 15 and 20): each module's
 * exporter reads its own data, so another person's rows never come in. Values are plain JSON
 * (dates as ISO 8601 strings). Read only: the caller records that it was handed over.
 */
export async function exportPersonalData(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: { userId: number },
): Promise<PersonalDataExport> {
  const user = await findUser(deps.db, input.userId);
  if (!user) throw new AppError('NOT_FOUND', 'No such account');
  // One snapshot, so an order and its payment, refunds and parcel agree; the exporters run one
  // after the other (a transaction runs one query at a time).
  const sections = await deps.db.transaction(
    async (tx) => {
      const out: PersonalDataExport['sections'] = {};
      for (const m of PERSONAL_DATA_EXPORTS.filter(holdsPersonalData)) {
        const datasets = await m.datasets(tx, user.id);
        out[m.module] = Object.fromEntries(
          Object.keys(m.describe).map((name) => [name, (datasets[name] ?? []).map(plainRow)]),
        );
      }
      return out;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return {
    generatedAt: deps.clock.now().toISOString(),
    subject: { userId: user.id, email: user.email },
    sections,
  };
}

function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)]));
}

function plainValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plainValue);
  if (v && typeof v === 'object') return plainRow(v as Record<string, unknown>);
  return v;
}
