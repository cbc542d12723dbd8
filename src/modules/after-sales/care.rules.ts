/**
 * "Get help" care folders, pure rules (issue 14). A buyer opens a folder on an order line; the
 * seller, who is responsible for after-sales, answers; customer service (operators) may step in.
 * Whose turn it is follows the last message; a message on a closed folder reopens it. Response
 * targets are in business days of the buyer's market.
 */
import { addBusinessDays, type Day } from '../../platform/calendar.ts';

export const FOLDER_STATUSES = [
  'awaiting_seller',
  'awaiting_buyer',
  'with_customer_service',
  'closed',
] as const;
export type FolderStatus = (typeof FOLDER_STATUSES)[number];
export type Party = 'buyer' | 'seller' | 'operator';

/** The seller answers a buyer within two business days; customer service within one. */
export const SELLER_RESPONSE_BUSINESS_DAYS = 2;
export const SERVICE_RESPONSE_BUSINESS_DAYS = 1;

export const MAX_ATTACHMENTS_PER_FOLDER = 10;
export const MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024;
export const MAX_MESSAGE_LENGTH = 5_000;

/** The folder's status after a message from `party` (operators' internal notes change nothing). */
export function statusAfterMessage(
  current: FolderStatus,
  party: Party,
  o: { escalated: boolean; internal?: boolean },
): FolderStatus {
  if (o.internal) return current;
  switch (party) {
    case 'buyer':
      return o.escalated ? 'with_customer_service' : 'awaiting_seller';
    case 'seller':
      return 'awaiting_buyer';
    case 'operator':
      return current === 'closed'
        ? 'with_customer_service'
        : current === 'with_customer_service'
          ? 'awaiting_buyer'
          : current;
  }
}

/** Who must answer next, and by which day; nobody on a closed folder or one waiting for the buyer. */
export function responseDue(
  status: FolderStatus,
  since: Day,
  country: string,
): { party: 'seller' | 'operator'; by: Day } | null {
  if (status === 'awaiting_seller')
    return { party: 'seller', by: addBusinessDays(since, SELLER_RESPONSE_BUSINESS_DAYS, country) };
  if (status === 'with_customer_service')
    return { party: 'operator', by: addBusinessDays(since, SERVICE_RESPONSE_BUSINESS_DAYS, country) };
  return null;
}

/** Overdue: the answer is due before today. */
export const isOverdue = (due: { by: Day } | null, today: Day): boolean => !!due && today > due.by;

/** Who may write in a folder: its buyer, its seller's team, and operators. */
export function partyOf(
  folder: { buyerUserId: number | null; sellerId: number },
  actor: { userId: number | null; sellers: ReadonlyMap<number, unknown>; operator: boolean },
): Party | null {
  if (folder.buyerUserId !== null && actor.userId === folder.buyerUserId) return 'buyer';
  if (actor.sellers.has(folder.sellerId)) return 'seller';
  if (actor.operator) return 'operator';
  return null;
}
