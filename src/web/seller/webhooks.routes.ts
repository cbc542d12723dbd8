/**
 * The seller portal's webhooks: add an endpoint (its signing secret shown once), delete one, and
 * the log of recent deliveries. Like every portal route, each starts with the `sellerMember` rule;
 * adding and deleting need the `manage_integrations` permission (owners, or staff allowed to).
 */
import type { Deps } from '../../app/deps.ts';
import {
  listWebhooks,
  recentDeliveries,
  subscribe,
  unsubscribe,
  WEBHOOK_EVENTS,
} from '../../modules/seller-webhooks/seller-webhooks.ts';
import { parseTargetAllowList } from '../../modules/seller-webhooks/webhook-target.rules.ts';
import type { App } from '../../platform/http/app.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import type { FormState } from '../ui/forms.ts';
import { formFields, requestMeta } from '../ui/request-context.ts';
import {
  type C,
  pageAction,
  portalView,
  S,
  SELLER_INTEGRATIONS_RULE,
  SELLER_PORTAL_RULE,
  see,
} from './portal.ts';
import { sellerIdOf } from './seller-view.ts';
import { webhooksPage } from './webhooks.pages.ts';

/** Register the portal's webhooks page. */
export function registerSellerWebhookRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const MANAGE = SELLER_INTEGRATIONS_RULE;
  const view = portalView(deps);

  const WEBHOOKS_DONE: Record<string, MessageKey> = { deleted: 'portal.webhooks.deleted' };
  const renderWebhooks = async (
    c: C,
    form: FormState,
    extra: { created?: { url: string; secret: string }; done?: MessageKey } = {},
  ) => {
    const v = await view(c, 'api-keys');
    return webhooksPage(v, {
      hooks: await listWebhooks(deps.db, sellerIdOf(c)),
      deliveries: await recentDeliveries(deps.db, sellerIdOf(c), 50),
      form,
      ...(extra.created ? { created: extra.created } : {}),
      ...(extra.done ? { done: v.t(extra.done) } : {}),
    });
  };

  app.get(`${S}/webhooks`, MEMBER, async (c) => {
    const done = WEBHOOKS_DONE[c.req.query('done') ?? ''];
    return c.html(await renderWebhooks(c, { values: {}, errors: [] }, done ? { done } : {}));
  });

  app.post(`${S}/webhooks`, MANAGE, async (c) => {
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => renderWebhooks(c, form),
      async () => {
        const events = WEBHOOK_EVENTS.filter((e) => values[`event_${e}`]);
        const created = await subscribe(deps.db, {
          sellerId: sellerIdOf(c),
          url: values.url ?? '',
          events,
          now: deps.clock.now(),
          createdBy: c.get('actor')!.userId,
          ip: requestMeta(c, deps.config.TRUST_PROXY).ip,
          allowLocalHttp: deps.config.NODE_ENV !== 'production',
          targets: parseTargetAllowList(deps.config.WEBHOOK_ALLOW_PRIVATE_HOSTS),
        });
        const [hook] = (await listWebhooks(deps.db, sellerIdOf(c))).filter((h) => h.id === created.id);
        // The secret is shown once: never cached, never behind a URL that could be reloaded.
        c.header('cache-control', 'no-store');
        return c.html(
          await renderWebhooks(
            c,
            { values: {}, errors: [] },
            { created: { url: hook?.url ?? values.url ?? '', secret: created.secret } },
          ),
          201,
        );
      },
    );
  });

  app.post(`${S}/webhooks/:webhookId{[0-9]+}/delete`, MANAGE, async (c) => {
    await unsubscribe(deps.db, {
      sellerId: sellerIdOf(c),
      webhookId: Number(c.req.param('webhookId')),
      now: deps.clock.now(),
      actorUserId: c.get('actor')!.userId,
      ip: requestMeta(c, deps.config.TRUST_PROXY).ip,
    });
    return see(c, '/webhooks?done=deleted');
  });
}
