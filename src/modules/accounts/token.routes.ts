import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC, SIGNED_IN } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { clientIp } from '../../platform/rate-limit/rate-limit.middleware.ts';
import { revokeSessionByToken, rolesOf } from './accounts.store.ts';
import { SESSION_POLICY } from './session.rules.ts';
import { revokeOwnSession } from './sessions.ts';
import { signIn } from './sign-in.ts';

const ZTokenSchema = z
  .object({ token: z.string(), tokenType: z.literal('Bearer'), expiresIn: z.number().int() })
  .openapi('AccessToken');

export const createTokenRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'post',
  path: '/api/v1/auth/token',
  tags: ['Accounts'],
  summary: 'Exchange email and password for a bearer token (headless front ends, mobile apps)',
  description:
    'The same throttling as the sign-in page applies. Send the token as `Authorization: Bearer <token>`; it is a server-side session (listed and revocable in the account settings) and needs no CSRF token.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ email: z.string(), password: z.string() }).openapi('TokenRequest'),
        },
      },
    },
  },
  responses: {
    201: json(ZTokenSchema, 'A bearer token'),
    401: problemResponse('Email or password is incorrect'),
    403: problemResponse(
      'The account has a second factor (SECOND_FACTOR_REQUIRED), or is an operator’s: sign in on the web (FORBIDDEN)',
    ),
    429: problemResponse('Too many attempts'),
  },
});

export const revokeTokenRoute = createRoute({
  middleware: [SIGNED_IN] as const,
  method: 'delete',
  path: '/api/v1/auth/token',
  tags: ['Accounts'],
  summary: 'Revoke the bearer token (or session) used for this request',
  responses: { 204: { description: 'Revoked' }, 401: problemResponse('Not signed in') },
});

export function registerTokenRoutes(app: App, deps: Deps): void {
  app.openapi(createTokenRoute, async (c) => {
    const r = await signIn(deps, {
      input: await c.req.json(),
      meta: {
        ip: clientIp(c, { trustProxy: deps.config.TRUST_PROXY }),
        userAgent: (c.req.header('user-agent') ?? 'api').slice(0, 300),
      },
    });
    if (r.secondStep !== undefined) {
      throw new AppError(
        'SECOND_FACTOR_REQUIRED',
        'This account signs in with two-factor authentication: use the web sign-in',
      );
    }
    // Operators get no bearer token: their sessions are the console's short cookie sessions
    // (SESSION_POLICY.operator), never a long-lived token held by an app.
    if ((await rolesOf(deps.db, r.userId)).operator.size > 0) {
      await revokeSessionByToken(deps, { token: r.sessionToken, now: deps.clock.now() });
      throw new AppError(
        'FORBIDDEN',
        'Operator accounts cannot use bearer tokens: sign in on the web to use the console',
      );
    }
    return c.json(
      {
        token: r.sessionToken,
        tokenType: 'Bearer' as const,
        expiresIn: Math.floor(SESSION_POLICY.member.absoluteMs / 1000),
      },
      201,
    );
  });
  app.openapi(revokeTokenRoute, async (c) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', 'Sign in to continue');
    await revokeOwnSession(deps, {
      userId: actor.userId,
      targetId: actor.sessionId,
      meta: { ip: clientIp(c, { trustProxy: deps.config.TRUST_PROXY }), userAgent: '' },
      reason: 'sign_out',
    });
    return c.body(null, 204);
  });
}
