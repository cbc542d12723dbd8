/** The seller portal's API keys: create one (its token shown once), revoke one. */
import type { Deps } from '../../app/deps.ts';
import { createApiKey, listApiKeys, revokeApiKey } from '../../modules/seller-api/api-keys.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import { formFields, requestMeta } from '../ui/request-context.ts';
import { apiKeysPage } from './api-keys.pages.ts';
import {
  mayManageIntegrations,
  pageAction,
  portalView,
  positiveInt,
  S,
  SELLER_INTEGRATIONS_RULE,
  SELLER_PORTAL_RULE,
  see,
} from './portal.ts';
import { sellerIdOf } from './seller-view.ts';

/** Register the portal's API keys page: members see it; owners (and staff allowed to) change it. */
export function registerSellerApiKeyRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const view = portalView(deps);

  const KEYS_DONE: Record<string, 'portal.apiKeys.revoked'> = { revoked: 'portal.apiKeys.revoked' };

  app.get(`${S}/api-keys`, MEMBER, async (c) => {
    const v = await view(c, 'api-keys');
    const keys = await listApiKeys(deps.db, v.sellerId);
    return c.html(
      apiKeysPage(v, {
        keys,
        form: { values: {}, errors: [] },
        done: ((k) => (k ? v.t(k) : undefined))(KEYS_DONE[c.req.query('done') ?? '']),
        canManage: mayManageIntegrations(c),
      }),
    );
  });

  app.post(`${S}/api-keys`, SELLER_INTEGRATIONS_RULE, async (c) => {
    const values = await formFields(c);
    const sellerId = sellerIdOf(c);
    return pageAction(
      c,
      values,
      async (form) =>
        apiKeysPage(await view(c, 'api-keys'), { keys: await listApiKeys(deps.db, sellerId), form }),
      async () => {
        const now = deps.clock.now();
        const { ip } = requestMeta(c, deps.config.TRUST_PROXY);
        if (values.intent === 'revoke') {
          const keyId = positiveInt(values.keyId);
          if (!keyId) throw AppError.notFound('API key');
          await revokeApiKey(deps.db, { sellerId, keyId, now, actorUserId: c.get('actor')!.userId, ip });
          return see(c, '/api-keys?done=revoked');
        }
        const created = await createApiKey(deps.db, {
          sellerId,
          name: values.name ?? '',
          createdBy: c.get('actor')!.userId,
          now,
          ip,
        });
        // Shown once, never cached, never redirected to a URL that could be reloaded.
        c.header('cache-control', 'no-store');
        const v = await view(c, 'api-keys');
        return c.html(
          apiKeysPage(v, {
            keys: await listApiKeys(deps.db, sellerId),
            form: { values: {}, errors: [] },
            created: { token: created.token, name: (values.name ?? '').trim() },
          }),
          201,
        );
      },
    );
  });
}
