import { and, eq, ne } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import type { OnboardingDeps } from './onboarding.deps.ts';
import { findSeller } from './onboarding.store.ts';
import { SELLER_REDRESS, ZEndContractInputSchema } from './onboarding.types.ts';
import { onboardingEmails } from './onboarding-emails.ts';
import { recordSellerStatement, withdrawSellerOffers } from './seller-measures.ts';
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
  const { emails, subjectUserId } = await noticeRecipients(deps.db, seller);
  const now = deps.clock.now();
  const retainTraderDataUntil = addMonthsUtc(now, TRADER_DATA_RETENTION_MONTHS);
  return deps.db.transaction(async (tx) => {
    let statementId: string | null = null;
    if (input.by === 'platform') {
      statementId = await recordSellerStatement(tx, {
        seller,
        subjectUserId,
        measure: 'termination',
        reasonCode: 'seller_contract_terminated',
        details: input.details,
        contractualGround: 'Seller terms §12 — termination of the seller contract',
        explanation: input.details,
        operatorId: a.operatorId,
        now,
      });
    }
    const updated = await tx
      .update(sellers)
      .set({ status: 'closed', retainTraderDataUntil })
      .where(and(eq(sellers.id, seller.id), ne(sellers.status, 'closed')))
      .returning({ id: sellers.id });
    if (updated.length === 0) throw new AppError('CONFLICT', 'This seller’s contract has already ended');
    await withdrawSellerOffers(tx, seller.id, now);
    await recordAudit(tx, {
      action: 'seller.contract_ended',
      at: now,
      actorUserId: a.operatorId,
      subjectUserId,
      details: { sellerId: seller.id },
    });
    for (const to of emails) {
      await deps.mailer.send(
        tx,
        onboardingEmails.contractEnded(to, {
          shopName: seller.name,
          date: now.toISOString().slice(0, 10),
          retainUntil: retainTraderDataUntil.toISOString().slice(0, 10),
          ...(statementId
            ? { statement: { id: statementId, details: input.details, redress: SELLER_REDRESS } }
            : {}),
        }),
      );
    }
    return { retainTraderDataUntil, statementId };
  });
}
