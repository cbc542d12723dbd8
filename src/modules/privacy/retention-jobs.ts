/**
 * Retention jobs (issue 16), on the injected clock:
 * - accounts (retention.rules.ts): an inactive account is warned by email 30 days before it is
 *   deactivated, deactivated on the announced day unless the person came back, and erased
 *   (`eraseAccount`, reason `retention`) 30 days later unless customer service reopened it; an
 *   account its owner closed is erased 30 days after the closure;
 * - trader data: a closed seller's contact and payment details and its applications' KYC are
 *   purged once its retention date (contract end + 6 months) has passed.
 */
import { eq } from 'drizzle-orm';
import type { Deps } from '../../app/deps.ts';
import { DAY_MS } from '../../platform/clock.ts';
import type { Job } from '../../platform/jobs.ts';
import { deactivateInactiveAccount } from '../accounts/deactivate-inactive-account.ts';
import { userLocale, userStorefront } from '../accounts/recipient-locale.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { forgetAuthenticatedKeys } from '../seller-api/api-keys.ts';
import { eraseApplicationsOfSeller } from '../seller-onboarding/seller-onboarding.data-erasure.ts';
import { eraseSellerTraderData, sellersDueForTraderDataPurge } from '../sellers/sellers.data-erasure.ts';
import {
  accountActivity,
  accountsClosedByOwnerBefore,
  inactiveAccountsSince,
  type RetentionAccount,
  retentionAccount,
} from './account-activity.read-model.ts';
import { eraseAccount } from './erase-account.ts';
import { erasureEligibility } from './erasure-eligibility.read-model.ts';
import { erasureEmails } from './erasure-emails.ts';
import { accountRetention } from './privacy-erasure.schema.ts';
import {
  ERASURE_DAYS_AFTER_DEACTIVATION,
  retentionStep,
  warningCandidatesBefore,
} from './retention.rules.ts';

type RetentionDeps = Pick<Deps, 'db' | 'clock' | 'storage' | 'mailer' | 'siteUrl'>;

const recipient = (a: RetentionAccount) => ({ email: a.email, locale: userLocale(a), name: a.name });

export async function applyAccountRetention(
  deps: RetentionDeps,
): Promise<{ warned: number; reset: number; deactivated: number; erased: number; closedErased: number }> {
  const now = deps.clock.now();
  const counts = { warned: 0, reset: 0, deactivated: 0, erased: 0, closedErased: 0 };
  const tracked = await deps.db.select().from(accountRetention).orderBy(accountRetention.userId);
  const forget = (userId: number) =>
    deps.db.delete(accountRetention).where(eq(accountRetention.userId, userId));
  for (const row of tracked) {
    const account = await retentionAccount(deps.db, row.userId);
    if (!account) continue;
    if (row.deactivatedAt && account.status === 'active') {
      // Customer service reopened it: the retention starts again from its new activity.
      await forget(row.userId);
      counts.reset += 1;
      continue;
    }
    const step = retentionStep({ ...(await accountActivity(deps.db, row.userId)), ...row, now });
    if (step.step === 'reset') {
      await forget(row.userId);
      counts.reset += 1;
    } else if (step.step === 'deactivate') {
      await deps.db.transaction(async (tx) => {
        if (!(await deactivateInactiveAccount({ db: tx, clock: deps.clock }, { userId: row.userId }))) return;
        await tx
          .update(accountRetention)
          .set({ deactivatedAt: now, updatedAt: now })
          .where(eq(accountRetention.userId, row.userId));
        await recordAudit(tx, {
          action: 'privacy.account_deactivated',
          at: now,
          subjectUserId: row.userId,
          details: { reason: 'inactivity' },
        });
        const eraseOn = new Date(now.getTime() + ERASURE_DAYS_AFTER_DEACTIVATION * DAY_MS);
        await deps.mailer.send(tx, erasureEmails.deactivated(recipient(account), { eraseOn }));
        counts.deactivated += 1;
      });
      forgetAuthenticatedKeys();
    } else if (step.step === 'erase') {
      const eligible = await erasureEligibility(deps.db, row.userId);
      if (!eligible.ok) continue;
      await eraseAccount(deps, { userId: row.userId, requestedBy: null, reason: 'retention' });
      counts.erased += 1;
    }
  }
  const known = new Set(tracked.map((r) => r.userId));
  for (const account of await inactiveAccountsSince(deps.db, warningCandidatesBefore(now))) {
    if (known.has(account.id)) continue;
    const step = retentionStep({
      ...(await accountActivity(deps.db, account.id)),
      warnedAt: null,
      deactivateOn: null,
      deactivatedAt: null,
      now,
    });
    if (step.step !== 'warn') continue;
    // An account that could not be erased (an owner of a running seller) is not warned either.
    if (!(await erasureEligibility(deps.db, account.id)).ok) continue;
    await deps.db.transaction(async (tx) => {
      await tx
        .insert(accountRetention)
        .values({ userId: account.id, warnedAt: now, deactivateOn: step.deactivateOn, updatedAt: now });
      await recordAudit(tx, {
        action: 'privacy.retention_warned',
        at: now,
        subjectUserId: account.id,
        details: { deactivateOn: step.deactivateOn.toISOString() },
      });
      await deps.mailer.send(
        tx,
        erasureEmails.inactivityWarning(recipient(account), {
          deactivateOn: step.deactivateOn,
          signInLink: deps.siteUrl(`/${userStorefront(account)}/sign-in`),
          eraseAfterDays: ERASURE_DAYS_AFTER_DEACTIVATION,
        }),
      );
    });
    counts.warned += 1;
  }
  const closedBound = new Date(now.getTime() - ERASURE_DAYS_AFTER_DEACTIVATION * DAY_MS);
  for (const account of await accountsClosedByOwnerBefore(deps.db, closedBound)) {
    if (!(await erasureEligibility(deps.db, account.id)).ok) continue;
    await eraseAccount(deps, { userId: account.id, requestedBy: null, reason: 'retention' });
    counts.closedErased += 1;
  }
  return counts;
}

/** Purge the trader data of closed sellers whose retention date has passed (DSA Art. 30(4)). */
export async function purgeTraderData(
  deps: Pick<Deps, 'db' | 'clock' | 'storage'>,
): Promise<{ sellers: number }> {
  const now = deps.clock.now();
  let done = 0;
  for (const seller of await sellersDueForTraderDataPurge(deps.db, now)) {
    await deps.db.transaction(async (tx) => {
      if (!(await eraseSellerTraderData(tx, { sellerId: seller.id }))) return;
      const applications = await eraseApplicationsOfSeller(
        { db: tx, storage: deps.storage },
        { sellerId: seller.id },
      );
      await recordAudit(tx, {
        action: 'privacy.trader_data_purged',
        at: now,
        details: { sellerId: seller.id, retainedUntil: seller.retainUntil.toISOString(), applications },
      });
      done += 1;
    });
  }
  return { sellers: done };
}

export const accountRetentionJob = (deps: Deps): Job => ({
  name: 'account-retention',
  everyMs: 6 * 60 * 60_000,
  run: () => applyAccountRetention(deps),
});

export const traderDataPurgeJob = (deps: Deps): Job => ({
  name: 'purge-trader-data',
  everyMs: 6 * 60 * 60_000,
  run: () => purgeTraderData(deps),
});
