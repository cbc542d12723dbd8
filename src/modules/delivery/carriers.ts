/**
 * The `Carrier` interface and the carriers Reloop knows. A carrier gives a tracking link and tells
 * how its parcels are followed:
 * - `sandbox`: Reloop's local carrier, its parcels move on the injected clock (demo, tests);
 * - `webhook`: a real carrier that posts signed tracking events to `/api/v1/carriers/:code/events`;
 * - `manual`: an unknown carrier: the seller's tracking number is shown, the delivery is confirmed
 *   by the buyer or an operator.
 */
import { type ParcelStatus, sandboxStatusAt } from './parcel.rules.ts';

export type CarrierMode = 'sandbox' | 'webhook' | 'manual';

export interface Carrier {
  code: string;
  name: string;
  mode: CarrierMode;
  /** Names sellers type for this carrier (matched case- and accent-insensitively). */
  aliases: readonly string[];
  trackingUrl(trackingNumber: string): string | null;
  /** Where a parcel is now, for carriers Reloop follows itself (sandbox). */
  statusAt?(
    parcel: { shippedAt: Date; estimatedOn: string },
    now: Date,
  ): { status: ParcelStatus; since: Date };
  /**
   * A prepaid label for a parcel coming back from the buyer to the seller, for carriers Reloop
   * books labels with; others need the seller to give the label's tracking number.
   */
  returnLabel?(r: { returnId: number }): { trackingNumber: string };
}

const link = (template: string) => (n: string) => template.replace('{n}', encodeURIComponent(n.trim()));

export const CARRIERS: readonly Carrier[] = [
  {
    code: 'sandbox',
    name: 'Reloop sandbox carrier',
    mode: 'sandbox',
    aliases: ['sandbox', 'reloop sandbox'],
    trackingUrl: () => null,
    statusAt: sandboxStatusAt,
    returnLabel: ({ returnId }) => ({ trackingNumber: `SBXR${String(returnId).padStart(8, '0')}` }),
  },
  {
    code: 'colissimo',
    name: 'Colissimo',
    mode: 'webhook',
    aliases: ['colissimo', 'la poste'],
    trackingUrl: link('https://www.laposte.fr/outils/suivre-vos-envois?code={n}'),
  },
  {
    code: 'chronopost',
    name: 'Chronopost',
    mode: 'webhook',
    aliases: ['chronopost'],
    trackingUrl: link('https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT={n}'),
  },
  {
    code: 'dhl',
    name: 'DHL',
    mode: 'webhook',
    aliases: ['dhl', 'dhl express', 'dhl paket'],
    trackingUrl: link('https://www.dhl.com/global-en/home/tracking.html?tracking-id={n}'),
  },
  {
    code: 'ups',
    name: 'UPS',
    mode: 'webhook',
    aliases: ['ups'],
    trackingUrl: link('https://www.ups.com/track?tracknum={n}'),
  },
  {
    code: 'dpd',
    name: 'DPD',
    mode: 'webhook',
    aliases: ['dpd'],
    trackingUrl: link('https://tracking.dpd.de/status/en_US/parcel/{n}'),
  },
  {
    code: 'gls',
    name: 'GLS',
    mode: 'webhook',
    aliases: ['gls'],
    trackingUrl: link('https://gls-group.com/track/{n}'),
  },
  {
    code: 'postnord',
    name: 'PostNord',
    mode: 'webhook',
    aliases: ['postnord'],
    trackingUrl: link('https://tracking.postnord.com/tracking.html?id={n}'),
  },
  {
    code: 'postnl',
    name: 'PostNL',
    mode: 'webhook',
    aliases: ['postnl'],
    trackingUrl: link('https://jouw.postnl.nl/track-and-trace/{n}'),
  },
  {
    code: 'bpost',
    name: 'bpost',
    mode: 'webhook',
    aliases: ['bpost'],
    trackingUrl: link('https://track.bpost.cloud/btr/web/#/search?itemCode={n}'),
  },
  {
    code: 'correos',
    name: 'Correos',
    mode: 'webhook',
    aliases: ['correos'],
    trackingUrl: link(
      'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={n}',
    ),
  },
  {
    code: 'poste-italiane',
    name: 'Poste Italiane',
    mode: 'webhook',
    aliases: ['poste italiane', 'poste'],
    trackingUrl: link('https://www.poste.it/cerca/index.html#/risultati-spedizioni/{n}'),
  },
  {
    code: 'royal-mail',
    name: 'Royal Mail',
    mode: 'webhook',
    aliases: ['royal mail'],
    trackingUrl: link('https://www.royalmail.com/track-your-item#/tracking-results/{n}'),
  },
  {
    code: 'usps',
    name: 'USPS',
    mode: 'webhook',
    aliases: ['usps'],
    trackingUrl: link('https://tools.usps.com/go/TrackConfirmAction?tLabels={n}'),
  },
];

const MANUAL: Carrier = {
  code: 'manual',
  name: 'Carrier',
  mode: 'manual',
  aliases: [],
  trackingUrl: () => null,
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const byCode = new Map(CARRIERS.map((c) => [c.code, c]));

export function carrierByCode(code: string): Carrier | undefined {
  return code === MANUAL.code ? MANUAL : byCode.get(code);
}

/** The carrier a seller named ("Colissimo", "DHL Paket", "sandbox"), or the manual one. */
export function carrierNamed(name: string | null | undefined): Carrier {
  const n = fold(name ?? '');
  return CARRIERS.find((c) => c.aliases.some((a) => n === a || n.startsWith(`${a} `))) ?? MANUAL;
}

/** A carrier as a buyer reads it: its name, the seller's words for an unknown one, Reloop's own. */
export function carrierName(carrier: string): string {
  const c = carrierNamed(carrier);
  if (c.code === 'sandbox') return 'Reloop';
  return c.mode === 'manual' ? carrier : c.name;
}
