import type { ConsentChoice } from '../../modules/consent/consent.rules.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { type Translate, translator } from '../../platform/i18n.ts';
import { type Market, standardVatRateAt } from '../../platform/markets.ts';
import { formatMoneyForDisplay, mulDivHalfUp } from '../../platform/money.ts';

/** What every page needs to render: the market, the translator, money formatting, who is signed in. */
export type PageContext = {
  market: Market;
  t: Translate;
  /**
   * A listed price of a regular (non-margin) offer: incl. VAT in the shop; on Reloop Pro shown
   * excluding the market's VAT ("… excl. VAT"). Only for catalog prices, never for an amount charged.
   */
  money: (amountMinor: number, currency?: string) => string;
  /** An amount exactly as charged or stored (totals, order lines, margin-scheme prices): never converted. */
  amount: (amountMinor: number, currency?: string) => string;
  path: string;
  query: string;
  /** Reloop Pro, the business storefront. */
  pro: boolean;
  /** Link prefix of this storefront: `/fr-fr` or `/pro/fr-fr`. */
  base: string;
  actor: Actor | null;
  /** Hidden field value for state-changing forms. */
  csrf: string;
  /**
   * The browser's cookie choice (consent module, `rl_consent`): null when none is recorded, so the
   * banner asks; undefined when the page is not rendered for a storefront request.
   */
  consentChoice?: ConsentChoice | null;
};

export type PageExtras = {
  pro?: boolean;
  actor?: Actor | null;
  csrf?: string | (() => string);
  consentChoice?: ConsentChoice | null;
  now?: Date;
  /** The locale of the words when it is not the market's: the en-XA pseudo-locale in development. */
  locale?: string;
};

export function pageContext(market: Market, path: string, query = '', extras: PageExtras = {}): PageContext {
  const pro = extras.pro ?? false;
  const rateBp = pro ? (standardVatRateAt(market, extras.now ?? new Date()) ?? 0) : 0;
  const t = translator(extras.locale ?? market.bcp47);
  const format = (minor: number, currency: string) => formatMoneyForDisplay(minor, currency, market.bcp47);
  return {
    market,
    t,
    money: pro
      ? (minor, currency = market.currency) =>
          t('pro.exclVat', { price: format(mulDivHalfUp(minor, 10_000, 10_000 + rateBp), currency) })
      : (minor, currency = market.currency) => format(minor, currency),
    amount: (minor, currency = market.currency) => format(minor, currency),
    path,
    query,
    pro,
    base: pro ? `/pro/${market.locale}` : `/${market.locale}`,
    actor: extras.actor ?? null,
    consentChoice: extras.consentChoice,
    get csrf() {
      return typeof extras.csrf === 'function' ? extras.csrf() : (extras.csrf ?? '');
    },
  };
}
