export const OPERATOR_ROLES = ['support', 'moderator', 'compliance', 'admin'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];
export type SellerRole = 'owner' | 'staff';
/** What an owner may allow a staff member to do (owners may do all of it). */
export const SELLER_PERMISSIONS = ['manage_integrations'] as const;
export type SellerPermission = (typeof SELLER_PERMISSIONS)[number];
export type BuyerType = 'consumer' | 'business';

/** Who is making a request, resolved once from the session cookie. */
export type Actor = {
  userId: number;
  sessionId: string;
  email: string;
  name: string;
  market: string;
  /** The language chosen on the account (en, fr, …); null: the market's language. */
  language?: string | null;
  buyerType: BuyerType | null;
  emailVerified: boolean;
  sellers: ReadonlyMap<number, SellerRole>;
  /** Permissions granted to the user as staff, per seller (absent: none). */
  sellerPermissions?: ReadonlyMap<number, ReadonlySet<SellerPermission>>;
  operatorRoles: ReadonlySet<OperatorRole>;
  /** A terms or privacy version took effect that this user has not accepted yet. */
  pendingTerms: boolean;
  /** An admin without a second factor verified in this session: only its enrolment page is open. */
  needsSecondFactor?: boolean;
};

export const isOperator = (a: Actor | null): boolean => !!a && a.operatorRoles.size > 0;
