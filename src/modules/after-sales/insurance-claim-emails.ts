/**
 * The buyer's emails about an insurance claim (issue 14), in their locale: when it is filed and
 * at each answer of the insurer (accepted with repair, replacement or payout; refused with the
 * reason; settled). Sent through the outbox in the transaction that records the step.
 */
import { mailText } from '../../platform/mail/mail-text.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { InsuranceCover } from '../pricing/insurance.rules.ts';
import type {
  InsuranceClaimOutcome,
  InsuranceClaimStatus,
  InsuranceRefusal,
} from '../pricing/insurance-claims.rules.ts';
import type { ItemFacts, Recipient } from './after-sales-emails.ts';

type ClaimFacts = ItemFacts & { claimRef: string; policyRef: string; cover: InsuranceCover };

export const insuranceClaimEmails = {
  /** The claim reached the insurer: its reference, and what happens next. */
  filed(to: Recipient, a: ClaimFacts): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: 'after-sales.insurance-claim-filed',
      subject: m.t('mail.insuranceClaim.filed.subject', { claimRef: a.claimRef }),
      text: `${m.t('mail.insuranceClaim.filed.body', {
        orderId: String(a.orderId),
        product: a.product,
        claimRef: a.claimRef,
        policyRef: a.policyRef,
        cover: a.cover,
        link: a.link,
      })}${m.sign}`,
    };
  },

  /** The insurer answered: accepted (and how), refused (and why), or settled. */
  statusChanged(
    to: Recipient,
    a: ClaimFacts & {
      status: Exclude<InsuranceClaimStatus, 'under_review'>;
      outcome: InsuranceClaimOutcome | null;
      refusal: InsuranceRefusal | null;
    },
  ): MailMessage {
    const m = mailText(to.locale);
    return {
      to: to.email,
      template: `after-sales.insurance-claim-${a.status}`,
      subject: m.t('mail.insuranceClaim.status.subject', { claimRef: a.claimRef, status: a.status }),
      text: `${m.t('mail.insuranceClaim.status.body', {
        orderId: String(a.orderId),
        product: a.product,
        claimRef: a.claimRef,
        status: a.status,
        outcome: a.outcome ?? 'none',
        refusal: a.refusal ?? 'none',
        link: a.link,
      })}${m.sign}`,
    };
  },
};
