import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { endIntegrationsOf } from '../accounts/end-integrations-of.ts';
import { userLocale } from '../accounts/recipient-locale.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { forgetAuthenticatedKeys } from '../seller-api/api-keys.ts';
import { DATA_ERASERS } from './data-erasers.ts';
import type { ErasureDeps, HeldRecord } from './data-erasure.types.ts';
import { type ErasureRefusal, erasureEligibility } from './erasure-eligibility.read-model.ts';
import { erasureEmails } from './erasure-emails.ts';
import { buildErasureReport, type ErasureReport } from './erasure-report.ts';
import { saveErasure } from './privacy-erasure.store.ts';

export type { ErasureReport } from './erasure-report.ts';

export type EraseAccountInput = {
  userId: number;
  /** The person themselves, the operator working a request, or null for the retention job. */
  requestedBy: number | null;
  reason: 'own_request' | 'request_desk' | 'retention';
};

const REFUSALS: Record<ErasureRefusal, AppError> = {
  not_found: AppError.notFound('Account'),
  already_erased: new AppError('CONFLICT', 'This account has already been erased', [
    { field: 'userId', message: 'is already erased' },
  ]),
  operator: new AppError('NOT_ELIGIBLE', 'An operator’s account is erased once their roles are withdrawn', [
    { field: 'userId', message: 'has operator roles' },
  ]),
  seller_contract_running: new AppError(
    'NOT_ELIGIBLE',
    'The owner of a seller whose contract still runs cannot be erased: end the seller contract first',
    [{ field: 'userId', message: 'owns a seller whose contract runs' }],
  ),
};

/** The refusal of an erasure as an error with a stable code (409 already erased, 422 not eligible, 404). */
export function erasureRefusalError(refusal: ErasureRefusal): AppError {
  const e = REFUSALS[refusal];
  return new AppError(e.code, e.message, e.fields);
}

/**
 * Erase a person's account (GDPR Art. 17): in one transaction every module deletes or anonymises
 * what it holds about them except what a legal hold keeps (recorded with its reason and end in
 * `legal_holds`), the person is signed out everywhere (sessions deleted, API keys revoked), the
 * report is stored and emailed to the address before it is anonymised, in their language.
 * Refused (AppError, see `erasureEligibility`) for operators, owners of a running seller, and
 * an account already erased; callers that prefer a typed answer ask `erasureEligibility` first.
 */
export async function eraseAccount(
  deps: Pick<Deps, 'db' | 'clock' | 'storage' | 'mailer'>,
  input: EraseAccountInput,
): Promise<ErasureReport> {
  const check = await erasureEligibility(deps.db, input.userId);
  if (!check.ok) throw erasureRefusalError(check.refusal);
  const { subject } = check;
  const now = deps.clock.now();
  const filesToDelete: string[] = [];
  const report = await deps.db.transaction(async (tx) => {
    // Files go once the erasure has committed: a rolled-back erasure keeps them.
    const storage = {
      put: (key: string, bytes: Uint8Array, type: string) => deps.storage.put(key, bytes, type),
      get: (key: string) => deps.storage.get(key),
      delete: async (key: string) => void filesToDelete.push(key),
    };
    const d: ErasureDeps = { db: tx, clock: deps.clock, storage };
    await endIntegrationsOf(
      { db: tx, clock: deps.clock },
      { userId: subject.id, actorUserId: input.requestedBy ?? subject.id },
    );
    const outcomes = [];
    const holds: Array<HeldRecord & { module: string }> = [];
    for (const eraser of DATA_ERASERS) {
      const outcome = await eraser.erase(d, { userId: subject.id, email: subject.email, now });
      outcomes.push({ module: eraser.module, outcome });
      holds.push(...outcome.held.map((h) => ({ ...h, module: eraser.module })));
    }
    const built = buildErasureReport(subject.id, now, outcomes);
    await saveErasure(tx, {
      report: built,
      requestedBy: input.requestedBy,
      reason: input.reason,
      holds,
      now,
    });
    await recordAudit(tx, {
      action: 'privacy.account_erased',
      at: now,
      actorUserId: input.requestedBy,
      subjectUserId: subject.id,
      details: {
        reason: input.reason,
        deleted: built.deleted.reduce((n, r) => n + r.count, 0),
        anonymised: built.anonymised.reduce((n, r) => n + r.count, 0),
        held: built.held.reduce((n, r) => n + r.count, 0),
      },
    });
    await deps.mailer.send(
      tx,
      erasureEmails.report({ email: subject.email, locale: userLocale(subject), name: subject.name }, built),
    );
    return built;
  });
  forgetAuthenticatedKeys();
  for (const key of filesToDelete) await deps.storage.delete(key);
  return report;
}
