import { type Translate, translator } from '../platform/i18n.ts';
import type { Market } from '../platform/markets.ts';
import { formatMoneyForDisplay } from '../platform/money.ts';

/** What every page needs to render: the market, the translator, money formatting. */
export type PageContext = {
  market: Market;
  t: Translate;
  money: (amountMinor: number, currency?: string) => string;
  path: string;
  query: string;
};

export function pageContext(market: Market, path: string, query = ''): PageContext {
  return {
    market,
    t: translator(market.bcp47),
    money: (amountMinor, currency = market.currency) =>
      formatMoneyForDisplay(amountMinor, currency, market.bcp47),
    path,
    query,
  };
}
