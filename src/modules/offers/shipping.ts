/** One shipping option of an offer in a market (offer_prices.shipping). */
export type ShippingOption = { carrier: string; priceMinor: number; delayDays: number };
