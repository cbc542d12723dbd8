import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../app/deps.ts';
import { access, SIGNED_IN } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { listTeamMembers } from '../seller-team/team.read-model.ts';

const ZMeSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    market: z.string(),
    buyerType: z.enum(['consumer', 'business']).nullable(),
    emailVerified: z.boolean(),
    sellers: z.array(z.object({ sellerId: z.number().int(), role: z.enum(['owner', 'staff']) })),
    operatorRoles: z.array(z.string()),
    pendingTerms: z.boolean(),
  })
  .openapi('Me');

const ZSellerMembersSchema = z
  .object({
    members: z.array(
      z.object({
        userId: z.number().int(),
        name: z.string(),
        email: z.string(),
        role: z.enum(['owner', 'staff']),
      }),
    ),
  })
  .openapi('SellerMembers');

export const getMeRoute = createRoute({
  middleware: [SIGNED_IN] as const,
  method: 'get',
  path: '/api/v1/me',
  tags: ['Accounts'],
  summary: 'The signed-in account, its roles and seller memberships',
  responses: { 200: json(ZMeSchema, 'The account'), 401: problemResponse('Not signed in') },
});

export const listSellerMembersRoute = createRoute({
  middleware: [access({ kind: 'sellerMember', param: 'sellerId' })] as const,
  method: 'get',
  path: '/api/v1/sellers/{sellerId}/members',
  tags: ['Sellers'],
  summary: "A seller organisation's members (its own members only)",
  request: {
    params: z.object({
      sellerId: z.coerce
        .number()
        .int()
        .positive()
        .openapi({ param: { name: 'sellerId', in: 'path' } }),
    }),
  },
  responses: {
    200: json(ZSellerMembersSchema, 'Members'),
    401: problemResponse('Not signed in'),
    403: problemResponse('Not a member of this seller'),
  },
});

export function registerAccountApiRoutes(app: App, deps: Deps): void {
  app.openapi(getMeRoute, (c) => {
    const a = c.get('actor')!;
    return c.json(
      {
        id: a.userId,
        email: a.email,
        name: a.name,
        market: a.market,
        buyerType: a.buyerType,
        emailVerified: a.emailVerified,
        sellers: [...a.sellers].map(([sellerId, role]) => ({ sellerId, role })),
        operatorRoles: [...a.operatorRoles],
        pendingTerms: a.pendingTerms,
      },
      200,
    );
  });
  app.openapi(listSellerMembersRoute, async (c) => {
    const { sellerId } = c.req.valid('param');
    const members = (await listTeamMembers(deps.db, sellerId))
      .map(({ userId, name, email, role }) => ({ userId, name, email, role }))
      .sort((a, b) => a.userId - b.userId);
    return c.json({ members }, 200);
  });
}
