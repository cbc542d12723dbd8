import { and, eq, ne } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { statementsOfReasons } from '../accounts/accounts.schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { refreshBuybox } from '../offers/refresh-buybox.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import type { OnboardingDeps } from './onboarding.deps.ts';
import { findSeller, unpublishSellerOffers } from './onboarding.store.ts';
import {
  ALL_MARKETS_SCOPE,
  SELLER_MEASURES,
  SELLER_REDRESS,
  ZEndContractInputSchema,
} from './onboarding.types.ts';
import { onboardingEmails } from './onboarding-emails.ts';
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
      const [sor] = await tx
        .insert(statementsOfReasons)
        .values({
          subjectUserId,
          measure: SELLER_MEASURES.termination,
          territorialScope: ALL_MARKETS_SCOPE,
          endsAt: null,
          reasonCode: 'seller_contract_terminated',
          facts: `Seller #${seller.id} (${seller.name}): ${input.details}`,
          source: 'own_initiative',
          automatedDetection: false,
          automatedDecision: false,
          groundType: 'incompatible_terms',
          legalGround: null,
          contractualGround: 'Seller terms §12 — termination of the seller contract',
          explanation: input.details,
          redress: SELLER_REDRESS,
          decidedBy: a.operatorId,
          effectiveAt: now,
          createdAt: now,
        })
        .returning({ id: statementsOfReasons.id });
      statementId = sor!.id;
    }
    const updated = await tx
      .update(sellers)
      .set({ status: 'closed', retainTraderDataUntil })
      .where(and(eq(sellers.id, seller.id), ne(sellers.status, 'closed')))
      .returning({ id: sellers.id });
    if (updated.length === 0) throw new AppError('CONFLICT', 'This seller’s contract has already ended');
    const productIds = await unpublishSellerOffers(tx, seller.id, now);
    await refreshBuybox({ db: tx, productIds });
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
