export const OPERATOR_ROLES = ['support', 'moderator', 'compliance', 'admin'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];
export type SellerRole = 'owner' | 'staff';
export type BuyerType = 'consumer' | 'business';

/** Who is making a request, resolved once from the session cookie. */
export type Actor = {
  userId: number;
  sessionId: string;
  email: string;
  name: string;
  market: string;
  buyerType: BuyerType | null;
  emailVerified: boolean;
  sellers: ReadonlyMap<number, SellerRole>;
  operatorRoles: ReadonlySet<OperatorRole>;
  /** A terms or privacy version took effect that this user has not accepted yet. */
  pendingTerms: boolean;
};

export const isOperator = (a: Actor | null): boolean => !!a && a.operatorRoles.size > 0;
