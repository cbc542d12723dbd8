/**
 * The seller portal's settings: its return window (sellers' setReturnWindow) and its tax settings: whether the seller stays under the EUR 10 000 threshold of
 * intra-EU distance sales and charges its own country's VAT (sellers' setOssThresholdOption).
 * Every route starts with the `sellerMember` rule; changing it is for owners (403 for staff,
 * checked in the handler), staff see it read-only.
 */
import type { Deps } from '../../app/deps.ts';
import { setOssThresholdOption } from '../../modules/sellers/set-oss-threshold-option.ts';
import {
  RETURN_WINDOW_MAX_DAYS,
  RETURN_WINDOW_MIN_DAYS,
  setReturnWindow,
} from '../../modules/sellers/set-return-window.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import type { FormState } from '../ui/forms.ts';
import { formFields } from '../ui/request-context.ts';
import { type C, pageAction, portalView, S, SELLER_PORTAL_RULE, see } from './portal.ts';
import { sellerById, sellerIdOf } from './seller-view.ts';
import { settingsPage } from './settings.pages.ts';

const DONE: Record<string, 'portal.settings.saved' | 'portal.settings.returns.saved'> = {
  saved: 'portal.settings.saved',
  returns: 'portal.settings.returns.saved',
};

/** Register the portal's settings page. */
export function registerSellerSettingsRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const view = portalView(deps);
  const isOwner = (c: C) => c.get('actor')?.sellers.get(sellerIdOf(c)) === 'owner';

  const render = async (c: C, form: FormState, done?: string) => {
    const v = await view(c, 'settings');
    const seller = await sellerById(deps.db, v.sellerId);
    const doneKey = done ? DONE[done] : undefined;
    return settingsPage(v, {
      country: seller.country,
      underOssThreshold: seller.underOssThreshold,
      returnWindowDays: seller.returnWindowDays,
      returnWindowBounds: { min: RETURN_WINDOW_MIN_DAYS, max: RETURN_WINDOW_MAX_DAYS },
      canEdit: isOwner(c),
      form,
      ...(doneKey ? { done: v.t(doneKey) } : {}),
    });
  };

  app.get(`${S}/settings`, MEMBER, async (c) =>
    c.html(await render(c, { values: {}, errors: [] }, c.req.query('done'))),
  );

  app.post(`${S}/settings`, MEMBER, async (c) => {
    if (!isOwner(c))
      throw new AppError('FORBIDDEN', 'Only an owner of this seller can change its tax settings');
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => render(c, form),
      async () => {
        const choice = values.underOssThreshold;
        if (choice !== 'yes' && choice !== 'no')
          throw AppError.invalid([
            { field: 'underOssThreshold', message: 'choose one of the two options (yes or no)' },
          ]);
        await setOssThresholdOption(deps, { sellerId: sellerIdOf(c), underOssThreshold: choice === 'yes' });
        return see(c, '/settings?done=saved');
      },
    );
  });

  app.post(`${S}/settings/returns`, MEMBER, async (c) => {
    if (!isOwner(c))
      throw new AppError('FORBIDDEN', 'Only an owner of this seller can change its return window');
    const values = await formFields(c);
    return pageAction(
      c,
      values,
      (form) => render(c, form),
      async () => {
        const raw = (values.returnWindowDays ?? '').trim();
        await setReturnWindow(deps, {
          sellerId: sellerIdOf(c),
          returnWindowDays: /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN,
        });
        return see(c, '/settings?done=returns');
      },
    );
  });
}
