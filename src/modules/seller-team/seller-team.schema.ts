import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';

/**
 * Who works for which seller, and as what. Owned by seller-team: only its use cases add and
 * remove members (approval of an application adds the first owner through addTeamMember).
 */
export const sellerMembers = pgTable(
  'seller_members',
  {
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ['owner', 'staff'] }).notNull(),
    /** Staff may create and revoke API keys and webhooks (owners always may); set by an owner. */
    canManageIntegrations: boolean('can_manage_integrations').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.userId] }), index('seller_members_user_idx').on(t.userId)],
);
