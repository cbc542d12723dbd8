import { z } from 'zod';
import type { AccountsDeps } from '../accounts/accounts.deps.ts';
import { ZEmailSchema, ZPasswordSchema } from '../accounts/accounts.types.ts';

/** What the team use cases need (a subset of Deps, like AccountsDeps). */
export type SellerTeamDeps = Pick<AccountsDeps, 'db' | 'clock' | 'mailer' | 'siteUrl'>;

export const TEAM_ROLES = ['staff', 'owner'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** The owner's form: an email and the role it gets (staff unless the owner chooses owner). */
export const ZTeamInviteInputSchema = z.strictObject({
  email: ZEmailSchema,
  role: z.enum(TEAM_ROLES, { error: 'must be staff or owner' }).default('staff'),
});

/** The invitee's form, when the invitation creates their account. */
export const ZInvitationAcceptInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  password: ZPasswordSchema,
  acceptTerms: z.union([z.literal(true), z.literal('on'), z.literal('true')], {
    error: 'must be accepted to continue',
  }),
});

/** What an invitation token carries in `auth_tokens.data`. */
export type InvitationData = { sellerId: number; role: TeamRole; invitedBy: number };

export const INVITATION_INVALID =
  'This invitation is invalid: it was already used, cancelled or replaced by a newer one, or it has expired';

/** An account whose email is not verified joins no team: what its owner is told. */
export const VERIFY_BEFORE_JOINING =
  'Your email address is not verified yet: follow the link of the verification email, or reset your password with “Forgot password” (the reset link confirms the address too), then open this invitation again';
