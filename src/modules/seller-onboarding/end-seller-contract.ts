import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { readerStorefront } from '../accounts/recipient-locale.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { complaintPath } from '../compliance/dsa-links.ts';
import { withdrawSellerOffers } from '../offers/withdraw-seller-offers.ts';
import { markSellerClosed } from '../sellers/mark-seller-closed.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import type { OnboardingDeps } from './onboarding.deps.ts';
import { ZEndContractInputSchema } from './onboarding.types.ts';
import { onboardingEmails } from './onboarding-emails.ts';
import { recordSellerStatement } from './seller-measures.ts';
import { noticeRecipients } from './seller-notices.ts';

/** The same day `months` calendar months later (UTC), or that month's last day: 31 Aug + 6 → 28/29 Feb. */
export function addMonthsUtc(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(d);
  out.setUTCFullYear(y, m, Math.min(d.getUTCDate(), last));
  return out;
}

/** DSA Art. 30(4): trader data is kept for the contract's duration and six months after it. */
export const TRADER_DATA_RETENTION_MONTHS = 6;

/**
 * The seller contract ends (at the seller's request or by the platform): the seller is closed,
 * its offers unpublished, and its trader data kept until six months later. When the platform ends
 * it, that is a termination of the service and gets a statement of reasons (DSA Art. 17).
 */
export async function endSellerContract(
  deps: OnboardingDeps,
  a: { operatorId: number; sellerId: number; input: unknown },
): Promise<{ retainTraderDataUntil: Date; statementId: string | null }> {
  const input = parseOrThrow(ZEndContractInputSchema, a.input);
  const seller = await findSeller(deps.db, a.sellerId);
  if (!seller) throw AppError.notFound('Seller');
  if (seller.status === 'closed') throw new AppError('CONFLICT', 'This seller’s contract has already ended');
  const { recipients, subjectUserId } = await noticeRecipients(deps.db, seller);
  const now = deps.clock.now();
  const retainTraderDataUntil = addMonthsUtc(now, TRADER_DATA_RETENTION_MONTHS);
  return deps.db.transaction(async (tx) => {
    let statement: { id: string; redress: string } | null = null;
    if (input.by === 'platform') {
      statement = await recordSellerStatement(
        { db: tx, clock: deps.clock },
        {
          seller,
          subjectUserId,
          measure: 'termination',
          reasonCode: 'seller_contract_terminated',
          details: input.details,
          contractualGround: 'Seller terms §12 — termination of the seller contract',
          explanation: input.details,
          operatorId: a.operatorId,
          now,
        },
      );
    }
    const statementId = statement?.id ?? null;
    if (!(await markSellerClosed({ db: tx }, { sellerId: seller.id, retainTraderDataUntil })))
      throw new AppError('CONFLICT', 'This seller’s contract has already ended');
    await withdrawSellerOffers({ db: tx, clock: deps.clock }, { sellerId: seller.id });
    await recordAudit(tx, {
      action: 'seller.contract_ended',
      at: now,
      actorUserId: a.operatorId,
      subjectUserId,
      details: { sellerId: seller.id, by: input.by },
      before: { status: seller.status, retainTraderDataUntil: seller.retainTraderDataUntil },
      after: { status: 'closed', retainTraderDataUntil, statementId },
    });
    for (const to of recipients) {
      await deps.mailer.send(
        tx,
        onboardingEmails.contractEnded(to.locale, to.email, {
          shopName: seller.name,
          date: now,
          retainUntil: retainTraderDataUntil,
          ...(statement
            ? {
                statement: {
                  id: statement.id,
                  details: input.details,
                  complaintLink: deps.siteUrl(
                    complaintPath(readerStorefront(to.locale, seller.country), statement.id),
                  ),
                },
              }
            : {}),
        }),
      );
    }
    return { retainTraderDataUntil, statementId };
  });
}
