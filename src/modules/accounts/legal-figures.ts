/**
 * The figures the "other legal information" page states, read from where they are decided when
 * the page is shown, so the page never disagrees with what is charged: the buyer's service fee
 * table (pricing), the seller commission, monthly fee and payout delay (fee settings), the average
 * monthly active recipients in the EU (DSA Art. 24(2), the consent module's read model) and the market's consumer
 * mediator. Values are formatted for the reader's locale.
 */
import type { Db } from '../../platform/db/client.ts';
import type { Market } from '../../platform/markets.ts';
import { formatMoneyForDisplay } from '../../platform/money.ts';
import { averageMonthlyActiveRecipients } from '../consent/active-recipients.read-model.ts';
import { getFeeSettings } from '../payouts/fee-settings.ts';
import { serviceFeeTableFor } from '../pricing/service-fee.rules.ts';

/** Out-of-court consumer dispute resolution per market and language (market code, or code|language). */
const MEDIATORS: Record<string, string> = {
  FR: 'la médiatrice du e-commerce de la FEVAD (60 rue La Boétie, 75008 Paris, www.mediateurfevad.fr)',
  'BE|fr':
    'le Service de médiation pour le consommateur (North Gate, boulevard du Roi Albert II 8, 1000 Bruxelles, www.mediationconsommateur.be)',
  'BE|nl':
    'de Consumentenombudsdienst (North Gate, Koning Albert II-laan 8, 1000 Brussel, www.consumentenombudsdienst.be)',
  DE: 'die Universalschlichtungsstelle des Bundes (Zentrum für Schlichtung e. V., Straßburger Straße 8, 77694 Kehl am Rhein, www.verbraucher-schlichter.de)',
  NL: 'De Geschillencommissie (Bordewijklaan 46, 2591 XR Den Haag, www.degeschillencommissie.nl)',
  SE: 'Allmänna reklamationsnämnden (ARN, Box 174, 101 23 Stockholm, www.arn.se)',
  ES: 'la Junta Arbitral Nacional de Consumo o la junta arbitral de consumo de tu comunidad autónoma (www.consumo.gob.es)',
  IT: 'un organismo ADR iscritto negli elenchi del Ministero delle Imprese e del Made in Italy, come RisolviOnline della Camera Arbitrale di Milano (www.risolvionline.com)',
  GB: 'an approved alternative dispute resolution body for consumers, such as ProMediate (www.promediate.co.uk)',
  US: 'the dispute resolution service of the Better Business Bureau (www.bbb.org)',
};

/** The placeholders of the information page, formatted for `locale` (a BCP 47 tag). */
export async function legalInformationFigures(
  db: Db,
  { market, language, locale, now }: { market: Market; language: string; locale: string; now: Date },
): Promise<Record<string, string>> {
  const [fees, recipients] = await Promise.all([getFeeSettings(db), averageMonthlyActiveRecipients(db, now)]);
  const table = serviceFeeTableFor(market.code);
  const money = (minor: number) => formatMoneyForDisplay(minor, table.currency, locale);
  const percent = (bp: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);
  const until = new Date(`${recipients.periodEnd}T00:00:00Z`);
  return {
    serviceFeeMin: money(table.minFeeMinor),
    serviceFeeMax: money(Math.max(...table.bands.map((b) => b.feeMinor))),
    serviceFeeCap: percent(table.capBp),
    commission: percent(fees.defaultCommissionBp),
    monthlyFee: money(fees.monthlyFees[market.currency] ?? fees.monthlyFees.EUR ?? 0),
    payoutDays: new Intl.NumberFormat(locale).format(fees.payoutDelayDays),
    activeRecipients: new Intl.NumberFormat(locale).format(recipients.averageMonthlyActiveRecipients),
    recipientsUntil: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(until),
    mediator: MEDIATORS[`${market.code}|${language}`] ?? MEDIATORS[market.code] ?? MEDIATORS.GB!,
  };
}
