/**
 * `/:market/account/decisions`: the statements of reasons addressed to the signed-in person
 * (compliance's list-decisions.ts), with the complaint form linked while it may be used.
 */
import type { Deps } from '../../app/deps.ts';
import { listPersonalDecisions } from '../../modules/compliance/list-decisions.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { requestContext } from '../ui/request-context.ts';
import { accountDecisionsPage } from './decisions.pages.ts';

export function registerAccountDecisionPages(app: App, deps: Deps): void {
  for (const M of ['/:market{[a-z]{2}-[a-z]{2}}', '/pro/:market{[a-z]{2}-[a-z]{2}}']) {
    app.get(`${M}/account/decisions`, SIGNED_IN, async (c) => {
      const ctx = requestContext(c);
      const decisions = await listPersonalDecisions(deps.db, {
        userId: ctx.actor!.userId,
        now: deps.clock.now(),
        timeZone: ctx.market.timeZone,
      });
      return c.html(accountDecisionsPage(ctx, decisions));
    });
  }
}
